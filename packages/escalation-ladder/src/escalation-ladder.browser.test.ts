import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { dataset } from '@nato-viz/data';
import './define.js';
import type { EscalationLadder } from './escalation-ladder.js';
import { ORIENTATIONS } from './layout.js';
import { LADDER_PATHS } from './escalation-ladder.js';
import small from '../test/fixtures/small.json' with { type: 'json' };
import { syntheticLadder } from '../test/fixtures/synthetic.js';
import { midWordBreaks } from '../../../tooling/line-breaks.js';

const AGREEMENT = 'security-guarantees-agreed';

async function mount(
  attrs: Record<string, string> = {},
  width = 720,
  setup: (el: EscalationLadder) => void = () => {},
): Promise<EscalationLadder> {
  const host = document.createElement('div');
  host.className = 'host';
  host.style.width = `${width}px`;
  // The element inherits the page's font (issue 19); these tests' geometry, snapshots and the
  // ladder's first-paint height estimate were measured in the sans-serif it used to force.
  host.style.fontFamily = 'system-ui, sans-serif';
  const el = document.createElement('escalation-ladder');
  for (const [k, v] of Object.entries({ lang: 'nl', ...attrs })) el.setAttribute(k, v);
  setup(el);
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return el;
}
const root = (el: EscalationLadder) => el.shadowRoot!;
const $ = (el: EscalationLadder, sel: string) => root(el).querySelector<HTMLElement>(sel);
const $$ = (el: EscalationLadder, sel: string) => [...root(el).querySelectorAll<HTMLElement>(sel)];
const rungButton = (el: EscalationLadder, id: string) => $(el, `button[data-rung="${id}"]`)!;
const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
async function settle(el: EscalationLadder): Promise<void> {
  await frame();
  await frame();
  await el.updateComplete;
}
async function expectNoAxeViolations(el: EscalationLadder): Promise<void> {
  const r = await axe.run(el, { resultTypes: ['violations'] });
  expect(
    r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);
}
function hover(el: EscalationLadder, id: string, pointerType = 'mouse'): void {
  rungButton(el, id).dispatchEvent(
    new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType }),
  );
}

/** The box an element's outline paints, in viewport coordinates (border box + offset + width). */
function outlineBox(el: Element): DOMRect {
  const style = getComputedStyle(el);
  const grow =
    style.outlineStyle === 'none'
      ? 0
      : parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
  const r = el.getBoundingClientRect();
  return new DOMRect(r.left - grow, r.top - grow, r.width + 2 * grow, r.height + 2 * grow);
}
/**
 * The boxes from `el`'s parent up to `host` (inclusive) that clip what their descendants
 * paint: an overflow other than `visible`, paint containment, or `content-visibility: auto`.
 */
function clippingBoxes(
  el: Element,
  host: Element,
): { name: string; contains: (r: DOMRect) => boolean }[] {
  const parentOf = (node: Element): Element | null =>
    node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  const boxes = [];
  for (let node = parentOf(el); node; node = node === host ? null : parentOf(node)) {
    const style = getComputedStyle(node);
    const clips =
      style.overflowX !== 'visible' ||
      style.overflowY !== 'visible' ||
      /paint|strict|content/.test(style.contain) ||
      style.contentVisibility === 'auto';
    if (!clips) continue;
    const r = node.getBoundingClientRect();
    const contains = (b: DOMRect) =>
      b.left >= r.left - 0.5 &&
      b.top >= r.top - 0.5 &&
      b.right <= r.right + 0.5 &&
      b.bottom <= r.bottom + 0.5;
    boxes.push({
      name: `<${node.localName} class="${node.getAttribute('class') ?? ''}">`,
      contains,
    });
  }
  return boxes;
}

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  errors.mockRestore();
  document.body.replaceChildren();
});

