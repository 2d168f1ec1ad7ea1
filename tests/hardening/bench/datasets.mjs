// The largest datasets each element may be given: the article's dataset with its records
// repeated up to a count (ids made unique). Used by bench/largest.mjs (at the schema's limits)
// and by the hardening tests (F3: huge datasets draw in slices).

/** The article's dataset with `n` rungs (copies of its own, levels 0–1000). */
export function withRungs(base, n) {
  const rungs = Array.from({ length: n }, (_, i) => ({
    ...base.rungs[i % base.rungs.length],
    id: `rung-${i}`,
    level: i % 1001,
  }));
  return { ...structuredClone(base), rungs };
}

/**
 * The article's dataset with `n` presence records (copies of its own), and optionally `regions`
 * regions and `context` context facts (copies too): every one is a row of the map's table.
 */
export function withPresence(
  base,
  n,
  regions = base.regions.length,
  context = base.context.length,
) {
  const presence = Array.from({ length: n }, (_, i) => ({
    ...base.presence[i % base.presence.length],
    id: `presence-${i}`,
  }));
  // The article's own regions keep their ids (presence records name them); the copies are new.
  const regionList = Array.from({ length: regions }, (_, i) => {
    const region = base.regions[i % base.regions.length];
    return i < base.regions.length ? region : { ...region, id: `${region.id}-${i}` };
  });
  const contextList = Array.from({ length: context }, (_, i) => {
    const fact = base.context[i % base.context.length];
    return i < base.context.length ? fact : { ...fact, id: `${fact.id}-${i}` };
  });
  return { ...structuredClone(base), presence, regions: regionList, context: contextList };
}

/**
 * The article's dataset with `actors` × `issues` (copies of its own), every cell a stance:
 * the `stated` first actors take a stated position with a citation on every issue, the rest
 * are not stated.
 */
export function withGrid(base, actors, issues, stated = 0) {
  const copy = structuredClone(base);
  const citation = base.actors[0].citations[0];
  const actorList = Array.from({ length: actors }, (_, i) => ({
    ...base.actors[i % base.actors.length],
    id: `actor-${i}`,
    partOf: undefined,
  }));
  const issueList = Array.from({ length: issues }, (_, i) => ({
    ...base.issues[i % base.issues.length],
    id: `issue-${i}`,
  }));
  const positions = ['supports', 'opposes', 'conditional'];
  const stances = [];
  for (let a = 0; a < actors; a++) {
    for (let i = 0; i < issues; i++) {
      stances.push(
        a < stated
          ? {
              actor: `actor-${a}`,
              issue: `issue-${i}`,
              position: positions[(a + i) % 3],
              basis: 'stated',
              citations: [citation],
            }
          : { actor: `actor-${a}`, issue: `issue-${i}`, position: 'not-stated', citations: [] },
      );
    }
  }
  for (const a of actorList) delete a.partOf;
  // Rungs and presence name the article's actors: keep them pointing at ones that exist.
  const rename = new Map(base.actors.map((a, i) => [a.id, `actor-${i % actors}`]));
  copy.rungs = copy.rungs.map((r) => ({
    ...r,
    actors: r.actors.map((id) => rename.get(id) ?? id),
  }));
  copy.presence = copy.presence.map((p) => ({ ...p, actor: rename.get(p.actor) ?? p.actor }));
  return { ...copy, actors: actorList, issues: issueList, stances };
}
