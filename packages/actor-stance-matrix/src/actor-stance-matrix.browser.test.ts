import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { midWordBreaks } from '../../../tooling/line-breaks.js';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { dataset } from '@nato-viz/data';
import './define.js';
import type { ActorStanceMatrix } from './actor-stance-matrix.js';
import type { CellSelectDetail } from './actor-stance-matrix.js';
import { SORTS } from './order.js';
import { articleFixture } from '../test/fixtures/article.js';
import { syntheticMatrix } from '../test/fixtures/synthetic.js';

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  document.documentElement.lang = 'en';
});
afterEach(() => {
  errors.mockRestore();
  document.body.replaceChildren();
});

/** Pass as `data` to mount without a `.data` property (the built-in dataset, or the `data` attribute). */
const NO_DATA = Symbol('no data');

/** Mounts `<actor-stance-matrix>` in a container of `width` px with the given attributes and `.data`. */
async function mount(
  attrs: Record<string, string> = {},
  width = 1200,
  data: unknown = articleFixture,
): Promise<ActorStanceMatrix> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const el = document.createElement('actor-stance-matrix');
  if (data !== NO_DATA) el.data = data;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  box.append(el);
  document.body.append(box);
  await settle(el);
  return el;
}

/** Lets the ResizeObserver and any re-render run. */
async function settle(el: ActorStanceMatrix): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
}

const $ = <T extends Element = HTMLElement>(el: ActorStanceMatrix, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: ActorStanceMatrix, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(sel),
];
/** The text a reader sees: soft hyphens (U+00AD, invisible unless a line breaks there) left out. */
const text = (n: Element | null | undefined) =>
  (n?.textContent ?? '')
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const cell = (el: ActorStanceMatrix, row: number, col: number) =>
  $<HTMLButtonElement>(el, `[data-row="${row}"][data-col="${col}"]`)!;
const rowNames = (el: ActorStanceMatrix) => $$(el, 'tbody th[scope="row"]').map(text);
const focused = (el: ActorStanceMatrix) => el.shadowRoot!.activeElement as HTMLElement | null;

async function axeClean(el: ActorStanceMatrix): Promise<void> {
  const r = await axe.run(el, { resultTypes: ['violations'] });
  expect(
    r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);
}

/** What an element's ::before or ::after shows (`"✕" / ""`: the glyph, and no alternative text), or `none`. */
const generated = (el: Element, pseudo: '::before' | '::after') =>
  getComputedStyle(el, pseudo).content.replace(/^"(.*)" \/ ""$/, '$1');

/** The glyph a grid cell shows: its button's generated content. */
const glyph = (btn: Element) => generated(btn, '::before');

/** A cell button's accessible name (its `aria-label`; the glyph and letter inside are aria-hidden). */
function spoken(btn: Element): string {
  return btn.getAttribute('aria-label') ?? '';
}

/** What a screen reader says for a grid cell: row header, column header, content. */
function announced(el: ActorStanceMatrix, row: number, col: number): string {
  const btn = cell(el, row, col);
  const td = btn.closest('td')!;
  const tr = td.closest('tr')!;
  const rowHeader = text(tr.querySelector('th'));
  const colHeader = text($$(el, 'thead th')[td.cellIndex]?.querySelector('.issue-label'));
  return `${rowHeader}, ${colHeader}: ${spoken(btn)}`;
}