describe('<escalation-ladder> default render', () => {
  it('draws the article’s 10 rungs as buttons in a labelled list, in reading order', async () => {
    const el = await mount();
    const list = $(el, 'ol.rungs')!;
    expect(list.getAttribute('aria-label')).toBe('Escalatieladder (10 stappen)');
    expect($$(el, 'button[part="rung"]').map((b) => b.dataset.rung)).toEqual([
      'war',
      'us-pressure',
      AGREEMENT,
      'donbas-withdrawal-ceasefire',
      'multinational-force',
      'nato-air-policing',
      'permanent-nato-presence',
      'russia-keeps-fighting',
      'no-binding-agreement',
      'permanent-war',
    ]);
    expect(text($(el, 'figcaption'))).toBe('De escalatieladder: met of zonder deal');
    expect(text($(el, '.summary'))).toMatch(/^10 stappen; 3 zijn gebeurd of aan de gang/);
  });

  it('marks the agreement of 2025-12-15 as where things stand, and gives it the Tab stop', async () => {
    const el = await mount();
    const current = $$(el, '[aria-current="step"]');
    expect(current.map((b) => b.dataset.rung)).toEqual([AGREEMENT]);
    expect(text(current[0]!.querySelector('[part="current"]'))).toBe('Hier staan we nu');
    expect($$(el, 'button[part="rung"][tabindex="0"]').map((b) => b.dataset.rung)).toEqual([
      AGREEMENT,
    ]);
  });

  it('shows each rung’s label, status, actors by name, and a derived date marked as derived', async () => {
    const el = await mount();
    const b = rungButton(el, AGREEMENT);
    expect(text(b.querySelector('.rung__label'))).toBe(
      'Akkoord over robuuste veiligheids\u00ADgaranties',
    );
    expect(text(b.querySelector('.rung__status'))).toBe('afgesproken');
    // The names' soft hyphens (U+00AD) are where a narrow line may break them (issue 17).
    expect(text(b.querySelector('.rung__actors'))).toBe(
      'president Volodymyr Zelensky, Europese leiders, bonds\u00ADkanselier Friedrich Merz en top\u00ADvertegen\u00ADwoordigers van de VS',
    );
    expect(text(b.querySelector('.rung__date'))).toBe('15 december 2025 (afgeleid)');
    expect(rungButton(el, 'war').querySelector('.rung__date')).toBeNull();
  });

  it('encodes each status by shape, line style and a word, not by colour alone', async () => {
    const el = await mount();
    const style = (id: string) => getComputedStyle(rungButton(el, id)).borderTopStyle;
    expect(style('war')).toBe('solid');
    expect(style(AGREEMENT)).toBe('double');
    expect(style('multinational-force')).toBe('dashed');
    expect(style('permanent-war')).toBe('dotted');
    expect(getComputedStyle(rungButton(el, 'permanent-nato-presence')).borderInlineStartStyle).toBe(
      'solid',
    );
    const shapes = [
      'war',
      AGREEMENT,
      'multinational-force',
      'permanent-nato-presence',
      'permanent-war',
    ].map((id) =>
      rungButton(el, id)
        .querySelector('svg.icon')!
        .innerHTML.replace(/<!--.*?-->/g, ''),
    );
    expect(new Set(shapes).size).toBe(5);
    expect($$(el, '.legend li').map(text)).toHaveLength(6);
  });

  it('draws the fork: two rails leave the last shared rung, one towards each branch', async () => {
    const el = await mount();
    const fork = $$(el, 'svg.rail')[2]!;
    expect(
      [...fork.querySelectorAll('line')].map((l) => [l.getAttribute('x1'), l.getAttribute('x2')]),
    ).toEqual([
      ['50', '25'],
      ['50', '75'],
    ]);
    const deal = rungButton(el, 'donbas-withdrawal-ceasefire').getBoundingClientRect();
    const noDeal = rungButton(el, 'russia-keeps-fighting').getBoundingClientRect();
    expect(Math.abs(deal.top - noDeal.top)).toBeLessThan(1);
    expect(deal.right).toBeLessThan(noDeal.left);
  });

  it('has no NaN anywhere and draws once it gets a size when mounted at zero width', async () => {
    const el = await mount({}, 0);
    expect(root(el).innerHTML).not.toContain('NaN');
    (el.parentElement as HTMLElement).style.width = '700px';
    await settle(el);
    expect(root(el).innerHTML).not.toContain('NaN');
    expect(rungButton(el, 'war').getBoundingClientRect().width).toBeGreaterThan(300);
  });

  it('matches the normalised DOM/SVG snapshot of the default render', async () => {
    const el = await mount();
    const normalised = root(el)
      .innerHTML.replace(/<!--[^>]*-->/g, '')
      .replace(/nv-ladder-(\w+)-\d+/g, 'nv-ladder-$1-N')
      .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
      .replace(/>\s+</g, '><')
      .replace(/\s+/g, ' ');
    expect(normalised).toMatchSnapshot();
  });
});

describe('<escalation-ladder> languages', () => {
  it('lang="en" draws English labels, actor names, statuses and dates', async () => {
    const el = await mount({ lang: 'en' });
    const b = rungButton(el, AGREEMENT);
    expect(text(b.querySelector('.rung__label'))).toBe('Agreement on robust security guarantees');
    expect(text(b.querySelector('.rung__actors'))).toContain('Chancellor Friedrich Merz');
    expect(text(b.querySelector('.rung__date'))).toBe('15 December 2025 (derived)');
    expect(text($(el, '.summary'))).toMatch(/^10 steps; 3 have happened or are under way/);
    expect(text($(el, '[part="table-toggle"]'))).toBe('Show as table');
  });

  it('follows a change of the page’s lang at run time', async () => {
    const el = await mount({}, 720, (e) => e.removeAttribute('lang'));
    el.removeAttribute('lang');
    document.documentElement.lang = 'nl';
    await settle(el);
    expect(text($(el, 'figcaption'))).toContain('escalatieladder');
    document.documentElement.lang = 'en';
    await settle(el);
    expect(text($(el, 'figcaption'))).toBe('The escalation ladder: with or without a deal');
    document.documentElement.lang = 'en';
  });
});

