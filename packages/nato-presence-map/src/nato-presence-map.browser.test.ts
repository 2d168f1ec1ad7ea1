import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { dataset } from '@nato-viz/data';
import './define.js';
import type { NatoPresenceMap } from './nato-presence-map.js';
import { SCENARIOS } from './layers.js';
import { VIEWS } from './projection.js';
import { customDataset } from '../test/fixtures/dataset.js';
import { midWordBreaks } from '../../../tooling/line-breaks.js';

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  document.documentElement.lang = 'nl';
});
afterEach(() => {
  errors.mockRestore();
  document.body.replaceChildren();
});

async function settle(el: NatoPresenceMap): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
}

/** Mounts `<nato-presence-map>` in a box of `width` px with the given attributes. */
async function mount(
  attrs: Record<string, string> = {},
  width = 800,
  setup?: (el: NatoPresenceMap) => void,
): Promise<NatoPresenceMap> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const el = document.createElement('nato-presence-map');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  setup?.(el);
  box.append(el);
  document.body.append(box);
  await settle(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: NatoPresenceMap, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: NatoPresenceMap, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(sel),
];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (el: NatoPresenceMap) => $$<SVGGElement>(el, '.item');
const popover = (el: NatoPresenceMap) => $(el, '[part="popover"]');
const button = (el: NatoPresenceMap, label: RegExp) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => label.test(text(b)))!;

async function axeClean(el: NatoPresenceMap): Promise<void> {
  const r = await axe.run(el, { resultTypes: ['violations'] });
  expect(
    r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);
}

/** The numbers of SVG path data (M/L/Z only, as the map draws). */
const pathNumbers = (d: string) =>
  (d.match(/-?\d+(\.\d+)?(e-?\d+)?|NaN|Infinity/g) ?? []).map(Number);

/** Points in SVG path data. */
const pointCount = (d: string | null) => (d?.match(/[ML]/g) ?? []).length;

/** An element's bounding box in map coordinates, rounded to whole px: [x, y, width, height]. */
function box(el: Element | null): [number, number, number, number] | undefined {
  if (!el) return undefined;
  const b = (el as SVGGraphicsElement).getBBox();
  return [Math.round(b.x), Math.round(b.y), Math.round(b.width), Math.round(b.height)];
}

/**
 * What the map draws, as a reviewer reads it: the view box; how many countries of each role;
 * the bounding box and point count of the key shapes; each region and presence layer with its
 * classes (kind, status, shown or faded out), fill, marker position and outline; and the labels.
 */
function drawing(el: NatoPresenceMap) {
  const svgEl = $<SVGSVGElement>(el, 'svg')!;
  const shapeOf = (sel: string) => {
    const path = $<SVGPathElement>(el, sel);
    return { box: box(path), points: pointCount(path?.getAttribute('d') ?? null) };
  };
  const roles: Record<string, number> = {};
  for (const c of $$(el, 'path.c')) {
    const role = [...c.classList].find((k) => k.startsWith('c--'))!.slice(3);
    roles[role] = (roles[role] ?? 0) + 1;
  }
  return {
    viewBox: svgEl.getAttribute('viewBox'),
    countries: roles,
    ukraine: shapeOf('path.c--ukraine'),
    russia: shapeOf('path.c--russia'),
    border: shapeOf('path.border'),
    regions: $$(el, '.map .region').map((r) => ({
      key: r.closest('.item')?.getAttribute('data-key'),
      class: r.getAttribute('class'),
      fill: r.getAttribute('fill')?.replace(/npm-\d+/, 'npm-N') ?? null,
      box: box(r),
      points: pointCount(r.getAttribute('d')),
    })),
    layers: $$(el, '.layer').map((layer) => {
      const marker = layer.querySelector('g[transform]')!.getAttribute('transform');
      const outline = layer.querySelector('.outline');
      return {
        key: layer.querySelector('.item')?.getAttribute('data-key') ?? null,
        class: layer.getAttribute('class')!.replace(/\s+/g, ' ').trim(),
        mark: layer.querySelector('.mark')!.getAttribute('d'),
        marker: marker!.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n)))),
        outline: outline
          ? {
              class: outline.getAttribute('class')!.trim(),
              box: box(outline),
              points: pointCount(outline.getAttribute('d')),
            }
          : null,
      };
    }),
    labels: $$(el, 'text.label').map(
      (t) => `${t.getAttribute('class')!.replace('label label--', '')} ${t.textContent}`,
    ),
  };
}

