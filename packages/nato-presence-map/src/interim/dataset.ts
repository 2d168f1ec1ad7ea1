import type { DatasetInput } from '@nato-viz/data';

/**
 * INTERIM: the presence, regions, context and no-deal records this element needs, quoted
 * verbatim from the article of 2025-12-17, until `@nato-viz/data` exports its curated `dataset`
 * (then `defaultData` switches to it and this file goes). Paragraph numbers count non-empty lines.
 * @internal
 */
const cite = (paragraph: number, quote: string, translation: string) => ({ paragraph, quote, translation });
const t = (nl: string, en: string) => ({ nl, en });

/** NATO's 32 members on 2025-12-17 (context, not from the article). */
const NATO_MEMBERS = [
  'ALB', 'BEL', 'BGR', 'CAN', 'HRV', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'ISL', 'ITA', 'LVA',
  'LTU', 'LUX', 'MNE', 'NLD', 'MKD', 'NOR', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE', 'TUR', 'GBR', 'USA',
];

/** @internal */
export const interimDataset: DatasetInput = {
  version: 1,
  article: {
    title: t(
      'Poetin dreigt met zijn eigen “vredesdeal” precies datgene uit te lokken waar hij het meest bang voor is: NAVO ‑soldaten aan de Russische grens.',
      'With his own “peace deal”, Putin threatens to bring about exactly what he fears most: NATO soldiers on the Russian border.',
    ),
    date: '2025-12-17',
    language: 'nl',
    paragraphs: 10,
  },
  actors: [
    { id: 'russia', kind: 'state', name: t('Rusland', 'Russia'), iso3: 'RUS', citations: [cite(3, 'Rusland voert inmiddels al bijna vier jaar oorlog tegen Oekraïne', 'Russia has now been waging war against Ukraine for almost four years')] },
    { id: 'ukraine', kind: 'state', name: t('Oekraïne', 'Ukraine'), iso3: 'UKR', citations: [cite(4, 'Oekraïne moet grondgebied opgeven', 'Ukraine must give up territory')] },
    { id: 'nato', kind: 'organisation', name: t('NAVO', 'NATO'), citations: [cite(7, 'Daarbovenop zouden NAVO‑vliegtuigen het Oekraïense luchtruim gaan bewaken', 'On top of that, NATO aircraft would guard Ukrainian airspace')] },
    {
      id: 'multinational-force',
      kind: 'force',
      name: t('Multinationale troepenmacht voor Oekraïne', 'Multinational force for Ukraine'),
      citations: [cite(6, 'een door Europa geleide “multinationale troepenmacht voor Oekraïne”', 'a European-led “multinational force for Ukraine”')],
    },
  ],
  presence: [
    {
      id: 'force-ground',
      actor: 'multinational-force',
      domain: 'ground',
      status: 'proposed',
      scenarios: ['deal'],
      label: t('Multinationale troepenmacht op Oekraïens grondgebied', 'Multinational force on Ukrainian territory'),
      countries: ['UKR'],
      regions: [],
      citations: [
        cite(6, 'Die troepenmacht moet de Oekraïense strijdkrachten helpen herstellen', 'That force is to help rebuild the Ukrainian armed forces'),
        cite(6, 'inclusief operaties op Oekraïens grondgebied', 'including operations on Ukrainian territory'),
      ],
    },
    {
      id: 'force-air',
      actor: 'multinational-force',
      domain: 'air',
      status: 'proposed',
      scenarios: ['deal'],
      label: t('Multinationale troepenmacht beveiligt het luchtruim', 'Multinational force secures the airspace'),
      countries: ['UKR'],
      regions: [],
      citations: [cite(6, 'het luchtruim beveiligen', 'secure the airspace')],
    },
    {
      id: 'force-sea',
      actor: 'multinational-force',
      domain: 'sea',
      status: 'proposed',
      scenarios: ['deal'],
      label: t('Multinationale troepenmacht beschermt de zeeroutes', 'Multinational force protects the sea routes'),
      countries: [],
      regions: ['black-sea-routes'],
      citations: [cite(6, 'de zee‑routes beschermen', 'protect the sea routes')],
    },
    {
      id: 'nato-air-policing-ukraine',
      actor: 'nato',
      domain: 'air',
      status: 'proposed',
      scenarios: ['deal'],
      label: t('NAVO-luchtruimbewaking boven Oekraïne', 'NATO air policing over Ukraine'),
      countries: ['UKR'],
      regions: [],
      citations: [cite(7, 'Daarbovenop zouden NAVO‑vliegtuigen het Oekraïense luchtruim gaan bewaken', 'On top of that, NATO aircraft would guard Ukrainian airspace')],
    },
    {
      id: 'baltic-air-policing',
      actor: 'nato',
      domain: 'air',
      status: 'existing',
      scenarios: ['deal', 'no-deal'],
      label: t('NAVO-luchtruimbewaking boven de Baltische staten', 'NATO air policing over the Baltic states'),
      countries: ['EST', 'LVA', 'LTU'],
      regions: [],
      citations: [cite(7, 'zoals ze dat eerder deden boven bijvoorbeeld de Baltische staten', 'as they did before over, for example, the Baltic states')],
      context: [
        {
          source: 'NATO, Baltic Air Policing',
          url: 'https://ac.nato.int/missions/air-policing',
          date: '2025-12-17',
          note: t('De Baltische staten zijn Estland, Letland en Litouwen; de NAVO bewaakt hun luchtruim sinds 2004.', 'The Baltic states are Estonia, Latvia and Lithuania; NATO has policed their airspace since 2004.'),
        },
      ],
    },
  ],
  regions: [
    {
      id: 'donbas',
      kind: 'withdrawal-area',
      label: t('Donbas (Donetsk en Loehansk)', 'Donbas (Donetsk and Luhansk)'),
      feature: 'donbas',
      countries: ['UKR'],
      citations: [cite(3, 'een deal waarbij het zich terugtrekt uit de Donbas', 'a deal under which it withdraws from the Donbas')],
    },
    {
      id: 'crimea',
      kind: 'occupied-context',
      label: t('Krim', 'Crimea'),
      feature: 'crimea',
      countries: ['UKR'],
      citations: [],
      context: [
        {
          source: 'UN General Assembly resolution 68/262',
          url: 'https://digitallibrary.un.org/record/767565',
          date: '2014-03-27',
          note: t('Rusland bezet de Krim sinds 2014; internationaal erkend is de Krim deel van Oekraïne.', 'Russia has occupied Crimea since 2014; internationally it is recognised as part of Ukraine.'),
        },
      ],
    },
    {
      id: 'russian-border',
      kind: 'border',
      label: t('De Russische grens', 'The Russian border'),
      countries: ['UKR', 'RUS'],
      citations: [cite(1, 'NAVO ‑soldaten aan de Russische grens', 'NATO soldiers on the Russian border')],
    },
    {
      id: 'black-sea-routes',
      kind: 'sea-area',
      label: t('Zeeroutes in de Zwarte Zee', 'Sea routes in the Black Sea'),
      citations: [cite(6, 'de zee‑routes beschermen', 'protect the sea routes')],
    },
  ],
  rungs: [
    {
      id: 'keep-fighting',
      level: 1,
      path: 'no-deal',
      status: 'hypothetical',
      label: t('Rusland blijft vechten; geen westerse troepen in Oekraïne', 'Russia keeps fighting; no Western troops in Ukraine'),
      actors: ['russia'],
      citations: [
        cite(10, 'blijven vechten en géén bindend akkoord met de VS sluiten', 'keep fighting and conclude no binding agreement with the US'),
        cite(10, 'Om westerse troepen uit Oekraïne weg te houden', 'To keep Western troops out of Ukraine'),
      ],
    },
  ],
  context: [
    {
      id: 'nato-members',
      label: t('NAVO-lidstaten', 'NATO member states'),
      countries: NATO_MEMBERS,
      context: [
        {
          source: 'NATO, Member countries',
          url: 'https://www.nato.int/cps/en/natohq/topics_52044.htm',
          date: '2025-12-17',
          note: t('32 lidstaten op 17 december 2025.', '32 member states on 17 December 2025.'),
        },
      ],
    },
  ],
};
