// @ts-check
import { cite, t } from './helpers.mjs';

/**
 * Labels carry soft hyphens (U+00AD, written `\u00AD`) where a long word may break across
 * lines: browsers without hyphenation dictionaries (Chromium here, many Android WebViews)
 * otherwise break a narrow column header inside a word. They are invisible unless a line breaks
 * there. Quotes never carry them (quotes are verbatim substrings of the article).
 *
 * The parts of the deal (and of the article's paradox) that actors take positions on.
 * @type {import('../../packages/data/src/schema.js').Issue[]}
 */
export const issues = [
  {
    id: 'ceasefire',
    label: t('Staakt-het-vuren', 'Ceasefire'),
    description: t('Oekraïne accepteert een staakt-het-vuren.', 'Ukraine accepts a ceasefire.'),
    citations: [cite(3, 'en een staakt‑het‑vuren accepteert', 'and accepts a ceasefire')],
  },
  {
    id: 'leave-donbas',
    label: t('Terug\u00ADtrekking uit de Donbas', 'With\u00ADdrawal from the Donbas'),
    description: t(
      'Oekraïne trekt zich terug uit de Donbas en geeft grondgebied op.',
      'Ukraine withdraws from the Donbas and gives up territory.',
    ),
    citations: [
      cite(
        3,
        'een deal waarbij het zich terugtrekt uit de Donbas',
        'a deal under which it withdraws from the Donbas',
      ),
      cite(4, 'Oekraïne moet grondgebied opgeven', 'Ukraine must give up territory'),
    ],
  },
  {
    id: 'security-guarantees',
    label: t('Robuuste veilig\u00ADheids\u00ADgaranties', 'Robust security guaran\u00ADtees'),
    description: t('Veiligheidsgaranties voor Oekraïne.', 'Security guarantees for Ukraine.'),
    citations: [
      cite(
        4,
        'in met “robuuste veiligheidsgaranties” voor Oekraïne',
        'agreed to “robust security guarantees” for Ukraine',
      ),
    ],
  },
  {
    id: 'multinational-force',
    label: t('Europese troepen\u00ADmacht in Oekraïne', 'European-led force in Ukraine'),
    description: t(
      'Een door Europa geleide multinationale troepenmacht, ook op Oekraïens grondgebied.',
      'A European-led multinational force, including operations on Ukrainian territory.',
    ),
    citations: [
      cite(
        6,
        'De kern van de afspraak is de oprichting van een door Europa geleide “multinationale troepenmacht voor Oekraïne”',
        'The core of the agreement is the creation of a European-led “multinational force for Ukraine”',
      ),
      cite(
        6,
        'inclusief operaties op Oekraïens grondgebied',
        'including operations on Ukrainian territory',
      ),
    ],
  },
  {
    id: 'nato-air-policing',
    label: t('NAVO-lucht\u00ADbewaking boven Oekraïne', 'NATO air policing over Ukraine'),
    description: t(
      'NAVO-vliegtuigen bewaken het Oekraïense luchtruim, zoals eerder boven de Baltische staten.',
      'NATO aircraft police Ukrainian airspace, as they did before over the Baltic states.',
    ),
    citations: [
      cite(
        7,
        'zouden NAVO‑vliegtuigen het Oekraïense luchtruim gaan bewaken',
        'NATO aircraft would police Ukrainian airspace',
      ),
    ],
  },
  {
    id: 'us-arms-deliveries',
    label: t(
      'Nieuwe Ameri\u00ADkaanse wapen\u00ADleve\u00ADringen',
      'Further US arms deli\u00ADveries',
    ),
    citations: [
      cite(
        3,
        'geen nieuwe wapenleveringen meer, tenzij Oekraïne instemt met een deal',
        'no more new arms deliveries unless Ukraine agrees to a deal',
      ),
    ],
  },
  {
    id: 'binding-agreement',
    label: t('Bindend akkoord met de VS', 'Binding agree\u00ADment with the US'),
    citations: [
      cite(
        3,
        'Nu dwingen de Verenigde Staten Kiev richting een akkoord',
        'Now the United States is forcing Kyiv towards an agreement',
      ),
      cite(
        10,
        'géén bindend akkoord met de VS sluiten',
        'conclude no binding agreement with the US',
      ),
    ],
  },
  {
    id: 'nato-at-border',
    label: t('NAVO aan de Rus\u00ADsische grens', 'NATO at the Russian border'),
    description: t(
      'NAVO-soldaten en -vliegtuigen direct aan de Russische grens: de paradox van het artikel.',
      'NATO soldiers and aircraft right at the Russian border: the article’s paradox.',
    ),
    citations: [
      cite(1, 'NAVO ‑soldaten aan de Russische grens', 'NATO soldiers on the Russian border'),
      cite(
        9,
        'NAVO‑soldaten en ‑vliegtuigen direct aan de Russische grens',
        'NATO soldiers and aircraft right at the Russian border',
      ),
    ],
  },
];