describe('<nato-presence-map> default render', () => {
  it('draws the countries, the Donbas, Crimea and the Ukraine–Russia border from the built-in data', async () => {
    const el = await mount();
    expect($$(el, 'path.c').length).toBeGreaterThan(50);
    expect($(el, 'path.c--ukraine')).not.toBeNull();
    expect($(el, 'path.c--russia')).not.toBeNull();
    // 32 members on 2025-12-17, minus the United States and Canada, which are off the map.
    expect($$(el, 'path.c--nato').length).toBe(30);
    expect($(el, '.region--withdrawal-area')).not.toBeNull();
    expect($(el, '.region--occupied-context')).not.toBeNull();
    expect($(el, 'path.border')!.getAttribute('d')).toMatch(/^M/);
    expect(el.shadowRoot!.innerHTML).not.toContain('NaN');
    expect(errors).not.toHaveBeenCalled();
  });

  it('names the map and describes the current scenario in text', async () => {
    const el = await mount();
    const svgEl = $(el, 'svg')!;
    expect(svgEl.getAttribute('aria-label')).toContain('Oekraïne tekent de deal');
    const summary = el.shadowRoot!.getElementById(svgEl.getAttribute('aria-describedby')!)!;
    expect(text(summary)).toContain(
      dataset.presence.find((p) => p.id === 'nato-air-policing-ukr')!.label.nl,
    );
    expect(text(summary)).toContain('voorgesteld');
  });

  it('reserves its height from the aspect ratio before it has data to draw', async () => {
    const el = await mount();
    const map = $(el, '[part="map"]')!;
    expect(map.getBoundingClientRect().height).toBeGreaterThan(500);
    expect(
      Math.abs(map.getBoundingClientRect().height - $(el, 'svg')!.getBoundingClientRect().height),
    ).toBeLessThan(2);
  });

  it('draws everything but the map first, then the map in a task of its own, without moving anything; updateComplete waits for the map', async () => {
    // A width no other test uses, so no other element has built this model yet.
    const box = document.createElement('div');
    box.style.width = '613px';
    const el = document.createElement('nato-presence-map');
    box.append(el);
    document.body.append(box);
    // Lit's first update runs in microtasks; the map's model is built in a later task.
    for (let i = 0; i < 50 && !el.hasUpdated; i++) await Promise.resolve();
    expect(el.hasUpdated).toBe(true);
    expect($$(el, 'path.c')).toHaveLength(0);
    expect($(el, '[part="legend"]')).not.toBeNull();
    const before = $(el, '[part="map"]')!.getBoundingClientRect().height;
    const whole = el.getBoundingClientRect().height;
    expect(before).toBeGreaterThan(300);
    await el.updateComplete;
    expect($$(el, 'path.c').length).toBeGreaterThan(50);
    expect($(el, '[part="map"]')!.getBoundingClientRect().height).toBe(before);
    expect(el.getBoundingClientRect().height).toBe(whole);
    expect(errors).not.toHaveBeenCalled();
  });

  it('at 800 px every path is finite, and every region and marker lies inside the view box', async () => {
    const el = await mount({ lang: 'nl' }, 800);
    const [, , width, height] = $(el, 'svg')!.getAttribute('viewBox')!.split(' ').map(Number) as [
      number,
      number,
      number,
      number,
    ];
    const paths = $$(el, 'svg path');
    expect(paths.length).toBeGreaterThan(80);
    for (const p of paths)
      for (const n of pathNumbers(p.getAttribute('d') ?? ''))
        expect(Number.isFinite(n), p.getAttribute('class')!).toBe(true);
    // Countries reach past the frame (Russia runs east to the Pacific); what a reader points at does not.
    for (const item of [...$$(el, '.map .region'), ...$$(el, '.map .layer .mark')]) {
      const b = item.getBoundingClientRect();
      const frame = $(el, 'svg')!.getBoundingClientRect();
      const name =
        item.closest('[data-key]')?.getAttribute('data-key') ??
        item.closest('.layer')!.getAttribute('class')!;
      expect(b.left, name).toBeGreaterThanOrEqual(frame.left - 0.5);
      expect(b.right, name).toBeLessThanOrEqual(frame.right + 0.5);
      expect(b.top, name).toBeGreaterThanOrEqual(frame.top - 0.5);
      expect(b.bottom, name).toBeLessThanOrEqual(frame.bottom + 0.5);
    }
    expect(width).toBe(800);
    expect(height).toBeGreaterThan(500);
  });

  it('at 800 px draws what the snapshot lists: country roles, key shapes, regions, layers, labels', async () => {
    const el = await mount({ lang: 'nl' }, 800);
    expect(drawing(el)).toMatchSnapshot();
  });
});

