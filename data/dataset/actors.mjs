// @ts-check
import { cite, t } from './helpers.mjs';

/**
 * The actors, as the article names them. Putin, Zelensky, Merz and the US "top representatives"
 * are separate actors because the article gives them their own acts and arguments; `partOf`
 * links them to the state (or group) they act for. Long words of names carry soft hyphens
 * (U+00AD) where a narrow header may break them (see issues.mjs).
 * @type {import('../../packages/data/src/schema.js').Actor[]}
 */
export const actors = [
  {
    id: 'russia',
    kind: 'state',
    name: t('Rusland', 'Russia'),
    aliases: [t('het Kremlin', 'the Kremlin'), t('Moskou', 'Moscow')],
    iso3: 'RUS',
    citations: [
      cite(
        3,
        'Rusland voert inmiddels al bijna vier jaar oorlog tegen Oekraïne',
        'Russia has now been waging war against Ukraine for almost four years',
      ),
      cite(
        3,
        'Op papier lijkt dat een succes voor het Kremlin',
        'On paper that looks like a success for the Kremlin',
      ),
      cite(4, 'wat Moskou altijd heeft willen vermijden', 'what Moscow has always wanted to avoid'),
    ],
  },
  {
    id: 'putin',
    kind: 'person',
    name: t('Poetin', 'Putin'),
    partOf: ['russia'],
    citations: [
      cite(
        9,
        'gebruikte Poetin vanaf het begin als argument om de invasie te rechtvaardigen',
        'Putin used from the start as an argument to justify the invasion',
      ),
    ],
  },
  {
    id: 'ukraine',
    kind: 'state',
    name: t('Oekraïne', 'Ukraine'),
    aliases: [t('Kiev', 'Kyiv')],
    iso3: 'UKR',
    citations: [
      cite(
        3,
        'Nu dwingen de Verenigde Staten Kiev richting een akkoord',
        'Now the United States is forcing Kyiv towards an agreement',
      ),
      cite(4, 'Oekraïne moet grondgebied opgeven', 'Ukraine must give up territory'),
    ],
  },
  {
    id: 'zelensky',
    kind: 'person',
    name: t('president Volodymyr Zelensky', 'President Volodymyr Zelensky'),
    partOf: ['ukraine'],
    citations: [
      cite(
        4,
        'Maandagavond stemden president Volodymyr Zelensky',
        'On Monday evening, President Volodymyr Zelensky … agreed',
      ),
    ],
  },
  {
    id: 'united-states',
    kind: 'state',
    name: t('de Verenigde Staten', 'the United States'),
    aliases: [t('de VS', 'the US')],
    iso3: 'USA',
    citations: [
      cite(
        3,
        'Nu dwingen de Verenigde Staten Kiev richting een akkoord',
        'Now the United States is forcing Kyiv towards an agreement',
      ),
    ],
  },
  {
    id: 'us-representatives',
    kind: 'group',
    name: t('top\u00ADvertegen\u00ADwoordigers van de VS', 'top US repre\u00ADsentatives'),
    partOf: ['united-states'],
    citations: [cite(4, 'topvertegenwoordigers van de VS', 'top representatives of the US')],
  },
  {
    id: 'european-leaders',
    kind: 'group',
    name: t('Europese leiders', 'European leaders'),
    description: t(
      'Onder aanvoering van de Duitse bondskanselier Friedrich Merz; welke leiders precies, staat niet in het artikel.',
      'Led by German Chancellor Friedrich Merz; the article does not say which leaders exactly.',
    ),
    citations: [
      cite(
        4,
        'Europese leiders onder aanvoering van de Duitse bondskanselier Friedrich Merz',
        'European leaders led by German Chancellor Friedrich Merz',
      ),
    ],
  },
  {
    id: 'merz',
    kind: 'person',
    name: t('bonds\u00ADkanselier Friedrich Merz', 'Chancellor Friedrich Merz'),
    partOf: ['germany', 'european-leaders'],
    citations: [
      cite(4, 'de Duitse bondskanselier Friedrich Merz', 'German Chancellor Friedrich Merz'),
    ],
  },
  {
    id: 'germany',
    kind: 'state',
    name: t('Duitsland', 'Germany'),
    description: t(
      'Het artikel noemt Duitsland alleen via zijn bondskanselier.',
      'The article mentions Germany only through its chancellor.',
    ),
    iso3: 'DEU',
    citations: [
      cite(4, 'de Duitse bondskanselier Friedrich Merz', 'German Chancellor Friedrich Merz'),
    ],
  },
  {
    id: 'nato',
    kind: 'organisation',
    name: t('NAVO', 'NATO'),
    citations: [
      cite(
        7,
        'Daarbovenop zouden NAVO‑vliegtuigen het Oekraïense luchtruim gaan bewaken',
        'On top of that, NATO aircraft would police Ukrainian airspace',
      ),
      cite(9, 'In plaats van minder NAVO aan zijn grens', 'Instead of less NATO on his border'),
    ],
  },
  {
    id: 'multinational-force',
    kind: 'force',
    name: t(
      'multi\u00ADnationale troepen\u00ADmacht voor Oekraïne',
      'Multi\u00ADnational Force for Ukraine',
    ),
    description: t(
      'Door Europa geleid, met bijdragen van “bereidwillige landen” en politieke rugdekking van de VS.',
      'European-led, with contributions from “willing countries” and political backing from the US.',
    ),
    citations: [
      cite(
        6,
        'de oprichting van een door Europa geleide “multinationale troepenmacht voor Oekraïne”, met bijdragen van “bereidwillige landen” en politieke rugdekking van de VS',
        'the creation of a European-led “multinational force for Ukraine”, with contributions from “willing countries” and political backing from the US',
      ),
    ],
  },
  {
    id: 'willing-countries',
    kind: 'group',
    name: t('bereid\u00ADwillige landen', 'willing countries'),
    description: t(
      'Welke landen dat zijn, staat niet in het artikel.',
      'The article does not say which countries these are.',
    ),
    partOf: ['multinational-force'],
    citations: [
      cite(
        6,
        'met bijdragen van “bereidwillige landen”',
        'with contributions from “willing countries”',
      ),
    ],
  },
  {
    id: 'experts',
    kind: 'experts',
    name: t('deskundigen', 'experts'),
    description: t('Het artikel noemt geen namen.', 'The article names none of them.'),
    citations: [
      cite(
        10,
        'Deskundigen achten het daarom niet waarschijnlijk dat Moskou deze door hemzelf aangezwengelde “vredesprocedure” echt tot het einde durft door te trekken.',
        'Experts therefore consider it unlikely that Moscow will really dare to see this “peace procedure”, which it set in motion itself, through to the end.',
      ),
    ],
  },
];
