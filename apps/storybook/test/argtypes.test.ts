// The API tables and Controls of every element come from its Custom Elements Manifest
// (.storybook/manifest.ts): they list the public API and nothing of the element's internal state.
import { describe, expect, it } from 'vitest';
import { elements, extractArgTypes } from '../.storybook/manifest.js';

const ELEMENT_TAGS = ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'];

/** Internal state the manifests used to list as public (issue 19): never an attribute or a control. */
const INTERNAL = [
  'width',
  'activeKey',
  'pinned',
  'focusIndex',
  'tableOpen',
  'active',
  'open',
  'layout',
  'compact',
  'hovered',
  'selected',
];

function rows(tag: string) {
  const argTypes = extractArgTypes(tag) ?? {};
  return Object.entries(argTypes).map(([key, a]) => ({
    key,
    name: String(a.name),
    category: String((a.table as { category?: string } | undefined)?.category ?? ''),
  }));
}

describe.each(ELEMENT_TAGS)('<%s> argTypes', (tag) => {
  it('come from its manifest', () => {
    expect(elements.get(tag)).toBeDefined();
    expect(rows(tag).length).toBeGreaterThan(0);
  });

  it('list no internal state, by arg key or by name', () => {
    for (const r of rows(tag)) {
      expect(INTERNAL, `${r.category}: ${r.name}`).not.toContain(r.key);
      expect(INTERNAL, `${r.category}: ${r.name}`).not.toContain(r.name);
    }
  });

  it('list the inherited lang, theme, data and src attributes, the data property and nv-error', () => {
    const names = rows(tag);
    const attributes = names.filter((r) => r.category === 'attributes').map((r) => r.name);
    expect(attributes).toEqual(expect.arrayContaining(['lang', 'theme', 'data', 'src']));
    expect(names.filter((r) => r.category === 'properties').map((r) => r.name)).toContain('data');
    expect(names.filter((r) => r.category === 'events').map((r) => r.name)).toContain('nv-error');
  });

  it('list each attribute once', () => {
    const attributes = rows(tag)
      .filter((r) => r.category === 'attributes')
      .map((r) => r.name);
    expect(new Set(attributes).size).toBe(attributes.length);
  });
});