describe('scenario', () => {
  it.each(SCENARIOS)(
    'scenario="%s" shows exactly the presence records of that scenario',
    async (scenario) => {
      const el = await mount({ scenario });
      const shown = items(el)
        .filter((i) => i.dataset.key!.startsWith('p-'))
        .map((i) => i.dataset.key!.slice(2));
      expect(shown.sort()).toEqual(
        dataset.presence
          .filter((p) => p.scenarios.includes(scenario))
          .map((p) => p.id)
          .sort(),
      );
    },
  );

  it('scenario="no-deal" shows the article’s alternative: no Western troops, Russia keeps fighting', async () => {
    const el = await mount({ scenario: 'no-deal', lang: 'en' });
    expect($$(el, '.layer:not(.off)').some((g) => g.classList.contains('proposed'))).toBe(false);
    expect(text($(el, '.note'))).toMatch(/Russia keeps fighting/);
    expect(
      text(el.shadowRoot!.getElementById($(el, 'svg')!.getAttribute('aria-describedby')!)),
    ).toMatch(/No deal/);
  });

  it('clicking "Zonder deal" switches, sets aria-pressed and fires one nv-scenario-change', async () => {
    const el = await mount();
    const events: string[] = [];
    el.addEventListener('nv-scenario-change', (e) => events.push(e.detail.scenario));
    button(el, /Zonder deal/).click();
    await settle(el);
    expect(el.scenario).toBe('no-deal');
    expect(button(el, /Zonder deal/).getAttribute('aria-pressed')).toBe('true');
    expect(button(el, /Met deal/).getAttribute('aria-pressed')).toBe('false');
    button(el, /Zonder deal/).click();
    await settle(el);
    expect(events).toEqual(['no-deal']);
  });

  // Issue 17: the no-deal steps (three quote paragraphs) were inserted above the map, which
  // jumped 190–300 px down under the reader's pointer.
  for (const width of [390, 800])
    it(`at ${width} px, switching to "Zonder deal" does not move the map; its steps follow the map`, async () => {
      const el = await mount({}, width);
      const top = $(el, '.map')!.getBoundingClientRect().top;
      button(el, /Zonder deal/).click();
      await settle(el);
      expect($$(el, '.note').length).toBeGreaterThan(0);
      expect($(el, '.map')!.getBoundingClientRect().top).toBe(top);
      const map = $(el, '.map')!;
      for (const note of $$(el, '.note'))
        expect(map.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      await axeClean(el);
    });

  it('setting .scenario fires no event', async () => {
    const el = await mount();
    const spy = vi.fn();
    el.addEventListener('nv-scenario-change', spy);
    el.scenario = 'no-deal';
    await settle(el);
    expect(el.getAttribute('scenario')).toBe('no-deal');
    expect(spy).not.toHaveBeenCalled();
  });

  it('hidden layers fade (transition) rather than vanish, and leave the tab order', async () => {
    const el = await mount();
    el.scenario = 'no-deal';
    await settle(el);
    const off = $$(el, '.layer.off');
    expect(off.length).toBeGreaterThan(0);
    expect(getComputedStyle(off[0]!).transitionProperty).toContain('opacity');
    expect(off.every((g) => !g.querySelector('[tabindex]'))).toBe(true);
  });
});

describe('view', () => {
  it.each(VIEWS)('view="%s" draws without error', async (view) => {
    const el = await mount({ view });
    expect($(el, 'path.c--ukraine')).not.toBeNull();
    expect(errors).not.toHaveBeenCalled();
  });

  it('view="ukraine" zooms in: Ukraine is drawn wider than in the europe view', async () => {
    const width = (el: NatoPresenceMap) =>
      ($(el, 'path.c--ukraine') as unknown as SVGGraphicsElement).getBBox().width;
    const eu = await mount({ view: 'europe' }, 600);
    const ua = await mount({ view: 'ukraine' }, 600);
    expect(width(ua)).toBeGreaterThan(2.5 * width(eu));
  });
});

describe('popover', () => {
  it('hovering a layer shows its name, status and the Dutch quote; leaving hides it', async () => {
    const el = await mount();
    const item = $<SVGGElement>(el, '[data-key="p-nato-air-policing-ukr"]')!;
    item.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    await settle(el);
    const pop = popover(el)!;
    expect(text(pop)).toContain('NAVO');
    expect(text(pop)).toContain('voorgesteld');
    expect(pop.querySelector('q[lang="nl"]')).not.toBeNull();
    expect(text(pop)).not.toContain('Vertaling');
    item.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await settle(el);
    expect(popover(el)).toBeNull();
  });

  it('lang="en" adds the English translation next to the Dutch quote', async () => {
    const el = await mount({ lang: 'en' });
    $<SVGGElement>(el, '[data-key="r-donbas"]')!.dispatchEvent(
      new PointerEvent('pointerenter', { pointerType: 'mouse' }),
    );
    await settle(el);
    expect(text(popover(el))).toContain('Translation');
    expect(popover(el)!.querySelector('q')!.getAttribute('lang')).toBe('nl');
  });

  it('Crimea’s popover carries the context note and its source', async () => {
    const el = await mount({ lang: 'en' });
    $<SVGGElement>(el, '[data-key="r-crimea"]')!.dispatchEvent(
      new PointerEvent('pointerenter', { pointerType: 'mouse' }),
    );
    await settle(el);
    expect(text(popover(el))).toMatch(/2014/);
    expect(text(popover(el))).toMatch(/Context:/);
  });

  it('a popover shown for keyboard focus is scrolled into view; one shown on hover is not', async () => {
    const before = document.createElement('div');
    before.style.height = '100vh';
    document.body.append(before);
    const el = await mount();
    const after = document.createElement('div');
    after.style.height = '200vh';
    document.body.append(after);
    // The topmost item, fully visible at the bottom of the viewport: focusing it scrolls nothing,
    // and its popover, placed below it (there is room in the map), starts off-screen.
    const item = items(el).sort(
      (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
    )[0]!;
    const place = () =>
      window.scrollBy(0, item.getBoundingClientRect().bottom - window.innerHeight + 4);
    place();
    item.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    await settle(el);
    const scrolled = window.scrollY;
    expect(popover(el)!.getBoundingClientRect().bottom).toBeGreaterThan(window.innerHeight);
    expect(window.scrollY).toBe(scrolled);
    item.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await settle(el);
    place();
    item.focus();
    await settle(el);
    const pop = popover(el)!.getBoundingClientRect();
    expect(pop.bottom).toBeLessThanOrEqual(window.innerHeight + 0.5);
    expect(pop.top).toBeGreaterThanOrEqual(-0.5);
    before.remove();
    after.remove();
    window.scrollTo(0, 0);
  });

  it('tapping (touch) pins the popover; tapping again closes it', async () => {
    const el = await mount();
    const item = $<SVGGElement>(el, '[data-key="r-donbas"]')!;
    item.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'touch' }));
    item.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    expect(text(popover(el))).toContain('Donbas');
    item.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'touch' }));
    await settle(el);
    expect(popover(el)).not.toBeNull();
    item.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    expect(popover(el)).toBeNull();
  });

  it('keyboard: Tab reaches the map, arrows move between layers and regions, Escape closes', async () => {
    const el = await mount();
    button(el, /Zonder deal/).focus();
    await userEvent.keyboard('{Tab}');
    await settle(el);
    const first = el.shadowRoot!.activeElement as SVGGElement;
    expect(first.classList.contains('item')).toBe(true);
    expect(popover(el)).not.toBeNull();
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    const second = el.shadowRoot!.activeElement as SVGGElement;
    expect(second).not.toBe(first);
    expect(second.getAttribute('tabindex')).toBe('0');
    expect(first.getAttribute('tabindex')).toBe('-1');
    expect(text(popover(el))).toBeTruthy();
    await userEvent.keyboard('{End}');
    await settle(el);
    expect((el.shadowRoot!.activeElement as SVGGElement).dataset.key).toMatch(/^r-/);
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect(popover(el)).toBeNull();
  });

  it('data text is rendered as text, never as HTML', async () => {
    const evil = structuredClone(customDataset) as typeof customDataset;
    evil.regions![0]!.label = { nl: '<img src=x onerror=alert(1)>Donbas', en: '<b>Donbas</b>' };
    const el = await mount({}, 800, (e) => (e.data = evil));
    $<SVGGElement>(el, '[data-key="r-donbas"]')!.dispatchEvent(
      new PointerEvent('pointerenter', { pointerType: 'mouse' }),
    );
    await settle(el);
    expect(popover(el)!.querySelector('img')).toBeNull();
    expect(text(popover(el))).toContain('<img src=x onerror=alert(1)>Donbas');
  });
});