describe('<escalation-ladder> path and current', () => {
  for (const path of LADDER_PATHS) {
    it(`path="${path}" dims only the other branch`, async () => {
      const el = await mount({ path });
      const dimmed = $$(el, 'li.is-dimmed button').map((b) => b.dataset.rung);
      const expected = dataset.rungs
        .filter((r) => path !== 'both' && r.path !== 'both' && r.path !== path)
        .map((r) => r.id);
      expect(dimmed.sort()).toEqual(expected.sort());
      if (path !== 'both')
        expect(text($(el, 'li.is-dimmed .nv-visually-hidden'))).toBe('(niet op het gekozen pad)');
      await expectNoAxeViolations(el);
    });
  }

  it('current="permanent-war" moves the marker', async () => {
    const el = await mount({ current: 'permanent-war' });
    expect($$(el, '[aria-current="step"]').map((b) => b.dataset.rung)).toEqual(['permanent-war']);
  });
});

describe('<escalation-ladder> orientation', () => {
  for (const orientation of ORIENTATIONS) {
    it(`orientation="${orientation}" at 1400 px draws that way, axe clean`, async () => {
      const el = await mount({ orientation }, 1400);
      expect($(el, '.ladder')!.classList.contains(orientation)).toBe(true);
      expect(el.drawnOrientation).toBe(orientation);
      const war = rungButton(el, 'war').getBoundingClientRect();
      const us = rungButton(el, 'us-pressure').getBoundingClientRect();
      if (orientation === 'horizontal') expect(us.left).toBeGreaterThan(war.right);
      else expect(us.top).toBeGreaterThan(war.bottom);
      await expectNoAxeViolations(el);
    });
  }

  it('orientation="horizontal" turns vertical below 480 px and back when widened', async () => {
    const el = await mount({ orientation: 'horizontal' }, 1400);
    expect(el.drawnOrientation).toBe('horizontal');
    (el.parentElement as HTMLElement).style.width = '479px';
    await settle(el);
    expect($(el, '.ladder')!.classList.contains('vertical')).toBe(true);
    (el.parentElement as HTMLElement).style.width = '1400px';
    await settle(el);
    expect($(el, '.ladder')!.classList.contains('horizontal')).toBe(true);
  });

  for (const width of [280, 320]) {
    it(`at ${width} px nothing scrolls sideways and every rung fits`, async () => {
      const el = await mount({ orientation: 'horizontal' }, width);
      expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
      const right = el.getBoundingClientRect().right;
      for (const b of $$(el, 'button[part="rung"]'))
        expect(b.getBoundingClientRect().right).toBeLessThanOrEqual(right + 0.5);
      await expectNoAxeViolations(el);
    });
  }

  it('a 200-rung dataset at 1600 px stays vertical and within the width', async () => {
    const el = await mount(
      { orientation: 'horizontal' },
      1600,
      (e) => (e.data = syntheticLadder(200)),
    );
    expect(el.drawnOrientation).toBe('vertical');
    expect($$(el, 'button[part="rung"]')).toHaveLength(200);
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
  });
});

describe('<escalation-ladder> no layout shift', () => {
  for (const width of [390, 1280]) {
    it(`at ${width} px the height does not change after a couple of frames or after scrolling it into view`, async () => {
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.append(spacer);
      const el = await mount({}, width);
      const first = el.getBoundingClientRect().height;
      await settle(el);
      expect(el.getBoundingClientRect().height).toBe(first);
      for (const id of ['war', 'permanent-nato-presence', 'permanent-war']) {
        rungButton(el, id).scrollIntoView();
        await settle(el);
        expect(el.getBoundingClientRect().height).toBe(first);
      }
      // What is reserved before the first paint (and held by the error state) is what is drawn.
      const reserved = parseFloat(el.style.getPropertyValue('--_nv-ladder-reserve'));
      expect(Math.abs(reserved - first)).toBeLessThanOrEqual(first * 0.1);
    });
  }
});

describe("<escalation-ladder> in the page's typeface", () => {
  for (const [family, size] of [
    ['serif', '16px'],
    ['monospace', '16px'],
    ['sans-serif', '19px'],
  ] as const) {
    it(`in ${family} at ${size}, a dataset loading after the drawing keeps the drawn height, at 390 and 1280 px`, async () => {
      const fetchSpy = vi
        .spyOn(globalThis, 'fetch')
        .mockImplementation(() => new Promise<Response>(() => {}));
      try {
        for (const width of [390, 1280]) {
          const el = await mount({}, width, (e) => {
            e.style.fontFamily = family;
            e.style.setProperty('--nv-font-size', size);
          });
          await settle(el);
          const drawn = el.getBoundingClientRect().height;
          el.src = '/slow-dataset.json';
          await settle(el);
          expect($(el, '.nv-loading'), 'the loading state is shown').not.toBeNull();
          expect(
            Math.abs(el.getBoundingClientRect().height - drawn),
            `${family} ${size} at ${width} px`,
          ).toBeLessThanOrEqual(1);
          el.parentElement!.remove();
        }
      } finally {
        fetchSpy.mockRestore();
      }
    });
  }
});

