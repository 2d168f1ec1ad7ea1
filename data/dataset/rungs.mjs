// @ts-check
import { cite, t } from './helpers.mjs';

/**
 * The escalation ladder. Levels 0–2 have happened or are happening (path `both`); the deal path
 * climbs to a permanent NATO presence at Russia's border; the no-deal path is what the article
 * expects instead. Statuses follow the text: `ongoing` (present tense), `agreed` ("stemden …
 * in met"), `proposed` (the terms of the deal, "zouden"), `conditional` ("als Kiev tekent"),
 * `hypothetical` (the article's and the experts' expectation).
 * @type {import('../../packages/data/src/schema.js').Rung[]}
 */
export const rungs = [
  {
    id: 'war',
    level: 0,
    path: 'both',
    status: 'ongoing',
    label: t('Bijna vier jaar oorlog', 'Almost four years of war'),
    description: t('Rusland voert oorlog tegen Oekraïne.', 'Russia wages war against Ukraine.'),
    actors: ['russia', 'ukraine'],
    citations: [
      cite(
        3,
        'Rusland voert inmiddels al bijna vier jaar oorlog tegen Oekraïne',
        'Russia has now been waging war against Ukraine for almost four years',
      ),
    ],
  },
  {
    id: 'us-pressure',
    level: 1,
    path: 'both',
    status: 'ongoing',
    label: t('Amerikaanse druk: wapens alleen met deal', 'US pressure: arms only with a deal'),
    description: t(
      'Geen nieuwe wapenleveringen, tenzij Oekraïne de deal accepteert.',
      'No new arms deliveries unless Ukraine accepts the deal.',
    ),
    actors: ['united-states', 'ukraine'],
    citations: [
      cite(
        3,
        'Nu dwingen de Verenigde Staten Kiev richting een akkoord: geen nieuwe wapenleveringen meer, tenzij Oekraïne instemt met een deal',
        'Now the United States is forcing Kyiv towards an agreement: no more new arms deliveries unless Ukraine agrees to a deal',
      ),
    ],
  },
  {
    id: 'security-guarantees-agreed',
    level: 2,
    path: 'both',
    status: 'agreed',
    label: t(
      'Akkoord over robuuste veiligheids\u00ADgaranties',
      'Agreement on robust security guarantees',
    ),
    actors: ['zelensky', 'european-leaders', 'merz', 'us-representatives'],
    date: {
      value: '2025-12-15',
      derived: true,
      note: t(
        'Afgeleid: het artikel zegt “maandagavond”; de maandag vóór 17 december 2025 is 15 december 2025.',
        'Derived: the article says “Monday evening”; the Monday before 17 December 2025 is 15 December 2025.',
      ),
    },
    citations: [
      cite(
        4,
        'Maandagavond stemden president Volodymyr Zelensky, Europese leiders onder aanvoering van de Duitse bondskanselier Friedrich Merz en topvertegenwoordigers van de VS in met “robuuste veiligheidsgaranties” voor Oekraïne.',
        'On Monday evening, President Volodymyr Zelensky, European leaders led by German Chancellor Friedrich Merz and top US representatives agreed to “robust security guarantees” for Ukraine.',
      ),
    ],
  },
  // --- The deal path ----------------------------------------------------------------------
  {
    id: 'donbas-withdrawal-ceasefire',
    level: 3,
    path: 'deal',
    status: 'proposed',
    label: t(
      'Terugtrekking uit de Donbas en staakt-het-vuren',
      'Withdrawal from the Donbas and a ceasefire',
    ),
    description: t(
      'De Amerikaanse voorwaarde voor nieuwe wapenleveringen; Oekraïne heeft nog niet getekend.',
      'The US condition for new arms deliveries; Ukraine has not signed yet.',
    ),
    actors: ['ukraine', 'united-states'],
    citations: [
      cite(
        3,
        'tenzij Oekraïne instemt met een deal waarbij het zich terugtrekt uit de Donbas en een staakt‑het‑vuren accepteert',
        'unless Ukraine agrees to a deal under which it withdraws from the Donbas and accepts a ceasefire',
      ),
      cite(
        4,
        'De prijs is hoog: Oekraïne moet grondgebied opgeven',
        'The price is high: Ukraine must give up territory',
      ),
    ],
  },
  {
    id: 'multinational-force',
    level: 4,
    path: 'deal',
    status: 'proposed',
    label: t('Door Europa geleide troepenmacht in Oekraïne', 'European-led force in Ukraine'),
    description: t(
      'Strijdkrachten helpen herstellen, luchtruim beveiligen, zeeroutes beschermen – ook op Oekraïens grondgebied.',
      'Helping rebuild the armed forces, securing the airspace, protecting sea routes – including on Ukrainian territory.',
    ),
    actors: ['multinational-force', 'willing-countries', 'european-leaders', 'united-states'],
    citations: [
      cite(
        6,
        'De kern van de afspraak is de oprichting van een door Europa geleide “multinationale troepenmacht voor Oekraïne”',
        'The core of the agreement is the creation of a European-led “multinational force for Ukraine”',
      ),
      cite(
        6,
        'Zolang het staakt‑het‑vuren of een vredesverdrag standhoudt, zijn NAVO‑militairen dus de facto aanwezig in een land dat grenst aan Rusland.',
        'As long as the ceasefire or a peace treaty holds, NATO military personnel are thus de facto present in a country that borders Russia.',
      ),
    ],
  },
  {
    id: 'nato-air-policing',
    level: 5,
    path: 'deal',
    status: 'proposed',
    label: t(
      'NAVO-vliegtuigen bewaken Oekraïens luchtruim',
      'NATO aircraft police Ukrainian airspace',
    ),
    actors: ['nato'],
    citations: [
      cite(
        7,
        'Daarbovenop zouden NAVO‑vliegtuigen het Oekraïense luchtruim gaan bewaken , zoals ze dat eerder deden boven bijvoorbeeld de Baltische staten.',
        'On top of that, NATO aircraft would police Ukrainian airspace, as they did before over, for example, the Baltic states.',
      ),
    ],
  },
  {
    id: 'permanent-nato-presence',
    level: 6,
    path: 'deal',
    status: 'conditional',
    label: t(
      'Permanente NAVO-aanwezigheid aan de Russische grens',
      'Permanent NATO presence at the Russian border',
    ),
    description: t(
      'Als Kiev tekent: Oekraïne onder permanente westerse bescherming, meer en langduriger NAVO aan Poetins grens.',
      'If Kyiv signs: Ukraine under permanent Western protection, more and longer-lasting NATO at Putin’s border.',
    ),
    actors: ['nato', 'ukraine'],
    citations: [
      cite(
        7,
        'als Kiev tekent, wordt Oekraïne een soort vooruitgeschoven buffer die onder permanente westerse bescherming staat',
        'if Kyiv signs, Ukraine becomes a kind of forward buffer under permanent Western protection',
      ),
      cite(
        9,
        'In plaats van minder NAVO aan zijn grens krijgt Poetin er meer, formeler en langduriger NAVO‑aanwezigheid voor terug.',
        'Instead of less NATO on his border, Putin gets more, more formal and longer-lasting NATO presence in return.',
      ),
    ],
  },
  // --- The no-deal path -------------------------------------------------------------------
  {
    id: 'russia-keeps-fighting',
    level: 3,
    path: 'no-deal',
    status: 'hypothetical',
    label: t('Rusland blijft vechten', 'Russia keeps fighting'),
    description: t(
      'Wat deskundigen en het artikel verwachten: Moskou maakt de “vredesprocedure” niet af.',
      'What the experts and the article expect: Moscow does not see the “peace procedure” through.',
    ),
    actors: ['russia', 'putin'],
    citations: [
      cite(
        10,
        'Deskundigen achten het daarom niet waarschijnlijk dat Moskou deze door hemzelf aangezwengelde “vredesprocedure” echt tot het einde durft door te trekken.',
        'Experts therefore consider it unlikely that Moscow will really dare to see this “peace procedure”, which it set in motion itself, through to the end.',
      ),
      cite(10, 'blijven vechten', 'keep fighting'),
    ],
  },
  {
    id: 'no-binding-agreement',
    level: 4,
    path: 'no-deal',
    status: 'hypothetical',
    label: t('Geen bindend akkoord met de VS', 'No binding agreement with the US'),
    actors: ['russia', 'putin', 'united-states'],
    citations: [
      cite(
        10,
        'géén bindend akkoord met de VS sluiten',
        'conclude no binding agreement with the US',
      ),
    ],
  },
  {
    id: 'permanent-war',
    level: 5,
    path: 'no-deal',
    status: 'hypothetical',
    label: t('Permanente oorlog', 'Permanent war'),
    description: t(
      'Volgens het artikel de enige manier voor het Kremlin om westerse veiligheidsgaranties en NAVO-soldaten op afstand te houden.',
      'According to the article, the only way for the Kremlin to keep Western security guarantees and NATO soldiers at bay.',
    ),
    actors: ['russia', 'ukraine'],
    citations: [
      cite(
        10,
        'Paradoxaal genoeg is permanente oorlog dan de enige manier voor het Kremlin om de westerse veiligheidsgaranties – en de NAVO‑soldaten – op afstand te houden.',
        'Paradoxically, permanent war is then the only way for the Kremlin to keep the Western security guarantees – and the NATO soldiers – at bay.',
      ),
    ],
  },
];