describe('legend, table, slots', () => {
  it('the legend names every kind of mark in HTML; no-legend hides it', async () => {
    const el = await mount();
    const legend = text($(el, '[part="legend"]'));
    for (const s of [
      'Oekraïne',
      'Rusland',
      'NAVO-lidstaat',
      'Terugtrekgebied',
      'bezet sinds 2014',
      'Bestaand',
      'Voorgesteld',
    ])
      expect(legend).toContain(s);
    const hidden = await mount({ 'no-legend': '' });
    expect($(hidden, '[part="legend"]')).toBeNull();
  });

  it('"Toon als tabel" shows a table with every layer and region and its citation', async () => {
    const el = await mount({ lang: 'en' });
    const toggle = button(el, /Show as table/);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await settle(el);
    const table = $(el, '[part="table"] table')!;
    expect(text(table.querySelector('caption'))).toBeTruthy();
    expect(table.querySelectorAll('tbody tr').length).toBe(
      dataset.presence.length + dataset.regions.length + 1,
    );
    expect(table.querySelectorAll('q[lang="nl"]').length).toBeGreaterThan(5);
    expect(text(table)).toContain('Translation');
    expect(button(el, /Hide table/).getAttribute('aria-expanded')).toBe('true');
  });

  it('no-table removes the table button', async () => {
    const el = await mount({ 'no-table': '' });
    expect($(el, '[part="table"]')).toBeNull();
    expect(button(el, /tabel/)).toBeUndefined();
  });

  it('caption and source slots have defaults and accept replacements', async () => {
    const el = await mount({}, 800, (e) => {
      const s = document.createElement('span');
      s.slot = 'source';
      s.textContent = 'Eigen bron';
      e.append(s);
    });
    expect(text($(el, 'slot[name="caption"]'))).toContain('Wie zou waar staan');
    expect(($(el, 'slot[name="source"]') as HTMLSlotElement).assignedNodes()[0]!.textContent).toBe(
      'Eigen bron',
    );
    expect(text($(el, 'slot[name="source"]'))).toContain('Natural Earth');
  });

  it('a custom dataset (.data) replaces the built-in one', async () => {
    const el = await mount({}, 800, (e) => (e.data = customDataset));
    expect($(el, '[data-key="p-baltic-air-policing"]')).not.toBeNull();
    expect($(el, '[data-key="p-nato-baltic-air-policing"]')).toBeNull();
  });
});

