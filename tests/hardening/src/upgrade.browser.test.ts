// Case 16 of CASES.md: properties set before the element is defined are applied on upgrade.
// This file imports no element statically, so the tags are still undefined when it starts.
import { expect, it } from 'vitest';

it('16. properties set before definition are applied on upgrade', async () => {
  expect(customElements.get('escalation-ladder')).toBeUndefined();
  const ladder = document.createElement('escalation-ladder') as HTMLElement & {
    path?: string;
    updateComplete?: Promise<unknown>;
  };
  const map = document.createElement('nato-presence-map') as HTMLElement & {
    scenario?: string;
    updateComplete?: Promise<unknown>;
  };
  const matrix = document.createElement('actor-stance-matrix') as HTMLElement & {
    sort?: string;
    updateComplete?: Promise<unknown>;
  };
  ladder.path = 'no-deal';
  map.scenario = 'no-deal';
  matrix.sort = 'agreement';
  ladder.lang = map.lang = matrix.lang = 'en';
  document.body.append(ladder, map, matrix);
  await import('@nato-viz/escalation-ladder/define.js');
  await import('@nato-viz/nato-presence-map/define.js');
  await import('@nato-viz/actor-stance-matrix/define.js');
  for (const el of [ladder, map, matrix]) await el.updateComplete;
  expect(ladder.path).toBe('no-deal');
  expect(map.scenario).toBe('no-deal');
  expect(matrix.sort).toBe('agreement');
  expect(map.getAttribute('scenario')).toBe('no-deal');
});
