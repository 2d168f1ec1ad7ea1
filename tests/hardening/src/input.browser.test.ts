// Cases 1–9 of CASES.md: bad data and attributes → a visible translated error state with
// role="status" that keeps the element's height, one console.error naming element, attribute
// and JSON path, an nv-error event, never an uncaught exception; empty input → empty state.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SUBJECTS,
  box,
  cleanup,
  dataset,
  mount,
  quietConsole,
  settle,
  shadowElements,
  shadowMarkup,
  showsError,
  statusText,
  uncaught,
} from './harness.js';

let con: ReturnType<typeof quietConsole>;
beforeEach(() => (con = quietConsole()));
afterEach(() => {
  con.restore();
  cleanup();
});

/** Mounts with `attrs`, asserting the full error contract; returns the console message. */
async function expectError(tag: string, attrs: Record<string, string>, lang: 'nl' | 'en' = 'en') {
  const events: CustomEvent[] = [];
  let el!: HTMLElement;
  const thrown = await uncaught(async () => {
    el = await mount(tag, (e) => {
      e.setAttribute('lang', lang);
      e.addEventListener('nv-error', (ev) => events.push(ev as CustomEvent));
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    });
  });
  expect(thrown).toEqual([]);
  expect(showsError(el)).toBe(true);
  expect(statusText(el)).toContain(
    lang === 'en' ? 'This graphic cannot be shown' : 'Deze graphic kan niet worden getoond',
  );
  expect(el.getBoundingClientRect().height).toBeGreaterThan(100);
  expect(con.errors()).toHaveLength(1);
  expect(con.errors()[0]).toMatch(new RegExp(`^<${tag}> `));
  expect(events).toHaveLength(1);
  expect(events[0]!.detail.element).toBe(tag);
  return con.errors()[0]!;
}