describe('language, theme, layout', () => {
  it('speaks English with lang="en" and switches when the page language changes', async () => {
    const el = await mount({}, 800);
    expect(text(button(el, /deal/))).toMatch(/Met deal/);
    document.documentElement.lang = 'en';
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    expect(text(button(el, /deal/))).toMatch(/With the deal/);
    expect($$(el, 'text.label').map(text)).toContain('Ukraine');
  });

  it('theme="dark" switches the colour scheme', async () => {
    const el = await mount({ theme: 'dark' });
    expect($(el, '[part="base"]')!.classList.contains('scheme-dark')).toBe(true);
    expect(getComputedStyle($(el, '[part="base"]')!).backgroundColor).toBe('rgb(22, 24, 29)');
  });

  it.each([280, 320])('at %s px there is no horizontal scroll and labels thin out', async (w) => {
    const wide = await mount({}, 1200);
    const wideLabels = $$(wide, 'text.label').length;
    wide.parentElement!.remove();
    const el = await mount({}, w);
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
      document.documentElement.clientWidth,
    );
    expect($$(el, 'text.label').length).toBeLessThan(wideLabels);
    expect($$(el, 'text.label').map(text)).toContain('Oekraïne');
  });

  it('mounted at zero width it draws nothing (no NaN) and draws once it gets a size', async () => {
    const el = await mount({}, 0);
    expect(el.shadowRoot!.innerHTML).not.toContain('NaN');
    expect($$(el, 'path.c')).toHaveLength(0);
    (el.parentElement as HTMLElement).style.width = '500px';
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect($$(el, 'path.c').length).toBeGreaterThan(50);
  });
});

