import type {
  Actor,
  Dataset,
  Issue,
  Position,
  Presence,
  Rung,
  Scenario,
  Stance,
  Path,
} from './schema.js';

/** A record by id, or `undefined`. */
export function byId<T extends { id: string }>(records: readonly T[], id: string): T | undefined {
  return records.find((r) => r.id === id);
}

/** The stance of `actor` on `issue`; `not-stated` (no citation) when the dataset has none. */
export function stanceOf(data: Pick<Dataset, 'stances'>, actor: string, issue: string): Stance {
  return (
    data.stances.find((s) => s.actor === actor && s.issue === issue) ?? {
      actor,
      issue,
      position: 'not-stated',
      citations: [],
    }
  );
}

/** Every actor × issue cell, row by row, with `not-stated` where the dataset is silent. */
export function stanceMatrix(data: Pick<Dataset, 'actors' | 'issues' | 'stances'>): {
  actor: Actor;
  cells: { issue: Issue; stance: Stance }[];
}[] {
  return data.actors.map((actor) => ({
    actor,
    cells: data.issues.map((issue) => ({ issue, stance: stanceOf(data, actor.id, issue.id) })),
  }));
}

/** How many issues each actor takes `position` on. */
export function countPositions(
  data: Pick<Dataset, 'stances'>,
  actor: string,
  position: Position,
): number {
  return data.stances.filter((s) => s.actor === actor && s.position === position).length;
}

/** The rungs on a path (shared rungs belong to both), ordered by level then dataset order. */
export function rungsOnPath(data: Pick<Dataset, 'rungs'>, path: Path): Rung[] {
  const rungs = data.rungs.filter((r) => path === 'both' || r.path === 'both' || r.path === path);
  return rungs
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.level - b.r.level || a.i - b.i)
    .map(({ r }) => r);
}

/** The presence records shown in a scenario. */
export function presenceIn(data: Pick<Dataset, 'presence'>, scenario: Scenario): Presence[] {
  return data.presence.filter((p) => p.scenarios.includes(scenario));
}