for (const { tag, enums, ids } of SUBJECTS) {
  describe(`<${tag}>`, () => {
    it('1. data that is not JSON → invalid-JSON error in both languages', async () => {
      expect(await expectError(tag, { data: '{"version":1,' })).toMatch(/data: not valid JSON/);
      cleanup();
      con.restore();
      con = quietConsole();
      await expectError(tag, { data: 'not json' }, 'nl');
    });
    it('1. JSON with NaN / Infinity tokens → invalid JSON', async () => {
      expect(await expectError(tag, { data: '{"version": NaN}' })).toMatch(/not valid JSON/);
      cleanup();
      con.restore();
      con = quietConsole();
      expect(await expectError(tag, { data: '{"version": Infinity}' })).toMatch(/not valid JSON/);
    });
    it('1. a number that overflows to Infinity → rejected with its JSON path', async () => {
      const msg = await expectError(tag, { data: '{"version":1,"rungs":[{"level":1e999}]}' });
      expect(msg).toContain('$.rungs[0].level');
    });
    it('2. a dataset missing required fields → the message lists the JSON paths', async () => {
      const broken = structuredClone(dataset) as unknown as Record<
        string,
        Record<string, unknown>[]
      >;
      delete broken.actors![0]!.name;
      delete broken.rungs![1]!.status;
      const msg = await expectError(tag, { data: JSON.stringify(broken) });
      expect(msg).toContain('$.actors[0].name');
      expect(msg).toContain('$.rungs[1].status');
    });
    it('3. an unknown enum value in data → the message lists the allowed values', async () => {
      const broken = structuredClone(dataset);
      (broken.stances[0] as { position: string }).position = 'hates';
      const msg = await expectError(tag, { data: JSON.stringify(broken) });
      expect(msg).toContain('$.stances[0].position');
      for (const p of ['supports', 'opposes', 'conditional', 'not-stated'])
        expect(msg).toContain(p);
    });
    for (const [attr, allowed] of Object.entries(enums)) {
      it(`3. ${attr}="bogus" → the message lists ${allowed.join(', ')}`, async () => {
        const msg = await expectError(tag, { [attr]: 'bogus' });
        expect(msg).toBe(`<${tag}> ${attr}: expected one of ${allowed.join(', ')}; got "bogus"`);
      });
    }
    it('3. lang="fr" → the message lists nl, en', async () => {
      const el = await mount(tag, (e) => e.setAttribute('lang', 'fr'));
      expect(showsError(el)).toBe(true);
      expect(con.errors()).toEqual([`<${tag}> lang: expected one of nl, en; got "fr"`]);
    });
    for (const [attr, valid] of Object.entries(ids)) {
      it(`4. an unknown id in ${attr} → error naming it and the valid ids`, async () => {
        const msg = await expectError(tag, { [attr]: 'no-such-id' });
        expect(msg).toContain(`${attr}`);
        expect(msg).toContain('no-such-id');
        expect(msg).toContain(valid(dataset)[0]!);
      });
    }
    it('5. duplicate ids → error naming the duplicate', async () => {
      const broken = structuredClone(dataset);
      broken.actors.push(structuredClone(broken.actors[0]!));
      const msg = await expectError(tag, { data: JSON.stringify(broken) });
      expect(msg).toContain(`Duplicate id "${dataset.actors[0]!.id}"`);
    });
    for (const empty of ['[]', 'null', '{}', '']) {
      it(`6. data=${JSON.stringify(empty)} → an empty state, not an error`, async () => {
        const el = await mount(tag, (e) => {
          e.lang = 'en';
          e.setAttribute('data', empty);
        });
        expect(showsError(el)).toBe(false);
        expect(statusText(el)).toContain('There is no data to show.');
        expect(con.errors()).toEqual([]);
      });
    }
    it('6. .data = null → an empty state', async () => {
      const el = await mount(tag, (e) => (e.data = null));
      expect(el.shadowRoot!.querySelector('.nv-empty')).not.toBeNull();
      expect(con.errors()).toEqual([]);
    });
    it('7. property, data attribute and src all set → the property wins, one warning', async () => {
      const mine = structuredClone(dataset);
      const el = await mount(tag, (e) => {
        e.data = mine;
        e.setAttribute('data', '{"version":1}');
        e.setAttribute('src', 'https://example.invalid/data.json');
      });
      await settle(el);
      expect(showsError(el)).toBe(false);
      expect(con.warnings().filter((w) => w.includes('precedence'))).toHaveLength(1);
    });
    it('8. JSON nested 10,000 deep → rejected with a message, no stack overflow', async () => {
      const deep = '{"version":1,"x":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}';
      const msg = await expectError(tag, { data: deep });
      expect(msg).toContain('nesting deeper than');
    });
    it('8. 20 MB of JSON → rejected before parsing', async () => {
      const big = '{"version":1,"x":"' + 'x'.repeat(20 * 1024 * 1024) + '"}';
      const el = await mount(tag, (e) => ((e as { dataJson?: string }).dataJson = big));
      expect(showsError(el)).toBe(true);
      expect(con.errors()[0]).toContain('the limit is');
    });
    it('9. labels of 10,000 characters, RTL, emoji and zero-width characters → no overflow, full text kept', async () => {
      const long = 'Lang'.repeat(2500);
      const odd = 'שלום عربي 🇺🇦‍🔥 zero\u200Bwidth\u200D\u2060';
      const data = structuredClone(dataset);
      data.actors[0]!.name = { nl: long, en: long };
      data.issues[0]!.label = { nl: odd, en: odd };
      data.rungs[0]!.label = { nl: long, en: long };
      // The schema caps text at 10,000 characters.
      const mixed = (odd + long).slice(0, 10_000);
      data.presence[0]!.label = { nl: mixed, en: mixed };
      // A phone-width column: the test page's viewport is 414 px wide.
      const el = await mount(
        tag,
        (e) => {
          e.lang = 'en';
          e.data = data;
        },
        box(360),
      );
      expect(showsError(el)).toBe(false);
      const rect = el.getBoundingClientRect();
      expect(rect.width).toBeLessThanOrEqual(360);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(innerWidth);
      for (const child of shadowElements(el)) {
        // Nothing draws outside the element horizontally. SVG content is clipped to its
        // viewport (inline <svg> has overflow: hidden), so only HTML boxes are checked.
        if (child instanceof SVGElement && child.localName !== 'svg') continue;
        const r = child.getBoundingClientRect();
        if (r.width === 0) continue;
        expect(r.right, child.localName).toBeLessThanOrEqual(rect.right + 1);
      }
      const text = shadowMarkup(el);
      expect(
        text.includes(long) ||
          el.shadowRoot!.querySelector(`[title="${long}"], [aria-label*="${long.slice(0, 100)}"]`),
      ).toBeTruthy();
      expect(con.errors()).toEqual([]);
    });
  });
}