describe('<escalation-ladder> narrow: stacked branches', () => {
  it('below 480 px the branches stack: shared, then the deal branch, then the no-deal branch, each under its name', async () => {
    const el = await mount({}, 390);
    const top = (id: string) => rungButton(el, id).getBoundingClientRect().top;
    const order = el.rungIds;
    for (let i = 1; i < order.length; i++)
      expect(top(order[i]!)).toBeGreaterThan(top(order[i - 1]!));
    const width = (id: string) => rungButton(el, id).getBoundingClientRect().width;
    expect(width('russia-keeps-fighting')).toBe(width('permanent-nato-presence'));
    expect(width('russia-keeps-fighting')).toBeGreaterThan(300);
    const heads = $$(el, '.head');
    expect(heads.map(text)).toEqual(['met deal', 'zonder deal']);
    expect(heads.map((h) => h.closest('[aria-hidden="true"]'))).not.toContain(null);
    expect(heads[0]!.getBoundingClientRect().bottom).toBeLessThanOrEqual(
      top('donbas-withdrawal-ceasefire'),
    );
    expect(heads[1]!.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      rungButton(el, 'permanent-nato-presence').getBoundingClientRect().bottom,
    );
    expect(heads[1]!.getBoundingClientRect().bottom).toBeLessThanOrEqual(
      top('russia-keeps-fighting'),
    );
    // No "· met deal" suffix on the rungs: the branch is named once.
    expect($$(el, '.rung__path')).toHaveLength(0);
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
    await expectNoAxeViolations(el);
  });

  it('a rung is named by its label and “(stap N van M)”; status, branch, actors and date describe it', async () => {
    const el = await mount();
    const b = rungButton(el, 'donbas-withdrawal-ceasefire');
    const named = [...b.childNodes].filter(
      (n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'),
    );
    expect(
      named
        .map((n) => n.textContent)
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('Terugtrekking uit de Donbas en staakt-het-vuren (stap 4 van 10)');
    const description = root(el).getElementById(b.getAttribute('aria-describedby')!)!;
    expect(description.getAttribute('aria-hidden')).toBe('true');
    expect(text(description)).toBe('voorgesteld met deal Oekraïne en de Verenigde Staten');
  });

  it('the legend is named once (its visible title, no second label on the list)', async () => {
    const el = await mount();
    expect($(el, '.legend ul')!.hasAttribute('aria-labelledby')).toBe(false);
    expect($$(el, '.legend *').filter((n) => text(n) === 'Legenda')).toHaveLength(1);
  });

  it('at 390 px the table numbers steps from 1 and keeps its caption in view', async () => {
    const el = await mount({}, 390);
    $(el, '[part="table-toggle"]')!.click();
    await el.updateComplete;
    const wrap = $(el, '.table-wrap')!;
    const rows = [...$(el, 'table')!.querySelectorAll('tbody tr')];
    expect(rows.map((tr) => text(tr.firstElementChild))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    const caption = $(el, 'caption')!;
    for (const left of [0, wrap.scrollWidth]) {
      wrap.scrollLeft = left;
      await frame();
      const c = caption.getBoundingClientRect();
      const w = wrap.getBoundingClientRect();
      expect(c.left).toBeGreaterThanOrEqual(w.left - 0.5);
      expect(c.right).toBeLessThanOrEqual(w.right + 0.5);
    }
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
  });
});

describe('<escalation-ladder> interaction', () => {
  it('arrow keys move focus along the branch and across; Home and End jump', async () => {
    const el = await mount();
    rungButton(el, AGREEMENT).focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(root(el).activeElement?.getAttribute('data-rung')).toBe('donbas-withdrawal-ceasefire');
    await userEvent.keyboard('{ArrowRight}');
    expect(root(el).activeElement?.getAttribute('data-rung')).toBe('russia-keeps-fighting');
    await userEvent.keyboard('{End}');
    expect(root(el).activeElement?.getAttribute('data-rung')).toBe('permanent-war');
    await userEvent.keyboard('{Home}');
    expect(root(el).activeElement?.getAttribute('data-rung')).toBe('war');
    await el.updateComplete;
    expect($$(el, 'button[part="rung"][tabindex="0"]').map((b) => b.dataset.rung)).toEqual(['war']);
  });

  it('a citation shown for keyboard focus is scrolled into view; one shown on hover is not', async () => {
    const el = await mount();
    const after = document.createElement('div');
    after.style.height = '200vh';
    document.body.append(after);
    const last = rungButton(el, 'permanent-war');
    // The rung fully visible at the bottom of the viewport: focusing it scrolls nothing, and
    // its citation, placed below it, starts off-screen.
    const place = () =>
      window.scrollBy(0, last.getBoundingClientRect().bottom - window.innerHeight + 4);
    place();
    hover(el, 'permanent-war');
    await settle(el);
    const scrolled = window.scrollY;
    expect($(el, '#card')!.getBoundingClientRect().bottom).toBeGreaterThan(window.innerHeight);
    expect(window.scrollY).toBe(scrolled);
    el.dispatchEvent(new PointerEvent('pointerleave'));
    $(el, '.ladder')!.dispatchEvent(new PointerEvent('pointerleave'));
    await settle(el);
    place();
    last.focus();
    await settle(el);
    const card = $(el, '#card')!.getBoundingClientRect();
    expect(card.bottom).toBeLessThanOrEqual(window.innerHeight + 0.5);
    expect(card.top).toBeGreaterThanOrEqual(-0.5);
    const rung = last.getBoundingClientRect();
    expect(rung.bottom).toBeGreaterThan(0);
    after.remove();
    window.scrollTo(0, 0);
  });

  it('a long ladder (> 40 rungs) lays out off-screen rungs lazily (content-visibility: auto); the article’s ladder lays out every rung', async () => {
    const short = await mount();
    expect($$(short, 'li.rung').map((li) => getComputedStyle(li).contentVisibility)).toEqual(
      new Array(10).fill('visible'),
    );
    const el = await mount({}, 720, (e) => (e.data = syntheticLadder(60)));
    expect(getComputedStyle(rungButton(el, 'rung-59').parentElement!).contentVisibility).toBe(
      'auto',
    );
  });

  for (const [name, rungs] of [
    ['the article’s ladder', 0],
    ['a 60-rung ladder', 60],
  ] as const) {
    it(`in ${name} the focus ring and the current marker are not clipped by any box around them`, async () => {
      const el = await mount({}, 720, (e) => {
        if (rungs) e.data = syntheticLadder(rungs);
      });
      // Keyboard focus (so :focus-visible draws the ring) on the first rung, then the next.
      const first = $$(el, 'button[part="rung"]')[0]!;
      first.focus();
      await userEvent.keyboard('{ArrowDown}');
      await el.updateComplete;
      const focused = root(el).activeElement as HTMLElement;
      expect(focused).not.toBe(first);
      const current = $(el, 'li.is-current button')!;
      for (const button of [focused, current]) {
        const ring = outlineBox(button);
        expect(ring.width, `${button.id} draws an outline`).toBeGreaterThan(
          button.getBoundingClientRect().width,
        );
        for (const clip of clippingBoxes(button, el)) {
          expect(clip.contains(ring), `${button.id}'s outline inside ${clip.name}`).toBe(true);
        }
      }
    });
  }

  it('the focus ring differs from the current marker: dashed, in the text colour', async () => {
    const el = await mount();
    const current = getComputedStyle(rungButton(el, AGREEMENT));
    expect(current.outlineStyle).toBe('solid');
    rungButton(el, 'war').focus();
    await userEvent.keyboard('{ArrowDown}');
    const focused = getComputedStyle(rungButton(el, 'us-pressure'));
    expect(focused.outlineStyle).toBe('dashed');
    expect(focused.outlineColor).toBe(getComputedStyle(rungButton(el, 'war')).color);
    expect(focused.outlineColor).not.toBe(current.outlineColor);
  });

  it('keyboard focus shows the rung’s citation: Dutch quote in <q lang="nl"> and the paragraph', async () => {
    const el = await mount();
    rungButton(el, 'war').focus();
    await el.updateComplete;
    const card = $(el, '[part="citation"]')!;
    expect(text(card.querySelector('q[lang="nl"]'))).toBe(
      'Rusland voert inmiddels al bijna vier jaar oorlog tegen Oekraïne',
    );
    expect(text(card)).toContain('alinea 3');
    expect(card.querySelector('.nv-translation')).toBeNull();
    expect(rungButton(el, 'war').getAttribute('aria-describedby')!.split(' ')).toContain(card.id);
    await expectNoAxeViolations(el);
  });

  it('hover shows the citation with its English translation when lang="en"; leaving hides it', async () => {
    const el = await mount({ lang: 'en' });
    hover(el, 'nato-air-policing');
    await el.updateComplete;
    const card = $(el, '[part="citation"]')!;
    expect(text(card.querySelector('.nv-translation'))).toContain(
      'NATO aircraft would police Ukrainian airspace',
    );
    expect(text(card)).toContain('paragraph 7');
    $(el, '.ladder')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect($(el, '[part="citation"]')).toBeNull();
  });

  it('a tap (touch) selects the rung: one nv-rung-select, the card stays; Escape closes it', async () => {
    const el = await mount();
    const events: CustomEvent[] = [];
    el.addEventListener('nv-rung-select', (e) => events.push(e));
    hover(el, 'permanent-war', 'touch');
    await el.updateComplete;
    expect($(el, '[part="citation"]')).toBeNull();
    rungButton(el, 'permanent-war').click();
    await el.updateComplete;
    expect(events).toHaveLength(1);
    expect(events[0]!.detail.id).toBe('permanent-war');
    expect(events[0]!.detail.rung.status).toBe('hypothetical');
    expect(rungButton(el, 'permanent-war').getAttribute('aria-pressed')).toBe('true');
    expect($(el, '[part="citation"]')!.dataset.for).toBe('permanent-war');
    await expectNoAxeViolations(el);
    rungButton(el, 'permanent-war').click();
    await el.updateComplete;
    expect(events).toHaveLength(1);
    rungButton(el, 'permanent-war').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect($(el, '[part="citation"]')).toBeNull();
  });

  it('Enter on a focused rung selects it with one event; bubbles out of the shadow root', async () => {
    const el = await mount();
    const seen = vi.fn();
    document.body.addEventListener('nv-rung-select', seen);
    rungButton(el, 'us-pressure').focus();
    await userEvent.keyboard('{Enter}');
    expect(seen).toHaveBeenCalledTimes(1);
    document.body.removeEventListener('nv-rung-select', seen);
  });

  it('a new dataset without the rung that held the Tab stop gives it to its own current rung', async () => {
    const el = await mount();
    rungButton(el, 'permanent-war').click();
    await el.updateComplete;
    expect($$(el, 'button[part="rung"][tabindex="0"]').map((b) => b.dataset.rung)).toEqual([
      'permanent-war',
    ]);
    el.data = small;
    await el.updateComplete;
    expect($$(el, 'button[part="rung"][tabindex="0"]').map((b) => b.dataset.rung)).toEqual(['war']);
  });

  it('setting current, path, orientation or data fires no nv-rung-select', async () => {
    const el = await mount();
    const seen = vi.fn();
    el.addEventListener('nv-rung-select', seen);
    el.current = 'war';
    el.path = 'deal';
    el.orientation = 'horizontal';
    el.data = small;
    await el.updateComplete;
    expect(seen).not.toHaveBeenCalled();
  });
});

/** Whether two boxes overlap by more than half a pixel each way. */
const overlaps = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
/** The rungs and branch names a box covers, by rung id or name. */
const coveredBy = (el: EscalationLadder, box: DOMRect, except: string) =>
  $$(el, 'button[part="rung"], .head')
    .filter(
      (other) => other.dataset.rung !== except && overlaps(box, other.getBoundingClientRect()),
    )
    .map((other) => other.dataset.rung ?? text(other));

describe('<escalation-ladder> a pinned citation covers nothing (issue 17)', () => {
  for (const width of [390, 1280])
    for (const lang of ['nl', 'en'])
      it(`at ${width} px in ${lang}, the citation pinned on each rung opens under it, within its width, and covers no other rung or branch name`, async () => {
        const el = await mount({ lang }, width);
        expect(el.drawnOrientation).toBe('vertical');
        for (const id of el.rungIds) {
          rungButton(el, id).click();
          await settle(el);
          const card = $(el, `[part="citation"][data-for="${id}"]`);
          expect(card, id).not.toBeNull();
          const box = card!.getBoundingClientRect();
          const rung = rungButton(el, id).getBoundingClientRect();
          expect(box.top, id).toBeGreaterThanOrEqual(rung.bottom);
          expect(box.left, id).toBeGreaterThanOrEqual(rung.left - 0.5);
          expect(box.right, id).toBeLessThanOrEqual(rung.right + 0.5);
          expect(coveredBy(el, box, id), `the citation pinned on ${id}`).toEqual([]);
        }
      });

  it('on a horizontal ladder the pinned citation opens in a row below the lanes and covers no rung', async () => {
    const el = await mount({ orientation: 'horizontal' }, 1280);
    expect(el.drawnOrientation).toBe('horizontal');
    for (const id of el.rungIds) {
      rungButton(el, id).click();
      await settle(el);
      const box = $(el, `[part="citation"][data-for="${id}"]`)!.getBoundingClientRect();
      const lanes = $$(el, 'button[part="rung"]').map((b) => b.getBoundingClientRect());
      expect(box.top, id).toBeGreaterThanOrEqual(Math.max(...lanes.map((r) => r.bottom)));
      expect(coveredBy(el, box, id), id).toEqual([]);
      // It names its rung first, which the pressed rung marks.
      expect(text($(el, '#pinned strong')), id).toBe(text($(el, `#rung-${id} .rung__label`)));
    }
  });

  it('the rails run on beside the pinned citation: the other branch keeps its line', async () => {
    const el = await mount({}, 1280);
    rungButton(el, 'donbas-withdrawal-ceasefire').click();
    await settle(el);
    const card = $(el, '#pinned')!.getBoundingClientRect();
    // The rails through the gap the citation is in: both branches, straight on, as tall as the gap.
    const rail = $$(el, 'svg.rail').find((svg) => {
      const r = svg.getBoundingClientRect();
      return r.top <= card.top && r.bottom >= card.bottom;
    });
    expect(rail).toBeDefined();
    expect(
      [...rail!.querySelectorAll('line')].map((l) => [l.getAttribute('x1'), l.getAttribute('x2')]),
    ).toEqual([
      ['25', '25'],
      ['75', '75'],
    ]);
    // The next rung of the other branch starts where that rail ends.
    const next = rungButton(el, 'no-binding-agreement').getBoundingClientRect();
    expect(Math.abs(next.top - rail!.getBoundingClientRect().bottom)).toBeLessThan(1);
  });

  it('keyboard: Enter pins the citation as the rung’s description; moving on shows the next one over the ladder; Escape closes both and the focus stays', async () => {
    const el = await mount();
    const events = vi.fn();
    el.addEventListener('nv-rung-select', events);
    rungButton(el, 'us-pressure').focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    const button = rungButton(el, 'us-pressure');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect($(el, '#pinned')!.dataset.for).toBe('us-pressure');
    // One citation for the rung: none over the ladder as well.
    expect($(el, '#card')).toBeNull();
    expect(button.getAttribute('aria-describedby')!.split(' ')).toEqual([
      'm-us-pressure',
      'pinned',
    ]);
    expect(events).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(el);
    await userEvent.keyboard('{ArrowDown}');
    await settle(el);
    expect(root(el).activeElement?.getAttribute('data-rung')).toBe(AGREEMENT);
    expect($(el, '#card')!.dataset.for).toBe(AGREEMENT);
    expect($(el, '#pinned')!.dataset.for).toBe('us-pressure');
    expect(rungButton(el, AGREEMENT).getAttribute('aria-describedby')!.split(' ')).toEqual([
      `m-${AGREEMENT}`,
      'card',
    ]);
    await expectNoAxeViolations(el);
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect($(el, '[part="citation"]')).toBeNull();
    expect(root(el).activeElement?.getAttribute('data-rung')).toBe(AGREEMENT);
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('hovering another rung shows its citation over the ladder; the pinned one stays and nothing moves', async () => {
    const el = await mount({}, 1280);
    rungButton(el, 'war').click();
    await settle(el);
    const next = rungButton(el, 'us-pressure').getBoundingClientRect().top;
    hover(el, 'permanent-war');
    await settle(el);
    expect($(el, '#card')!.dataset.for).toBe('permanent-war');
    expect($(el, '#pinned')!.dataset.for).toBe('war');
    expect(rungButton(el, 'us-pressure').getBoundingClientRect().top).toBe(next);
    $(el, '.ladder')!.dispatchEvent(new PointerEvent('pointerleave'));
    await settle(el);
    expect($(el, '#card')).toBeNull();
    expect($(el, '#pinned')!.dataset.for).toBe('war');
  });

  it('axe clean with a citation pinned, at 390 and 1280 px, light and dark', async () => {
    for (const [width, theme] of [
      [390, 'light'],
      [1280, 'dark'],
    ] as const) {
      const el = await mount({ theme }, width);
      rungButton(el, AGREEMENT).click();
      await settle(el);
      expect($(el, '#pinned')).not.toBeNull();
      await expectNoAxeViolations(el);
      // The next one in its place, near the viewport (it would wait below this tall one).
      el.parentElement!.remove();
    }
  });
});

describe('<escalation-ladder> headers break only between words (issue 17)', () => {
  const cases: [number, Record<string, string>][] = [
    [390, {}],
    [720, {}],
    [1280, {}],
    [1280, { orientation: 'horizontal' }],
  ];
  for (const lang of ['nl', 'en'])
    for (const [width, attrs] of cases)
      // A horizontal step (~150 px) is narrower than "veiligheidsgaranties" in bold: the
      // dataset's label carries a soft hyphen (data/dataset/rungs.mjs), so it breaks there.
      it(`at ${width} px${attrs.orientation ? ' horizontal' : ''} in ${lang}, no caption, branch name, rung label, legend title or table header breaks inside a word`, async () => {
        const el = await mount({ lang, ...attrs }, width);
        $(el, '.nv-table-toggle')!.click();
        await settle(el);
        const headers = $$(el, '.caption, .head, .rung__label, .legend__title, caption, th');
        expect(headers.length).toBeGreaterThan(20);
        expect(headers.flatMap(midWordBreaks)).toEqual([]);
      });
});

describe('<escalation-ladder> table, legend, slots', () => {
  it('"show as table" opens a real table with a row per rung, each with its citation', async () => {
    const el = await mount({ lang: 'en' });
    const toggle = $(el, '[part="table-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const table = $(el, 'table')!;
    expect(text(table.querySelector('caption'))).toContain('rungs of the escalation ladder');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(10);
    expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(10);
    const row = [...table.querySelectorAll('tbody tr')].find((tr) =>
      text(tr).includes('Agreement on robust'),
    )!;
    expect(text(row)).toContain('15 December 2025 (derived)');
    expect(row.querySelector('q[lang="nl"]')).not.toBeNull();
    expect(text(row)).toContain('paragraph 4');
    await expectNoAxeViolations(el);
  });

  it('no-legend and no-table remove the legend and the table button', async () => {
    const el = await mount({ 'no-legend': '', 'no-table': '' });
    expect($(el, '[part="legend"]')).toBeNull();
    expect($(el, '[part="table-toggle"]')).toBeNull();
  });

  it('caption and source slots replace the defaults', async () => {
    const el = await mount({}, 720, (e) => {
      const c = document.createElement('span');
      c.slot = 'caption';
      c.textContent = 'Eigen titel';
      e.append(c);
    });
    const slot = $(el, 'slot[name="caption"]') as HTMLSlotElement;
    expect(slot.assignedNodes().map((n) => n.textContent)).toEqual(['Eigen titel']);
    expect(text($(el, '[part="source"]'))).toBe('Bron: analyse van 17 december 2025.');
  });

  it('theme="dark" draws in the dark scheme, axe clean', async () => {
    const el = await mount({ theme: 'dark' });
    expect($(el, '[part~="base"]')!.classList.contains('scheme-dark')).toBe(true);
    await expectNoAxeViolations(el);
  });

  it('the default render is axe clean', async () => {
    await expectNoAxeViolations(await mount());
  });
});

describe('<escalation-ladder> data, empty and error states', () => {
  it('.data replaces the dataset (custom, validated)', async () => {
    const el = await mount({}, 720, (e) => (e.data = small));
    expect($$(el, 'button[part="rung"]').map((b) => b.dataset.rung)).toEqual([
      'war',
      'air-policing',
      'fight-on',
    ]);
    // No dated rung: where things stand is the highest one that has happened.
    expect($$(el, '[aria-current="step"]').map((b) => b.dataset.rung)).toEqual(['war']);
  });

  it('a dataset without rungs shows the empty state, axe clean', async () => {
    const el = await mount({}, 720, (e) => (e.data = { version: 1, rungs: [] }));
    expect(text($(el, '.nv-empty[role="status"]'))).toBe('Er zijn geen gegevens om te tonen.');
    expect(errors).not.toHaveBeenCalled();
    await expectNoAxeViolations(el);
  });

  const cases: [string, Record<string, string>, (el: EscalationLadder) => void, RegExp, RegExp][] =
    [
      [
        'orientation="diagonal"',
        { orientation: 'diagonal' },
        () => {},
        /“orientation”/,
        /orientation: expected one of vertical, horizontal; got "diagonal"/,
      ],
      [
        'path="maybe"',
        { path: 'maybe' },
        () => {},
        /“path”/,
        /path: expected one of both, deal, no-deal; got "maybe"/,
      ],
      [
        'current="nope"',
        { current: 'nope' },
        () => {},
        /“current” noemt een onbekende id/,
        /current: no rung has the id "nope"; valid ids: war, us-pressure, security-guarantees-agreed/,
      ],
      ['data="{oops"', { data: '{oops' }, () => {}, /geen geldige JSON/, /data: not valid JSON/],
      [
        'a dataset that fails the schema',
        {},
        (e) => (e.data = { version: 1, rungs: [{ id: 'X' }] }),
        /kloppen niet met het schema/,
        /\$\.rungs\[0\]/,
      ],
    ];
  for (const [name, attrs, setup, visible, logged] of cases) {
    it(`${name} shows a translated error (role="status") and logs one console.error`, async () => {
      const el = await mount(attrs, 720, setup);
      await el.updateComplete;
      const status = $(el, '[part="error"][role="status"]')!;
      expect(text(status)).toMatch(visible);
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]![0])).toMatch(/^<escalation-ladder> /);
      expect(String(errors.mock.calls[0]![0])).toMatch(logged);
      // The error state keeps the height reserved from the data.
      expect($(el, '[part~="base"]')!.getBoundingClientRect().height).toBeGreaterThan(300);
      await expectNoAxeViolations(el);
    });
  }

  it('recovers from an error when the attribute is fixed', async () => {
    const el = await mount({ current: 'nope' });
    el.current = 'war';
    await el.updateComplete;
    expect($(el, '[part="error"]')).toBeNull();
    expect($$(el, '[aria-current="step"]')).toHaveLength(1);
  });
});
