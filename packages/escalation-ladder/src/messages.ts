import { translate, type Catalog, type Lang } from '@nato-viz/core';

/** The columns of the table alternative, in order; each has a `column.*` message. */
export const TABLE_COLUMNS = [
  'step',
  'rung',
  'path',
  'status',
  'actors',
  'date',
  'citation',
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/**
 * The ladder's own UI text in Dutch and English (core supplies the shared messages, such as
 * "Legend", "Show as table" and "Translation"). A word that depends on a count has a `.one`
 * and an `.other` key, chosen with `Intl.PluralRules`.
 */
export const messages = {
  nl: {
    title: 'De escalatieladder: met of zonder deal',
    ladder: 'Escalatieladder',
    'steps.one': 'stap',
    'steps.other': 'stappen',
    'summary.happened.one': '{n} is gebeurd of aan de gang',
    'summary.happened.other': '{n} zijn gebeurd of aan de gang',
    'summary.notYet': 'nog niet: {list}',
    'summary.branches': 'Na {shared} splitst de ladder: met deal {deal}, zonder deal {noDeal}.',
    'status.ongoing': 'gaande',
    'status.agreed': 'afgesproken',
    'status.proposed': 'voorgesteld',
    'status.conditional': 'voorwaardelijk',
    'status.hypothetical': 'hypothetisch',
    'statusHelp.ongoing': 'gebeurt nu',
    'statusHelp.agreed': 'is overeengekomen',
    'statusHelp.proposed': 'staat in het voorstel',
    'statusHelp.conditional': 'alleen als aan een voorwaarde is voldaan',
    'statusHelp.hypothetical': 'verwachting of mogelijkheid',
    'path.both': 'gedeeld',
    'path.deal': 'met deal',
    'path.no-deal': 'zonder deal',
    current: 'Hier staan we nu',
    otherPath: 'niet op het gekozen pad',
    derived: 'afgeleid',
    dateUnknown: 'datum onbekend',
    stepOf: 'stap {n} van {m}',
    'column.step': 'Stap',
    'column.rung': 'Trede',
    'column.path': 'Pad',
    'column.status': 'Status',
    'column.actors': 'Actoren',
    'column.date': 'Datum',
    'column.citation': 'Citaat',
    sourceDefault: 'Bron: analyse van {date}.',
    tableCaption: 'De treden van de escalatieladder, met de zin uit het artikel die ze noemt',
    instructions:
      'Pijltjestoetsen: naar de volgende trede of het andere pad. Enter: citaat vastzetten. Escape: sluiten.',
  },
  en: {
    title: 'The escalation ladder: with or without a deal',
    ladder: 'Escalation ladder',
    'steps.one': 'step',
    'steps.other': 'steps',
    'summary.happened.one': '{n} has happened or is under way',
    'summary.happened.other': '{n} have happened or are under way',
    'summary.notYet': 'not yet: {list}',
    'summary.branches':
      'After {shared} the ladder splits: with a deal {deal}, without a deal {noDeal}.',
    'status.ongoing': 'ongoing',
    'status.agreed': 'agreed',
    'status.proposed': 'proposed',
    'status.conditional': 'conditional',
    'status.hypothetical': 'hypothetical',
    'statusHelp.ongoing': 'happening now',
    'statusHelp.agreed': 'has been agreed',
    'statusHelp.proposed': 'part of the proposal',
    'statusHelp.conditional': 'only if a condition is met',
    'statusHelp.hypothetical': 'an expectation or possibility',
    'path.both': 'shared',
    'path.deal': 'with a deal',
    'path.no-deal': 'without a deal',
    current: 'Where things stand',
    otherPath: 'not on the chosen path',
    derived: 'derived',
    dateUnknown: 'date unknown',
    stepOf: 'step {n} of {m}',
    'column.step': 'Step',
    'column.rung': 'Rung',
    'column.path': 'Path',
    'column.status': 'Status',
    'column.actors': 'Actors',
    'column.date': 'Date',
    'column.citation': 'Citation',
    sourceDefault: 'Source: news analysis of {date}.',
    tableCaption:
      'The rungs of the escalation ladder, with the sentence of the article that names them',
    instructions:
      'Arrow keys: next rung or the other path. Enter: pin the citation. Escape: close.',
  },
} satisfies Catalog;

export type MessageKey = keyof (typeof messages)['nl'];

/** A ladder message in `lang`, with `{name}` placeholders filled from `vars`. */
export function ladderMessage(
  lang: Lang,
  key: MessageKey,
  vars?: Record<string, string | number>,
): string {
  return translate(messages, lang, key, vars);
}