describe('error states', () => {
  it.each([
    ['scenario', 'maybe'],
    ['view', 'world'],
    ['lang', 'fr'],
    ['theme', 'neon'],
  ])('%s="%s" shows the error state and logs once', async (attr, value) => {
    const el = await mount({ [attr]: value });
    expect(text($(el, '[role="status"]'))).toMatch(/kan niet worden getoond|cannot be shown/);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain(`${attr}:`);
    expect($(el, 'svg')).toBeNull();
  });

  it('invalid JSON in data shows the error state', async () => {
    const el = await mount({ data: '{not json' });
    expect(text($(el, '[role="status"]'))).toContain('geen geldige JSON');
    expect(errors).toHaveBeenCalledTimes(1);
  });

  it('a dataset that fails the schema shows the error state naming the path', async () => {
    const el = await mount({}, 800, (e) => (e.data = { version: 1, presence: [{ id: 'x' }] }));
    expect(text($(el, '[role="status"]'))).toContain('schema');
    expect(String(errors.mock.calls[0]![0])).toContain('$.presence[0]');
  });

  it('a failing src shows the error state with a retry button', async () => {
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(new Response('nope', { status: 500 }));
    const el = await mount({ src: '/missing.json' });
    await vi.waitFor(() =>
      expect(text($(el, '[role="status"]'))).toContain('konden niet worden geladen'),
    );
    expect($(el, '.nv-error button')).not.toBeNull();
    fetchSpy.mockRestore();
  });

  it('a topology that cannot be drawn shows the error state (the first map is built in a later task, still inside the render guard)', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    // A width no other test uses, so the model is not in the shared cache.
    const el = await mount(
      {},
      577,
      (e) =>
        (e.topology = { type: 'Topology', arcs: [], objects: {} } as unknown as typeof e.topology),
    );
    await new Promise((r) => setTimeout(r, 50));
    window.removeEventListener('unhandledrejection', onRejection);
    expect(text($(el, '[role="status"]'))).toMatch(/kan niet worden getoond/);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain('render');
    expect(rejections).toEqual([]);
  });

  it('the error state keeps the reserved box: no layout shift', async () => {
    const el = await mount({ view: 'world' }, 600);
    expect(el.getBoundingClientRect().height).toBeGreaterThan(100);
  });
});

describe('axe', () => {
  const cases: [string, Record<string, string>, ((el: NatoPresenceMap) => Promise<void>)?][] = [
    ['default', {}],
    ['english, no-deal', { lang: 'en', scenario: 'no-deal' }],
    ['ukraine view, dark', { view: 'ukraine', theme: 'dark' }],
    [
      'table open',
      {},
      async (el) => {
        button(el, /tabel/).click();
        await settle(el);
      },
    ],
    [
      'popover open',
      {},
      async (el) => {
        items(el)[0]!.focus();
        await settle(el);
      },
    ],
    ['error', { scenario: 'bad' }],
  ];
  it.each(cases)('%s has no axe violations', async (_name, attrs, act) => {
    const el = await mount(attrs);
    await act?.(el);
    await axeClean(el);
  });
});

