/**
 * The enumerations of the dataset, as `as const` arrays with derived types. Kept apart from the
 * valibot schema so that an element that only needs these lists (and the built-in dataset)
 * does not ship the validator: importing them costs a few hundred bytes.
 */
export const ACTOR_KINDS = [
  'state',
  'person',
  'group',
  'organisation',
  'force',
  'experts',
] as const;
export const POSITIONS = ['supports', 'opposes', 'conditional', 'not-stated'] as const;
export const BASES = ['stated', 'reported', 'article-analysis'] as const;
export const RUNG_STATUSES = [
  'ongoing',
  'agreed',
  'proposed',
  'conditional',
  'hypothetical',
] as const;
export const PATHS = ['both', 'deal', 'no-deal'] as const;
export const DOMAINS = ['ground', 'air', 'sea'] as const;
export const PRESENCE_STATUSES = ['existing', 'proposed'] as const;
export const SCENARIOS = ['deal', 'no-deal'] as const;
export const REGION_KINDS = [
  'withdrawal-area',
  'occupied-context',
  'sea-area',
  'border',
  'country-group',
] as const;
