import { vi } from 'vitest';
import { dataset, type Dataset } from '@nato-viz/data';
import { THEMES } from '@nato-viz/core';
import * as map from '@nato-viz/nato-presence-map';
import * as ladder from '@nato-viz/escalation-ladder';
import * as matrix from '@nato-viz/actor-stance-matrix';
import '@nato-viz/nato-presence-map/define.js';
import '@nato-viz/escalation-ladder/define.js';
import '@nato-viz/actor-stance-matrix/define.js';
import { ELEMENTS } from '../../../tooling/elements.mjs';

/** An element under test, its enumerated attributes and the attributes that name ids. */
export interface Subject {
  tag: string;
  enums: Record<string, readonly string[]>;
  ids: Record<string, (data: Dataset) => string[]>;
}

/** Each registered element's package, to read the enumerations the registry names. */
const PACKAGES: Record<string, Record<string, unknown>> = {
  '@nato-viz/nato-presence-map': map,
  '@nato-viz/escalation-ladder': ladder,
  '@nato-viz/actor-stance-matrix': matrix,
};

/** The attributes that name ids in the dataset, per tag. */
const IDS: Record<string, Subject['ids']> = {
  'escalation-ladder': { current: (d) => d.rungs.map((r) => r.id) },
  'actor-stance-matrix': {
    actors: (d) => d.actors.map((a) => a.id),
    issues: (d) => d.issues.map((i) => i.id),
  },
};

/** The enumeration `name` that package `packageName` exports; throws when the registry names one that is not there. */
function enumeration(packageName: string, name: string): readonly string[] {
  const value = PACKAGES[packageName]?.[name];
  if (!Array.isArray(value) || value.length === 0)
    throw new Error(`${packageName} does not export the enumeration ${name}`);
  return value as readonly string[];
}

/** Every registered element (tooling/elements.mjs), with the values its enumerated attributes take. */
export const SUBJECTS: readonly Subject[] = ELEMENTS.map((entry) => ({
  tag: entry.tag,
  enums: {
    ...Object.fromEntries(
      Object.entries(entry.enums).map(([attribute, name]) => [
        attribute,
        enumeration(entry.packageName, name),
      ]),
    ),
    theme: THEMES,
  },
  ids: IDS[entry.tag] ?? {},
}));

export { dataset };

/** The element's custom element instance type, loosely: the props the suite sets. */
export type AnyElement = HTMLElement & {
  updateComplete: Promise<boolean>;
  data?: unknown;
  src?: string | null;
  theme?: string;
};

/** A fixed-size box to mount into (elements size themselves to their container). */
export function box(width = 640): HTMLDivElement {
  const div = document.createElement('div');
  div.className = 'nv-test-box';
  div.style.width = `${width}px`;
  document.body.append(div);
  return div;
}

/** Waits for the element's update, two frames (ResizeObserver), and the update after that. */
export async function settle(el: Element): Promise<void> {
  const e = el as AnyElement;
  await e.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await e.updateComplete;
}

export async function mount(
  tag: string,
  setup: (el: AnyElement) => void = () => {},
  parent: HTMLElement = box(),
): Promise<AnyElement> {
  const el = document.createElement(tag) as AnyElement;
  setup(el);
  parent.append(el);
  await settle(el);
  return el;
}

/** The text of the element's status box (error, empty or loading), whitespace collapsed. */
export function statusText(el: Element): string | undefined {
  return el.shadowRoot?.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim();
}

/** Whether the element shows the error state. */
export function showsError(el: Element): boolean {
  return !!el.shadowRoot?.querySelector('.nv-error');
}

/** The shadow DOM serialised: for NaN checks and to assert that nothing became markup. */
export function shadowMarkup(el: Element): string {
  return el.shadowRoot?.innerHTML ?? '';
}

/** Every element in the shadow tree (deep, including nested shadow roots). */
export function shadowElements(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const child of root.querySelectorAll('*')) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return out;
}

/** Spies on console.error/warn without printing; restore with `.restore()`. */
export function quietConsole() {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  return {
    error,
    warn,
    errors: () => error.mock.calls.map((c) => String(c[0])),
    warnings: () => warn.mock.calls.map((c) => String(c[0])),
    restore() {
      error.mockRestore();
      warn.mockRestore();
    },
  };
}

/** Collects uncaught errors and unhandled rejections while `fn` runs. */
export async function uncaught(fn: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => seen.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await fn();
    await new Promise((r) => setTimeout(r, 0));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

/** A deep copy of the article's dataset with `fn` applied to every string that is text, not an id. */
export function mapText(data: Dataset, fn: (s: string, key: string) => string): Dataset {
  const TEXT_KEYS = new Set(['nl', 'en', 'quote', 'translation', 'source', 'publisher']);
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return TEXT_KEYS.has(key) ? fn(value, key) : value;
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(structuredClone(data), '') as Dataset;
}

export function cleanup(): void {
  document.body.replaceChildren();
}

const GEOMETRY = [
  'd',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'transform',
  'viewBox',
  'points',
  'dx',
  'dy',
];

/** Whether any SVG geometry attribute in the element's shadow tree holds NaN or Infinity. */
export function svgHasNaN(el: Element): boolean {
  for (const n of shadowElements(el)) {
    if (!(n instanceof SVGElement)) continue;
    for (const a of GEOMETRY) {
      const v = n.getAttribute(a);
      if (v && /NaN|Infinity/.test(v)) return true;
    }
  }
  return false;
}