describe('<actor-stance-matrix> rendering', () => {
  it('draws a table with an actor row header per row and an issue column header per column', async () => {
    const el = await mount();
    expect($(el, 'table[role="grid"]')).not.toBeNull();
    expect(rowNames(el)).toEqual([
      'Russia',
      'Putin',
      'Ukraine',
      'the United States',
      'European leaders',
    ]);
    expect($$(el, 'thead th[scope="col"] .issue-label').map(text)).toHaveLength(8);
    expect($$(el, 'tbody td')).toHaveLength(40);
  });

  it('announces “Russia, NATO air policing over Ukraine: opposes” with the basis after it', async () => {
    const el = await mount();
    expect(announced(el, 0, 4)).toBe(
      'Russia, NATO air policing over Ukraine: opposes (article’s analysis)',
    );
    expect(announced(el, 1, 0)).toBe('Putin, Ceasefire: not stated');
  });

  it('shows a glyph, a word and a basis letter in each stated cell — never colour alone', async () => {
    const el = await mount();
    const btn = cell(el, 0, 4);
    expect(glyph(btn)).toBe('✕');
    expect(text(btn.querySelector('.label'))).toBe('opposes');
    expect(generated(btn, '::after')).toBe('A');
    expect(btn.closest('td')!.classList.contains('pos-opposes')).toBe(true);
    // Glyph and letter are generated content: the button's text is the word alone, its name the aria-label.
    expect(text(btn)).toBe('opposes');
    expect(generated(cell(el, 1, 0), '::after')).toBe('none');
    const glyphs = new Set($$(el, '.grid .cell:not(.pos-not-stated) .cell-btn').map(glyph));
    expect(glyphs).toEqual(new Set(['✓', '✕', '◐']));
  });

  // Changed on purpose (issue 17): 79 of the article's 104 cells are silent; a dashed circle and
  // a dash in each drowned the 25 stated positions.
  it('draws a not-stated cell quiet: no glyph and no visible word, yet named and explained for screen readers', async () => {
    const el = await mount();
    const btn = cell(el, 1, 0);
    expect(btn.closest('td')!.classList.contains('pos-not-stated')).toBe(true);
    expect(glyph(btn)).toBe('none');
    expect(spoken(btn)).toBe('not stated');
    const label = btn.querySelector<HTMLElement>('.label')!;
    expect(text(label)).toBe('not stated');
    // Visually hidden, not display: none: it stays in the text a reader copies and in the accessibility tree.
    expect(label.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(getComputedStyle(label).display).not.toBe('none');
    // A stated cell is tinted with its colour; a silent one is not.
    expect(getComputedStyle(cell(el, 0, 4).closest('td')!).backgroundImage).toMatch(/gradient/);
    expect(getComputedStyle(btn.closest('td')!).backgroundImage).toBe('none');
    btn.click();
    await settle(el);
    expect(text($(el, '.popover'))).toContain('The article says nothing');
    await axeClean(el);
  });

  it('summarises the grid in text', async () => {
    const el = await mount();
    expect(text($(el, '.summary'))).toBe(
      '5 actors × 8 issues: 16 positions (9 supports, 5 opposes, and 2 conditional); on 24 pairs the article says nothing. ' +
        'Opposed: Russia (4 issues), Putin (1 issue). In support: the United States (5 issues), European leaders (2 issues), Russia (1 issue), Ukraine (1 issue). ' +
        'Conditional: Ukraine (1 issue), the United States (1 issue).',
    );
  });

  it('names the pattern of the built-in dataset in Dutch: who opposes, who supports, most issues first', async () => {
    const el = await mount({ lang: 'nl' }, 1400, NO_DATA);
    expect(text($(el, '.summary'))).toContain(
      'Tegen: Rusland (4 kwesties), Poetin (4 kwesties). Voor: de Verenigde Staten (5 kwesties), president Volodymyr Zelensky (2 kwesties),',
    );
    expect(text($(el, '.summary'))).toMatch(
      /Onder voorwaarden: de Verenigde Staten \(1 kwestie\)\.$/,
    );
  });

  it('draws the built-in dataset by default', async () => {
    const el = await mount({}, 1400, NO_DATA);
    expect(rowNames(el)).toEqual(dataset.actors.map((a) => a.name.en.replace(/\u00AD/g, '')));
    expect($$(el, 'tbody td')).toHaveLength(dataset.actors.length * dataset.issues.length);
  });

  it('renders text from data as text, never as markup', async () => {
    const hostile = structuredClone(articleFixture);
    hostile.actors[0]!.name.en = '<img src=x onerror=alert(1)>';
    const el = await mount({}, 1200, hostile);
    expect(rowNames(el)[0]).toBe('<img src=x onerror=alert(1)>');
    expect($(el, 'img')).toBeNull();
  });

  it('has a legend with the four positions and three bases, and no-legend hides it', async () => {
    const el = await mount();
    expect($$(el, '.legend li')).toHaveLength(7);
    el.noLegend = true;
    await el.updateComplete;
    expect($(el, '.legend')).toBeNull();
  });

  it('draws glyph and basis letter as generated content with an empty alternative text in legend, cards and popover', async () => {
    const el = await mount({ lang: 'nl' }, 360);
    const legend = $$(el, '.legend li');
    // The alternative text '' keeps them out of the accessible text, as aria-hidden did for the old spans.
    expect(legend.map((li) => getComputedStyle(li, '::before').content)).toEqual([
      '"✓" / ""',
      '"✕" / ""',
      '"◐" / ""',
      '""',
      '"U" / ""',
      '"B" / ""',
      '"A" / ""',
    ]);
    expect(text(legend[3]!)).toBe('niet vermeld (lege cel)');
    expect(text(legend[4]!)).toBe('uitgesproken: de actor zegt het zelf');
    const card = $(el, '.card-cell:not(.card-silent).basis-stated .val')!;
    expect(glyph(card)).not.toBe('none');
    expect(generated(card, '::after')).toBe('U');
    expect(glyph($(el, '.card-silent')!)).toBe('none');
    (card.closest('.cell-btn') as HTMLElement).click();
    await settle(el);
    expect(glyph($(el, '.pop-stance')!)).toBe(glyph(card));
    expect(generated($(el, '.pop-stance')!, '::after')).toBe('none');
  });

  it('has default caption and source slots that a page can fill', async () => {
    const el = await mount();
    expect(text($(el, '.title'))).toBe('Who stands where on the Ukraine deal');
    expect(text($(el, '.source'))).toBe('Source: article of 17 December 2025');
    const cap = document.createElement('span');
    cap.slot = 'caption';
    cap.textContent = 'Custom title';
    el.append(cap);
    await el.updateComplete;
    const slot = $<HTMLSlotElement>(el, 'slot[name="caption"]')!;
    expect(slot.assignedElements()).toEqual([cap]);
  });

  it('is axe-clean by default', async () => {
    await axeClean(await mount());
  });

  it('is axe-clean in the dark theme', async () => {
    await axeClean(await mount({ theme: 'dark' }));
  });
});

describe('<actor-stance-matrix> snapshot', () => {
  it('the default render, normalised, matches the snapshot', async () => {
    const el = await mount();
    // Structure and text of the grid: headers, cell classes, names and tab stops (no ids, no Lit markers).
    const table = $(el, 'table')!;
    const lines = [...table.querySelectorAll('tr')].map((tr) =>
      [...tr.children]
        .map((c) => {
          const btn = c.querySelector('button');
          const name = btn?.getAttribute('aria-label') ?? text(c);
          const sort = c.getAttribute('aria-sort');
          return `${c.localName}${c.className ? '.' + c.className.trim().replace(/\s+/g, '.') : ''}${sort ? `[${sort}]` : ''}${btn && btn.tabIndex === 0 ? '*' : ''} ${name}`;
        })
        .join(' | '),
    );
    expect(lines.join('\n')).toMatchSnapshot();
  });
});

describe('<actor-stance-matrix> languages', () => {
  it('speaks Dutch with lang="nl"', async () => {
    const el = await mount({ lang: 'nl' });
    expect(announced(el, 0, 4)).toBe(
      'Rusland, NAVO-luchtbewaking boven Oekraïne: verzet zich (analyse van het artikel)',
    );
    expect(text($(el, '.title'))).toBe('Wie staat waar in de deal voor Oekraïne');
    expect(text($(el, '.source'))).toBe('Bron: artikel van 17 december 2025');
  });

  it('follows a change of the page’s lang at run time', async () => {
    document.documentElement.lang = 'nl';
    const el = await mount();
    expect(rowNames(el)[0]).toBe('Rusland');
    document.documentElement.lang = 'en';
    await settle(el);
    expect(rowNames(el)[0]).toBe('Russia');
  });

  it('is axe-clean in Dutch', async () => {
    await axeClean(await mount({ lang: 'nl' }));
  });
});

describe('<actor-stance-matrix> keyboard grid navigation', () => {
  it('has one Tab stop: the first cell', async () => {
    const el = await mount();
    const stops = $$<HTMLButtonElement>(el, 'button[data-row]').filter((b) => b.tabIndex === 0);
    expect(stops).toEqual([cell(el, 0, 0)]);
  });

  it('moves with the arrow keys, Home/End and Ctrl+Home/End, carrying the Tab stop', async () => {
    const el = await mount();
    cell(el, 0, 0).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    await el.updateComplete;
    expect(focused(el)).toBe(cell(el, 1, 2));
    expect(cell(el, 1, 2).tabIndex).toBe(0);
    expect(cell(el, 0, 0).tabIndex).toBe(-1);
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(focused(el)).toBe(cell(el, 1, 7));
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    expect(focused(el)).toBe(cell(el, 1, 0));
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await el.updateComplete;
    expect(focused(el)).toBe(cell(el, 4, 7));
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    await el.updateComplete;
    expect(focused(el)).toBe(cell(el, 0, 0));
  });

  it('ArrowUp from the first row reaches the column header’s sort button', async () => {
    const el = await mount();
    cell(el, 0, 3).focus();
    await userEvent.keyboard('{ArrowUp}');
    await el.updateComplete;
    expect(focused(el)).toBe(cell(el, -1, 3));
    expect(focused(el)!.classList.contains('sort-btn')).toBe(true);
  });

  it('highlights the focused cell’s row and column, and stops when focus leaves', async () => {
    const el = await mount();
    cell(el, 2, 4).focus();
    await el.updateComplete;
    const highlighted = $$(el, '.highlight');
    expect(highlighted).toContain(cell(el, 2, 0).closest('td'));
    expect(highlighted).toContain(cell(el, 0, 4).closest('td'));
    expect(highlighted).toContain($$(el, 'tbody th[scope="row"]')[2]);
    expect(highlighted).toContain($$(el, 'thead th')[5]);
    expect(highlighted).not.toContain(cell(el, 0, 0).closest('td'));
    cell(el, 2, 4).blur();
    await el.updateComplete;
    expect($$(el, '.highlight')).toEqual([]);
  });
});

describe('<actor-stance-matrix> citation popover', () => {
  it('Enter opens the cell’s citation with the Dutch quote, the translation in English and the paragraph', async () => {
    const el = await mount();
    cell(el, 0, 4).focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    const pop = $(el, '[role="dialog"]')!;
    expect(pop).not.toBeNull();
    expect(focused(el)).toBe(pop);
    expect(text(pop.querySelector('.pop-title'))).toBe('Russia — NATO air policing over Ukraine');
    const q = pop.querySelector('q')!;
    expect(q.lang).toBe('nl');
    expect(text(q)).toContain('Juist dat scenario');
    expect(text(pop.querySelector('.nv-translation'))).toContain('Precisely that scenario');
    expect(text(pop.querySelector('.nv-paragraph'))).toBe('— paragraph 9');
    expect(cell(el, 0, 4).getAttribute('aria-expanded')).toBe('true');
  });

  it('shows no translation in Dutch', async () => {
    const el = await mount({ lang: 'nl' });
    cell(el, 0, 4).click();
    await settle(el);
    expect($(el, '.popover q')).not.toBeNull();
    expect($(el, '.popover .nv-translation')).toBeNull();
    expect(text($(el, '.popover .nv-paragraph'))).toBe('— alinea 9');
  });

  it('says the article is silent on a not-stated cell', async () => {
    const el = await mount();
    cell(el, 1, 0).click();
    await settle(el);
    expect(text($(el, '.popover'))).toContain(
      'The article says nothing about where Putin stands on “Ceasefire”.',
    );
    expect($(el, '.popover q')).toBeNull();
  });

  it('Escape closes it and returns focus to the cell', async () => {
    const el = await mount();
    cell(el, 3, 5).focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect($(el, '.popover')).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect($(el, '.popover')).toBeNull();
    expect(focused(el)).toBe(cell(el, 3, 5));
    expect(cell(el, 3, 5).getAttribute('aria-expanded')).toBe('false');
  });

  it('Space opens it too; the close button closes it and returns focus', async () => {
    const el = await mount();
    cell(el, 2, 2).focus();
    await userEvent.keyboard(' ');
    await settle(el);
    expect($(el, '.popover')).not.toBeNull();
    $<HTMLButtonElement>(el, '.popover .close')!.click();
    await settle(el);
    expect($(el, '.popover')).toBeNull();
    expect(focused(el)).toBe(cell(el, 2, 2));
  });

  it('a tap (pointer) outside closes it', async () => {
    const el = await mount();
    cell(el, 0, 0).click();
    await settle(el);
    expect($(el, '.popover')).not.toBeNull();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(el);
    expect($(el, '.popover')).toBeNull();
  });

  it('fires nv-cell-select once per reader selection, with the cell', async () => {
    const el = await mount();
    const seen: CellSelectDetail[] = [];
    el.addEventListener('nv-cell-select', (e) => seen.push(e.detail));
    cell(el, 0, 4).click();
    await settle(el);
    expect(seen).toEqual([
      {
        actor: 'russia',
        issue: 'nato-air-policing',
        position: 'opposes',
        basis: 'article-analysis',
      },
    ]);
    cell(el, 1, 0).click();
    await settle(el);
    expect(seen[1]).toEqual({ actor: 'putin', issue: 'ceasefire', position: 'not-stated' });
    expect(seen).toHaveLength(2);
  });

  it('fires no nv-cell-select when properties are set or keys only move focus', async () => {
    const el = await mount();
    const onSelect = vi.fn();
    el.addEventListener('nv-cell-select', onSelect);
    el.sort = 'agreement';
    el.issues = 'ceasefire';
    el.data = structuredClone(articleFixture);
    await settle(el);
    cell(el, 0, 0).focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('is axe-clean with the popover open', async () => {
    const el = await mount();
    cell(el, 0, 4).click();
    await settle(el);
    await axeClean(el);
  });
});

describe('<actor-stance-matrix> sorting', () => {
  it('sort="agreement" orders actors by issues supported', async () => {
    const el = await mount({ sort: 'agreement' });
    expect(rowNames(el)).toEqual([
      'the United States',
      'European leaders',
      'Russia',
      'Ukraine',
      'Putin',
    ]);
  });

  it('every value of sort renders', async () => {
    for (const sort of SORTS) {
      const el = await mount({ sort });
      expect($(el, 'table')).not.toBeNull();
    }
  });

  it('clicking a column header sorts by that issue, ascending, descending, then off, with aria-sort', async () => {
    const el = await mount();
    const th = () => $$(el, 'thead th')[2]!; // Withdrawal from the Donbas
    expect(th().getAttribute('aria-sort')).toBe('none');
    cell(el, -1, 1).click();
    await settle(el);
    expect(th().getAttribute('aria-sort')).toBe('ascending');
    expect(rowNames(el)).toEqual([
      'Russia',
      'the United States',
      'Ukraine',
      'Putin',
      'European leaders',
    ]);
    cell(el, -1, 1).click();
    await settle(el);
    expect(th().getAttribute('aria-sort')).toBe('descending');
    expect(rowNames(el)).toEqual([
      'Ukraine',
      'Russia',
      'the United States',
      'Putin',
      'European leaders',
    ]);
    cell(el, -1, 1).click();
    await settle(el);
    expect(th().getAttribute('aria-sort')).toBe('none');
    expect(rowNames(el)[0]).toBe('Russia');
  });
});

describe('<actor-stance-matrix> subsets', () => {
  it('actors and issues show a subset in the order written', async () => {
    const el = await mount({ actors: 'russia, ukraine', issues: 'nato-air-policing,ceasefire' });
    expect(rowNames(el)).toEqual(['Russia', 'Ukraine']);
    expect($$(el, 'thead .issue-label').map(text)).toEqual([
      'NATO air policing over Ukraine',
      'Ceasefire',
    ]);
    expect(announced(el, 0, 0)).toBe(
      'Russia, NATO air policing over Ukraine: opposes (article’s analysis)',
    );
    await axeClean(el);
  });

  it('an unknown actor id is an error naming the attribute, the id and the valid ids', async () => {
    const el = await mount({ actors: 'russia,mars' });
    const err = $(el, '[role="status"].nv-error')!;
    expect(text(err)).toContain('The “actors” attribute names an unknown id.');
    expect(text(err)).toContain(
      'unknown id "mars"; valid ids: russia, putin, ukraine, united-states, european-leaders',
    );
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain(
      '<actor-stance-matrix> actors: unknown id "mars"',
    );
    await axeClean(el);
  });

  it('an unknown issue id is an error naming the issues attribute', async () => {
    const el = await mount({ issues: 'peace' });
    expect(text($(el, '.nv-error'))).toContain('The “issues” attribute names an unknown id.');
    expect(errors).toHaveBeenCalledTimes(1);
  });
});

describe('<actor-stance-matrix> error and empty states', () => {
  it('a bad sort is a visible error and one console.error', async () => {
    const el = await mount({ sort: 'alphabetical' });
    expect(text($(el, '.nv-error'))).toContain('The “sort” attribute has an invalid value.');
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain(
      'sort: expected one of data, agreement; got "alphabetical"',
    );
    await axeClean(el);
  });

  it('an unknown lang is an error', async () => {
    const el = await mount({ lang: 'fr' });
    expect($(el, '.nv-error')).not.toBeNull();
  });

  it('bad JSON in data is a visible error', async () => {
    const el = await mount({ data: '{nope' }, 1200, NO_DATA);
    expect(text($(el, '.nv-error'))).toContain('is not valid JSON');
    expect(errors).toHaveBeenCalledTimes(1);
  });

  it('a dataset that fails the schema is a visible error naming the path', async () => {
    const bad = structuredClone(articleFixture) as { stances: { position: string }[] };
    bad.stances[0]!.position = 'maybe';
    const el = await mount({}, 1200, bad);
    expect(text($(el, '.nv-error'))).toContain('does not match the schema');
    expect(text($(el, '.nv-error'))).toContain('$.stances[0].position');
    expect(errors).toHaveBeenCalledTimes(1);
    await axeClean(el);
  });

  it('an empty dataset, or one without issues, shows the empty state', async () => {
    const el = await mount({}, 1200, []);
    expect(text($(el, '.nv-empty'))).toBe('There is no data to show.');
    el.data = { version: 1, actors: articleFixture.actors };
    await settle(el);
    expect(text($(el, '.nv-empty'))).toBe('There is no data to show.');
    await axeClean(el);
  });

  it('never throws and recovers when the input is fixed', async () => {
    const el = await mount({ sort: 'x' });
    el.sort = 'data';
    await settle(el);
    expect($(el, 'table')).not.toBeNull();
  });
});

describe('<actor-stance-matrix> narrow layout', () => {
  for (const width of [280, 320]) {
    it(`at ${width} px it is a list of actor cards without horizontal scrolling`, async () => {
      const el = await mount({}, width);
      expect($(el, 'table[role="grid"]')).toBeNull();
      expect($$(el, '.card')).toHaveLength(5);
      // Changed on purpose: the silent issues of an actor share one line, each still its own control.
      expect($$(el, '.cell-btn')).toHaveLength(40);
      expect($$(el, '.card-cell:not(.card-silent)')).toHaveLength(16);
      expect($$(el, '.card-silent').length).toBeGreaterThan(0);
      const base = $(el, '.nv-base')!;
      expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
      expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
    });
  }

  it('a card cell carries the same announcement as the grid cell', async () => {
    const el = await mount({}, 320);
    expect(spoken(cell(el, 0, 4))).toBe(
      'Russia, NATO air policing over Ukraine: opposes (article’s analysis)',
    );
  });

  it('follows the element’s own width, not the viewport', async () => {
    const el = await mount({}, 1200);
    expect($(el, 'table')).not.toBeNull();
    (el.parentElement as HTMLElement).style.width = '400px';
    await settle(el);
    expect($(el, 'table')).toBeNull();
    expect($(el, '.cards')).not.toBeNull();
    (el.parentElement as HTMLElement).style.width = '1200px';
    await settle(el);
    expect($(el, 'table')).not.toBeNull();
  });

  // Changed on purpose: Up/Down follow the card's reading order (stated positions, then the
  // silent line), no longer the issue order.
  it('keeps keyboard access: arrows move through the cards in reading order, Enter opens, Escape returns', async () => {
    const el = await mount({}, 320);
    const inCard = (row: number) => $$(el, `.cell-btn[data-row="${row}"]`);
    inCard(0).at(-1)!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    const next = inCard(1)[0]!;
    expect(focused(el)).toBe(next);
    // Issue 17: the cards stand one under the other; Left/Right no longer jump between them.
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(focused(el)).toBe(next);
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    const right = next;
    expect(focused(el)).toBe(right);
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect($(el, '.popover')).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect(focused(el)).toBe(right);
  });

  it('puts the Tab stop on the first card’s first stated position until the reader picks a cell, then keeps the reader’s', async () => {
    const el = await mount({}, 320);
    const stops = () => $$(el, '.cell-btn[tabindex="0"]');
    const first = $$(el, '.card')[0]!.querySelector<HTMLElement>('.cell-btn')!;
    expect(first.localName).toBe('button');
    expect(stops()).toEqual([first]);
    const silent = $(el, '.card-silent [role="button"]')!;
    silent.focus();
    await settle(el);
    silent.blur();
    await settle(el);
    expect(stops()).toEqual([silent]);
  });

  it('lists the silent issues of an actor in one “Not stated:” line, each opening its explanation by keyboard', async () => {
    const el = await mount({}, 320);
    const line = $(el, '.card-silent')!;
    expect(text(line)).toMatch(/^Not stated: \S/);
    const silent = line.querySelector<HTMLElement>('[role="button"]')!;
    expect(silent.getAttribute('aria-label')).toMatch(/: not stated$/);
    silent.focus();
    await userEvent.keyboard(' ');
    await settle(el);
    expect(text($(el, '.popover'))).toContain('The article says nothing');
    await axeClean(el);
  });

  it('at 360 px the built-in dataset’s cards stay under 4,500 px with the silent issues collapsed (were 7,500)', async () => {
    const el = await mount({ 'all-actors': '' }, 360, NO_DATA);
    expect($(el, '.cards')).not.toBeNull();
    const silent =
      dataset.actors.length * dataset.issues.length - $$(el, '.card-cell:not(.card-silent)').length;
    expect($$(el, '.card-silent [role="button"]')).toHaveLength(silent);
    expect(el.getBoundingClientRect().height).toBeLessThan(4500);
  });

  it('sorts by an issue from the sort menu', async () => {
    const el = await mount({}, 320);
    const select = $<HTMLSelectElement>(el, '.sort select')!;
    select.value = 'descending:leave-donbas';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect($$(el, '.card-title').map(text)).toEqual([
      'Ukraine',
      'Russia',
      'the United States',
      'Putin',
      'European leaders',
    ]);
  });

  it('mounted at zero width it draws once it gets a size', async () => {
    const el = await mount({}, 0);
    expect(el.shadowRoot!.innerHTML).not.toContain('NaN');
    (el.parentElement as HTMLElement).style.width = '300px';
    await settle(el);
    expect($(el, '.cards')).not.toBeNull();
  });

  it('is axe-clean in cards, with the popover open', async () => {
    const el = await mount({}, 320);
    await axeClean(el);
    cell(el, 1, 1).click();
    await settle(el);
    await axeClean(el);
  });
});

describe('<actor-stance-matrix> compact grid', () => {
  it('in a 640 px article column the built-in dataset is a compact grid without horizontal scrolling', async () => {
    const el = await mount({ lang: 'nl' }, 640, NO_DATA);
    const table = $(el, 'table[role="grid"].compact')!;
    expect(table).not.toBeNull();
    expect($$(el, 'thead th[scope="col"]')).toHaveLength(dataset.issues.length + 1);
    const base = $(el, '.nv-base')!;
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
    expect(table.getBoundingClientRect().right).toBeLessThanOrEqual(
      el.getBoundingClientRect().right,
    );
    expect(el.getBoundingClientRect().height).toBeLessThan(2000);
  });

  it('a compact cell shows the glyph and a short word; the full word is its name and the legend explains it', async () => {
    const el = await mount({ lang: 'nl' }, 640);
    const opposes = $$(el, '.cell.pos-opposes .cell-btn')[0]!;
    expect(text(opposes.querySelector('.label'))).toBe('tegen');
    expect(glyph(opposes)).toBe('✕');
    expect(spoken(opposes)).toMatch(/^tegen: verzet zich/);
    expect($$(el, '.legend li').map(text)).toContain('verzet zich (tegen)');
    await axeClean(el);
  });

  it('turns compact and back as its width changes, the cells’ words following', async () => {
    const el = await mount({}, 1200);
    const word = () => text($(el, '.cell.pos-opposes .label'));
    expect($(el, 'table.compact')).toBeNull();
    expect(word()).toBe('opposes');
    (el.parentElement as HTMLElement).style.width = '640px';
    await settle(el);
    expect($(el, 'table.compact')).not.toBeNull();
    expect(word()).toBe('opp.');
    (el.parentElement as HTMLElement).style.width = '1200px';
    await settle(el);
    expect($(el, 'table.compact')).toBeNull();
    expect(word()).toBe('opposes');
  });

  it('a header never runs under its sort arrow: the label ends before the arrow starts', async () => {
    const el = await mount({ lang: 'nl' }, 1280, NO_DATA);
    for (const btn of $$(el, '.sort-btn')) {
      const label = btn.querySelector('.issue-label')!.getBoundingClientRect();
      const arrow = btn.querySelector('.arrow')!.getBoundingClientRect();
      const cellBox = btn.getBoundingClientRect();
      expect(label.right).toBeLessThanOrEqual(cellBox.right + 0.5);
      expect(label.right <= arrow.left + 0.5 || label.bottom <= arrow.top + 0.5).toBe(true);
    }
  });
});

describe('<actor-stance-matrix> large grids (40 × 20, at the schema limits)', () => {
  it('draws 800 named cells as a table, none skipped by content-visibility (it cost a second style and layout pass)', async () => {
    const el = await mount({}, 4400, syntheticMatrix(40, 20));
    const buttons = $$(el, '.grid .cell-btn');
    expect(buttons).toHaveLength(800);
    const drawn = (b: HTMLElement) =>
      glyph(b) !== 'none' || b.closest('td')!.classList.contains('pos-not-stated');
    expect(
      buttons.every((b) => b.getAttribute('aria-label') && drawn(b) && b.querySelector('.label')),
    ).toBe(true);
    expect(getComputedStyle(buttons[799]!).contentVisibility).toBe('visible');
    expect(announced(el, 39, 19)).toMatch(/^Actor 40, Issue 20: /);
  });

  it('lets off-screen cards and their lines skip layout, every cell still a focusable button in the accessibility tree', async () => {
    const el = await mount({}, 1200, syntheticMatrix(40, 20));
    const cards = $$(el, '.card');
    expect(cards).toHaveLength(40);
    expect(getComputedStyle(cards[39]!).contentVisibility).toBe('auto');
    expect(getComputedStyle($(el, '.card-cell')!).contentVisibility).toBe('auto');
    expect($$(el, '.cards [data-row][data-col]')).toHaveLength(800);
    cell(el, 39, 0).focus();
    expect(focused(el)).toBe(cell(el, 39, 0));
  });
});

describe('<actor-stance-matrix> groups and silent actors (issue 17)', () => {
  const GROUPS = [
    'Russia',
    'Ukraine',
    'the United States',
    'European leaders',
    'Multinational Force for Ukraine',
  ];

  it('groups the rows by side under row-group headers, each over a tbody of its own', async () => {
    const el = await mount({}, 1400, NO_DATA);
    const heads = $$(el, 'tbody th[scope="rowgroup"]');
    expect(heads.map(text)).toEqual(GROUPS);
    expect(
      heads.every((th) => Number(th.getAttribute('colspan')) === dataset.issues.length + 1),
    ).toBe(true);
    const groupOf = (name: string) =>
      text(
        $$(el, 'tbody')
          .find((b) => text(b).includes(name))!
          .querySelector('th[scope="rowgroup"]'),
      );
    expect(groupOf('Putin')).toBe('Russia');
    expect(groupOf('Chancellor Friedrich Merz')).toBe('European leaders');
    expect(groupOf('Germany')).toBe('European leaders');
    expect(groupOf('willing countries')).toBe('Multinational Force for Ukraine');
    // Every actor still has its row header; the cells' announcements are unchanged.
    expect(rowNames(el)).toEqual(dataset.actors.map((a) => a.name.en.replace(/\u00AD/g, '')));
    expect(text($(el, '.groups-note'))).toMatch(/not a statement of the article/);
    await axeClean(el);
  });

  it('groups the cards under group titles, each naming the list of its cards', async () => {
    const el = await mount({ 'all-actors': '' }, 360, NO_DATA);
    const titles = $$(el, '.group-title');
    expect(titles.map(text)).toEqual(GROUPS);
    const list = titles[0]!.nextElementSibling!;
    expect(list.getAttribute('aria-labelledby')).toBe(titles[0]!.id);
    expect($$(el, '.card-title').length).toBe(dataset.actors.length);
    await axeClean(el);
  });

  it('draws no group headings once the reader sorts the actors', async () => {
    const el = await mount({ sort: 'agreement' }, 1400, NO_DATA);
    expect($$(el, 'th[scope="rowgroup"]')).toEqual([]);
    expect($(el, '.groups-note')).toBeNull();
  });

  it('leaves out the actors with no stated position in the cards by default; all-actors shows them', async () => {
    const el = await mount({}, 360, NO_DATA);
    const silent = ['NATO', 'Multinational Force for Ukraine', 'experts'];
    const cards = () => $$(el, '.card-title').map(text);
    expect(cards()).toHaveLength(dataset.actors.length - silent.length);
    for (const name of silent) expect(cards()).not.toContain(name);
    el.allActors = true;
    await settle(el);
    expect(cards()).toHaveLength(dataset.actors.length);
    await axeClean(el);
  });

  it('hide-silent leaves them out of the table too; without it the table shows every actor', async () => {
    const el = await mount({}, 1400, NO_DATA);
    expect(rowNames(el)).toHaveLength(dataset.actors.length);
    el.hideSilent = true;
    await settle(el);
    expect(el.hasAttribute('hide-silent')).toBe(true);
    expect(rowNames(el)).not.toContain('NATO');
    expect(rowNames(el)).toHaveLength(dataset.actors.length - 3);
    expect(text($(el, '.summary'))).toMatch(/^10 actors × 8 issues: 25 positions/);
    await axeClean(el);
  });

  it('says in the cards that Up and Down move, not Left and Right', async () => {
    const el = await mount({}, 360, NO_DATA);
    const hint = text(
      el.shadowRoot!.getElementById(
        $(el, 'figure')!.getAttribute('aria-describedby')!.split(' ')[1]!,
      ),
    );
    expect(hint).toMatch(/^Up and Down arrows/);
    el.lang = 'nl';
    await settle(el);
    const nl = text(
      el.shadowRoot!.getElementById(
        $(el, 'figure')!.getAttribute('aria-describedby')!.split(' ')[1]!,
      ),
    );
    expect(nl).not.toMatch(/cel naar cel/);
  });
});

describe('<actor-stance-matrix> headers break only between words (issue 17)', () => {
  for (const lang of ['nl', 'en'])
    for (const width of [390, 640, 1280])
      it(`at ${width} px in ${lang}, no issue or actor header breaks inside a word`, async () => {
        const el = await mount({ lang, 'all-actors': '' }, width, NO_DATA);
        const headers = $$(el, '.issue-label, .row-head, .card-title, .group-head, .group-title');
        expect(headers.length).toBeGreaterThan(10);
        expect(headers.flatMap(midWordBreaks)).toEqual([]);
        // Without overflow-wrap, a word too long for its column would stick out instead: none does.
        const over = $$(el, '.col-head, .row-head').filter(
          (th) => th.scrollWidth > th.clientWidth + 1,
        );
        expect(over.map(text)).toEqual([]);
      });
});

describe('<actor-stance-matrix> accessible name', () => {
  it('the figure is named by the title alone; the summary and keyboard help describe it', async () => {
    const el = await mount();
    const fig = $(el, 'figure')!;
    const ids = (attr: string) =>
      (fig.getAttribute(attr) ?? '').split(' ').map((id) => el.shadowRoot!.getElementById(id));
    expect(ids('aria-labelledby').map(text)).toEqual(['Who stands where on the Ukraine deal']);
    expect(ids('aria-describedby')).toEqual([$(el, '.summary'), $(el, '.nv-visually-hidden')]);
  });
});

describe('<actor-stance-matrix> show as table', () => {
  it('lists every stated position with its quote, and no-table removes the toggle', async () => {
    const el = await mount();
    const toggle = $<HTMLButtonElement>(el, '.nv-table-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await settle(el);
    const rows = $$(el, '.citations tbody tr');
    expect(rows).toHaveLength(16);
    expect(text(rows[0]!.querySelector('th'))).toBe('Russia · Withdrawal from the Donbas');
    expect(rows[0]!.querySelector('q[lang="nl"]')).not.toBeNull();
    await axeClean(el);
    el.noTable = true;
    await el.updateComplete;
    expect($(el, '.nv-table-toggle')).toBeNull();
    expect($(el, '.citations')).toBeNull();
  });
});