describe('review fixes', () => {
  const emulate = (features: { name: string; value: string }[], media = '') =>
    cdp().send('Emulation.setEmulatedMedia', { media, features });
  afterEach(async () => {
    await emulate([]);
  });

  it('forced colours: the pressed scenario button is drawn in Highlight, unlike the other', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    const el = await mount({}, 1280);
    const [on, off] = [button(el, /Met deal/), button(el, /Zonder deal/)];
    expect(on.getAttribute('aria-pressed')).toBe('true');
    expect(getComputedStyle(on).backgroundColor).not.toBe(getComputedStyle(off).backgroundColor);
    expect(getComputedStyle(on).color).not.toBe(getComputedStyle(on).backgroundColor);
  });

  it('forced colours: the border and sea-route hit areas stay transparent; Russia and NATO keep their patterns', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    const el = await mount({}, 1280);
    for (const sel of ['.region--border', '.region--sea-area'])
      expect(getComputedStyle($(el, sel)!).stroke).toMatch(/transparent|rgba\(0, 0, 0, 0\)/);
    const fill = (sel: string) => getComputedStyle($(el, sel)!).fill;
    expect(fill('path.c--russia')).toMatch(/url\(.*-russia/);
    expect(fill('path.c--nato')).toMatch(/url\(.*-nato/);
    expect(fill('.legend .c--russia')).toMatch(/url\(.*-russia/);
    expect(
      new Set([fill('.legend .c--ukraine'), fill('.legend .c--russia'), fill('.legend .c--nato')])
        .size,
    ).toBe(3);
    expect(parseFloat(getComputedStyle($(el, 'path.c--ukraine')!).strokeWidth)).toBeGreaterThan(
      parseFloat(getComputedStyle($(el, 'path.c--other')!).strokeWidth),
    );
  });

  // Issue 17: Ukraine's forced-colours halo was as wide as the dashed "proposed" outline drawn
  // over it, in the same CanvasText, so the dashes' gaps were filled and the outline looked solid.
  it('forced colours: the dashed proposed outline stands out from Ukraine’s halo under it', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    const el = await mount({}, 1280);
    const outline = $$(el, '.layer:not(.off).proposed .outline').find(
      (p) => !p.classList.contains('route'),
    )!;
    expect(getComputedStyle(outline).strokeDasharray).not.toBe('none');
    const halo = parseFloat(getComputedStyle($(el, 'path.c--ukraine')!).strokeWidth);
    // The gaps show: the dashes at least twice as wide as the solid line beneath them.
    expect(parseFloat(getComputedStyle(outline).strokeWidth)).toBeGreaterThanOrEqual(2 * halo);
  });

  it.each([390, 1280])(
    'at %i px the Crimea and Baltic popovers lie fully inside the element',
    async (w) => {
      const el = await mount({ lang: 'en' }, w);
      for (const key of ['r-crimea', 'p-nato-baltic-air-policing', 'r-donbas']) {
        $<SVGGElement>(el, `[data-key="${key}"]`)!.dispatchEvent(
          new MouseEvent('click', { bubbles: true }),
        );
        await settle(el);
        const pop = popover(el)!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        expect(pop.left).toBeGreaterThanOrEqual(box.left - 0.5);
        expect(pop.right).toBeLessThanOrEqual(box.right + 0.5);
        expect(pop.top).toBeGreaterThanOrEqual(box.top - 0.5);
        expect(pop.bottom).toBeLessThanOrEqual(box.bottom + 0.5);
        if (w < 480) expect(pop.width).toBeCloseTo(box.width, 0);
        else
          expect(pop.top).toBeGreaterThanOrEqual($(el, '.map')!.getBoundingClientRect().top - 0.5);
        $<SVGGElement>(el, `[data-key="${key}"]`)!.dispatchEvent(
          new MouseEvent('click', { bubbles: true }),
        );
        await settle(el);
      }
    },
  );

  it('at 390 px the Ukraine markers are drawn smaller and lie inside Ukraine', async () => {
    const el = await mount({}, 390);
    const ukr = $<SVGPathElement>(el, 'path.c--ukraine')!;
    const marks = $$<SVGPathElement>(
      el,
      '.layer:not(.off) [data-key^="p-mnf-"]:not([data-key="p-mnf-sea"]) .mark, .layer:not(.off) [data-key="p-nato-air-policing-ukr"] .mark',
    );
    expect(marks).toHaveLength(3);
    for (const m of marks) {
      // Map coordinates of the drawn outline: the mark's own scale(), then its group's translate().
      const own = m.transform.baseVal.consolidate()?.matrix ?? new DOMMatrix();
      const at = (m.parentNode as SVGGElement).transform.baseVal.consolidate()!.matrix;
      const len = m.getTotalLength();
      for (let i = 0; i < 24; i++) {
        const p = m.getPointAtLength((len * i) / 24);
        expect(
          ukr.isPointInFill(new DOMPoint(p.x, p.y).matrixTransform(own).matrixTransform(at)),
        ).toBe(true);
      }
      expect(m.getBoundingClientRect().width).toBeLessThan(14);
    }
    expect(text($(el, 'svg'))).toContain('Krim');
  });

  it('print shows which scenario is on the map (and the screen does not)', async () => {
    const el = await mount({ lang: 'en', scenario: 'no-deal' });
    const line = $(el, '.print-only')!;
    expect(text(line)).toBe('Shown: no deal');
    expect(getComputedStyle(line).display).toBe('none');
    await emulate([], 'print');
    expect(getComputedStyle(line).display).not.toBe('none');
    document.documentElement.lang = 'nl';
    el.removeAttribute('lang');
    el.scenario = 'deal';
    await settle(el);
    expect(text($(el, '.print-only'))).toBe('Getoond: met deal');
  });

  it('the summary writes one sentence per layer, merges a label’s own note with the status, and dates a citation once', async () => {
    const el = await mount({ lang: 'en' });
    const summary = text(
      el.shadowRoot!.getElementById($(el, 'svg')!.getAttribute('aria-describedby')!),
    );
    expect(summary).not.toMatch(/, [A-Z]/);
    expect(summary).not.toMatch(/\) \(/);
    expect(summary).toContain('(precedent, existing)');
    $<SVGGElement>(el, '[data-key="r-crimea"]')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true }),
    );
    await settle(el);
    expect(text(popover(el))).toContain('27 March 2014)');
    expect(text(popover(el))).not.toMatch(/2014, 27 (March|maart) 2014/);
  });

  it('the sea-route swatch differs from the proposed-line swatch (dash-dot with an arrowhead) and matches the route', async () => {
    const el = await mount();
    const lines = $$<SVGLineElement>(el, '.legend .proposed .outline');
    expect(lines).toHaveLength(2);
    const [proposed, route] = lines as [SVGLineElement, SVGLineElement];
    expect(getComputedStyle(route).strokeDasharray).not.toBe(
      getComputedStyle(proposed).strokeDasharray,
    );
    expect(route.getAttribute('marker-end')).toMatch(/arrow/);
    expect(proposed.getAttribute('marker-end')).toBeNull();
    expect(getComputedStyle($(el, 'path.route')!).strokeDasharray).toBe(
      getComputedStyle(route).strokeDasharray,
    );
  });

  it('Crimea is hatched lightly over Ukraine’s colour, unlike the Donbas', async () => {
    const el = await mount({}, 1280);
    const crimea = $<SVGPathElement>(el, '.region--occupied-context')!;
    expect(getComputedStyle(crimea).fill).toMatch(/url\(.*-crimea/);
    expect(getComputedStyle($(el, '.region--withdrawal-area')!).fill).toMatch(/url\(.*-donbas/);
    expect(getComputedStyle($(el, '.pat-bg--donbas')!).fill).toBe(
      getComputedStyle($(el, 'path.c--ukraine')!).fill,
    );
  });
});

describe('<nato-presence-map> headers break only between words (issue 17)', () => {
  for (const lang of ['nl', 'en'])
    for (const width of [390, 1280])
      it(`at ${width} px in ${lang}, no title, table caption or table header breaks inside a word`, async () => {
        const el = await mount({ lang }, width);
        button(el, /tabel|table/i).click();
        await settle(el);
        const headers = $$(el, '.title, caption, th');
        expect(headers.length).toBeGreaterThan(5);
        expect(headers.flatMap(midWordBreaks)).toEqual([]);
      });
});
