// The second hardening round (issue 18): F1–F13 of CASES.md. Each test failed before its fix.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '@nato-viz/data/validate';
import { withGrid, withPresence, withRungs } from '../bench/datasets.mjs';
import {
  SUBJECTS,
  box,
  cleanup,
  dataset,
  mount,
  quietConsole,
  settle,
  shadowElements,
  showsError,
  statusText,
  uncaught,
  type AnyElement,
} from './harness.js';

let con: ReturnType<typeof quietConsole>;
beforeEach(() => {
  con = quietConsole();
});
afterEach(() => {
  con.restore();
  vi.restoreAllMocks();
  cleanup();
});

const json = (body: BodyInit, init: ResponseInit = {}) =>
  new Response(body, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
  });

/** Waits until the element leaves its loading state (or `tries` × 20 ms pass). */
async function loaded(el: AnyElement, tries = 100): Promise<void> {
  for (let i = 0; i < tries && el.shadowRoot!.querySelector('.nv-loading'); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await settle(el);
  }
}

describe('F1. a page that polluted Object.prototype', () => {
  it('loads the embed bundle: all three tags define and draw, the built-in dataset and a supplied one', async () => {
    const bundle = new URL('../../../packages/embed/dist/nato-viz.js', import.meta.url).href;
    const data = new URL('../../../packages/data/dist/index.js', import.meta.url).href;
    const tags = SUBJECTS.map((s) => s.tag);
    // A page of its own: polluting this test page's prototype would break the test runner.
    // Vitest rewrites the bundle's `import('./nato-viz.supplied.js')` to go through its runner;
    // the frame gets a pass-through for that.
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '3000px';
    frame.srcdoc = `<!doctype html><html lang="en"><body><script>
      window.__vitest_browser_runner__ = { wrapDynamicImport: (load) => load() };
      window.seen = [];
      addEventListener('error', (e) => seen.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => seen.push(String(e.reason)));
      console.error = (...args) => seen.push(args.join(' '));
      // What old libraries do: an enumerable value, a function (shaped like a getter) and a
      // hidden one.
      Object.prototype.polluted = 1;
      Object.prototype.extend = function () { return this; };
      Object.defineProperty(Object.prototype, 'hidden', { value: 'x', writable: true, configurable: true });
    </script><script type="module" src="${bundle}"></script>
    ${tags.map((t) => `<${t}></${t}><${t} class="supplied"></${t}>`).join('')}
    <script type="module">
      import { dataset } from '${data}';
      for (const el of document.querySelectorAll('.supplied')) el.data = JSON.parse(JSON.stringify(dataset));
    </script></body></html>`;
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const win = frame.contentWindow as Window & { seen: string[] };
    const doc = frame.contentDocument!;
    const drawn = (el: Element) =>
      !!el.shadowRoot?.querySelector('svg *, table td, li') && !showsError(el);
    const all = () => [...doc.querySelectorAll(tags.join(','))];
    for (let i = 0; i < 200 && !all().every(drawn); i++)
      await new Promise((r) => setTimeout(r, 25));
    expect(tags.map((t) => !!win.customElements.get(t))).toEqual([true, true, true]);
    expect(
      all().map((el) => `${el.localName}${el.className ? '.' + el.className : ''}: ${drawn(el)}`),
    ).toEqual(tags.flatMap((t) => [`${t}: true`, `${t}.supplied: true`]));
    // F7's resize-loop notice is not this case's.
    expect(win.seen.filter((m) => !m.includes('ResizeObserver loop'))).toEqual([]);
  });
});

for (const { tag } of SUBJECTS) {
  describe(`<${tag}>, second round`, () => {
    it('F2. moved into an iframe and back (adoptNode), it keeps its styles', async () => {
      const el = await mount(tag);
      const styled = (e: Element) => e.shadowRoot!.adoptedStyleSheets.length;
      const sheets = styled(el);
      expect(sheets).toBeGreaterThan(0);
      const frame = document.createElement('iframe');
      frame.style.width = '700px';
      frame.style.height = '900px';
      document.body.append(frame);
      const inner = frame.contentDocument!;
      inner.body.append(inner.adoptNode(el));
      await settle(el);
      expect(styled(el)).toBe(sheets);
      // A styled element is a block of the frame's width, not an inline run of unstyled text.
      expect(frame.contentWindow!.getComputedStyle(el).display).toBe('block');
      document.body.append(document.adoptNode(el));
      await settle(el);
      expect(styled(el)).toBe(sheets);
      expect(getComputedStyle(el).display).toBe('block');
      // Nothing but the resize-loop notice of F7 is logged.
      expect(con.errors().filter((e) => !e.includes('ResizeObserver loop'))).toEqual([]);
    });

    it('F4. a hostile .data object (throwing ownKeys, throwing getters, a revoked proxy) gives the error state and one console.error', async () => {
      const revocable = Proxy.revocable({}, {});
      revocable.revoke();
      const hostile: [string, unknown][] = [
        [
          'ownKeys throws',
          new Proxy(
            {},
            {
              ownKeys: () => {
                throw new Error('ownKeys trap');
              },
            },
          ),
        ],
        [
          'getter throws',
          Object.defineProperty({ version: 1 }, 'actors', {
            enumerable: true,
            get: () => {
              throw new Error('getter trap');
            },
          }),
        ],
        ['revoked proxy', revocable.proxy],
      ];
      for (const [label, value] of hostile) {
        con.error.mockClear();
        let el: AnyElement | undefined;
        const errors = await uncaught(async () => {
          el = await mount(tag, (e) => (e.data = value));
          await loaded(el);
        });
        expect(errors, label).toEqual([]);
        expect(showsError(el!), label).toBe(true);
        expect(con.errors(), label).toHaveLength(1);
        expect(con.errors()[0], label).toContain(`<${tag}> data: the dataset could not be read`);
        cleanup();
      }
    });

    it('F5. a src that redirects to another origin is refused, not drawn', async () => {
      vi.spyOn(globalThis, 'fetch').mockImplementation(async () => {
        const res = json(JSON.stringify({ version: 1 }));
        Object.defineProperty(res, 'url', { value: 'https://elsewhere.example/data.json' });
        Object.defineProperty(res, 'redirected', { value: true });
        return res;
      });
      const el = await mount(tag, (e) => e.setAttribute('src', '/data.json'));
      await loaded(el);
      expect(showsError(el)).toBe(true);
      expect(con.errors().join('\n')).toContain('elsewhere.example');
    });

    it('F5. a chunked body past the size cap is refused while streaming, without reading the rest', async () => {
      const chunk = new TextEncoder().encode(`"${'x'.repeat(1024 * 1024 - 2)}"`);
      let pulled = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1;
          if (pulled > 60) controller.close();
          else controller.enqueue(chunk);
        },
      });
      vi.spyOn(globalThis, 'fetch').mockResolvedValue(json(body));
      const el = await mount(tag, (e) => e.setAttribute('src', '/huge.json'));
      await loaded(el, 300);
      expect(showsError(el)).toBe(true);
      expect(con.errors().join('\n')).toMatch(/limit/);
      // The cap is 4 MB: a few chunks past it, not all 60 MB.
      expect(pulled).toBeLessThan(10);
    });

    it('F7. resizing it fires no window error (no "ResizeObserver loop" notice)', async () => {
      const notices: string[] = [];
      const onError = (e: ErrorEvent) => notices.push(String(e.message));
      window.addEventListener('error', onError);
      try {
        const parent = document.createElement('div');
        parent.style.width = '900px';
        document.body.append(parent);
        const el = await mount(tag, () => {}, parent);
        for (const width of [420, 1000, 360, 700]) {
          parent.style.width = `${width}px`;
          await settle(el);
          await new Promise((r) => setTimeout(r, 30));
          await settle(el);
        }
        expect(notices).toEqual([]);
        expect(Math.round(el.getBoundingClientRect().width)).toBe(700);
      } finally {
        window.removeEventListener('error', onError);
      }
    });

    it('F8. a 20 MB error detail is shortened in the console and on the page', async () => {
      const el = await mount(tag, (e) => e.setAttribute('theme', 'x'.repeat(20_000_000)));
      expect(showsError(el)).toBe(true);
      const logged = con.errors()[0]!;
      expect(logged.length).toBeLessThan(2_000);
      expect(logged).toMatch(/more characters/);
      expect(el.shadowRoot!.querySelector('.nv-error code')!.textContent!.length).toBeLessThan(
        2_000,
      );
    });

    it('F9. a date that is not on the calendar (2025-02-31) is refused, a leap day is not', async () => {
      const rung = dataset.rungs.findIndex((r) => r.date);
      for (const [path, set] of [
        ['$.article.date', (d: typeof dataset) => (d.article!.date = '2025-02-31')],
        [
          `$.rungs[${rung}].date.value`,
          (d: typeof dataset) => (d.rungs[rung]!.date!.value = '2025-04-31'),
        ],
      ] as const) {
        con.error.mockClear();
        const data = structuredClone(dataset);
        set(data);
        const el = await mount(tag, (e) => (e.data = data));
        await loaded(el);
        expect(showsError(el), path).toBe(true);
        expect(con.errors(), path).toHaveLength(1);
        expect(con.errors()[0], path).toContain(`${path}: Expected a date that is on the calendar`);
        cleanup();
      }
      const leap = structuredClone(dataset);
      leap.rungs[rung]!.date!.value = '2024-02-29';
      const el = await mount(tag, (e) => (e.data = leap));
      await loaded(el);
      expect(showsError(el)).toBe(false);
    });

    it('F10. a url on Object.prototype never becomes a link (built-in and supplied dataset)', async () => {
      Object.defineProperty(Object.prototype, 'url', {
        value: 'https://polluted.example/',
        configurable: true,
        writable: true,
      });
      try {
        for (const data of [undefined, structuredClone(dataset)]) {
          const el = await mount(tag, (e) => data && (e.data = data));
          await loaded(el);
          expect(showsError(el)).toBe(false);
          const links = shadowElements(el).filter((n) => n instanceof HTMLAnchorElement);
          expect(
            links.map((a) => (a as HTMLAnchorElement).href).filter((h) => h.includes('polluted')),
          ).toEqual([]);
          cleanup();
        }
      } finally {
        delete (Object.prototype as { url?: unknown }).url;
      }
    });

    it('F11. text settings inherited from the page (white-space, spacing, transform, indent, weight…) do not reach its text', async () => {
      const parent = box(640);
      parent.style.cssText +=
        ';white-space:nowrap;letter-spacing:0.6em;word-spacing:2em;text-transform:uppercase;text-indent:300px;' +
        'font-style:italic;font-variant:small-caps;font-weight:900;line-height:5;text-align:right;direction:rtl;' +
        'text-decoration:underline;text-shadow:0 0 2px red;font-stretch:condensed;tab-size:40';
      const el = await mount(tag, () => {}, parent);
      const base = getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!);
      expect({
        whiteSpace: base.whiteSpace,
        letterSpacing: base.letterSpacing,
        wordSpacing: base.wordSpacing,
        textTransform: base.textTransform,
        textIndent: base.textIndent,
        fontStyle: base.fontStyle,
        fontVariant: base.fontVariant,
        fontWeight: base.fontWeight,
        textAlign: base.textAlign,
        direction: base.direction,
        textShadow: base.textShadow,
        fontStretch: base.fontStretch,
      }).toEqual({
        whiteSpace: 'normal',
        letterSpacing: 'normal',
        wordSpacing: '0px',
        textTransform: 'none',
        textIndent: '0px',
        fontStyle: 'normal',
        fontVariant: 'normal',
        fontWeight: '400',
        textAlign: 'start',
        direction: 'ltr',
        textShadow: 'none',
        fontStretch: '100%',
      });
      // Its own line height, not five lines' worth; and still the page's typeface.
      expect(parseFloat(base.lineHeight) / parseFloat(base.fontSize)).toBeLessThan(2);
      expect(base.fontFamily).toBe(getComputedStyle(parent).fontFamily);
      // Nothing runs past its edges.
      expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth + 1);
    });

    it('F12. a page that wraps fetch and drops the signal still gets a timeout', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise<Response>(() => {}));
        const el = document.createElement(tag) as AnyElement;
        el.setAttribute('src', '/never.json');
        document.body.append(el);
        await el.updateComplete;
        await vi.advanceTimersByTimeAsync(10_001);
        vi.useRealTimers();
        await loaded(el);
        expect(statusText(el)).toMatch(/konden niet worden geladen|could not be loaded/);
        expect(con.errors().join('\n')).toContain('no response within 10 s');
      } finally {
        vi.useRealTimers();
      }
    });
  });
}

describe('<nato-presence-map>, second round', () => {
  it('F13. a region feature or a presence country the topology does not have is reported, not drawn without it', async () => {
    const donbas = dataset.regions.findIndex((r) => r.feature);
    const presence = dataset.presence.findIndex((p) => p.countries.length > 0);
    for (const [path, id, set] of [
      [
        `$.regions[${donbas}].feature`,
        'donbass',
        (d: typeof dataset) => (d.regions[donbas]!.feature = 'donbass'),
      ],
      [
        `$.presence[${presence}].countries[0]`,
        'ZZZ',
        (d: typeof dataset) => (d.presence[presence]!.countries[0] = 'ZZZ'),
      ],
    ] as const) {
      con.error.mockClear();
      const data = structuredClone(dataset);
      set(data);
      const el = await mount('nato-presence-map', (e) => (e.data = data));
      await loaded(el);
      expect(showsError(el), path).toBe(true);
      expect(con.errors(), path).toHaveLength(1);
      expect(con.errors()[0], path).toContain(path);
      expect(con.errors()[0], path).toContain(`"${id}"`);
      cleanup();
    }
  });
});

describe('F3. the largest schema-valid datasets', () => {
  const cases = [
    ['escalation-ladder', 'rungs', (n: number) => withRungs(dataset, n)],
    ['nato-presence-map', 'presence', (n: number) => withPresence(dataset, n)],
  ] as const;
  for (const [tag, collection, make] of cases) {
    it(`<${tag}> with ${LIMITS[collection]} ${collection}: the table fills in slices, not in one task`, async () => {
      const el = await mount(tag, (e) => (e.data = make(LIMITS[collection])), box(760));
      await loaded(el);
      expect(showsError(el)).toBe(false);
      el.shadowRoot!.querySelector<HTMLElement>('[part~="table-toggle"]')!.click();
      await el.updateComplete;
      const table = () =>
        el.shadowRoot!.querySelector('table[part~="table"], [part~="table"] table')!;
      const rows = () => table().querySelectorAll('tbody tr').length;
      // The first update draws one slice and says more are coming.
      expect(rows()).toBeGreaterThan(0);
      expect(rows()).toBeLessThanOrEqual(100 + 10);
      expect(table().getAttribute('aria-busy')).toBe('true');
      for (let i = 0; i < 100 && table().getAttribute('aria-busy') === 'true'; i++)
        await settle(el);
      expect(table().getAttribute('aria-busy')).toBe('false');
      expect(rows()).toBeGreaterThanOrEqual(LIMITS[collection]);
    });

    it(`<${tag}> with ${LIMITS[collection] + 1} ${collection}: refused by the schema, saying how many it takes`, async () => {
      const el = await mount(tag, (e) => (e.data = make(LIMITS[collection] + 1)));
      await loaded(el);
      expect(showsError(el)).toBe(true);
      expect(con.errors()).toHaveLength(1);
      expect(con.errors()[0]).toContain(
        `$.${collection}: Too many: at most ${LIMITS[collection]} items, got ${LIMITS[collection] + 1}`,
      );
    });
  }
});

describe('<actor-stance-matrix>, second round', () => {
  for (const zoom of ['4', '2', '0.5']) {
    it(`F6. with html { zoom: ${zoom} } it shows all its cells, drawn as without zoom from the first frame`, async () => {
      const drawing = (el: AnyElement) => {
        const root = el.shadowRoot!;
        const cells = [...root.querySelectorAll('[part~="cell"]')];
        const frame = el.getBoundingClientRect();
        // Every cell is drawn inside the element (none pushed off by a too wide actor column).
        const inside = cells.filter((c) => {
          const r = c.getBoundingClientRect();
          return r.width > 0 && r.left >= frame.left - 1 && r.right <= frame.right + 1;
        });
        return {
          cells: cells.length,
          inside: inside.length,
          layout: root.querySelector('[part~="cards"]') ? 'cards' : 'table',
          actorColumn: root
            .querySelector<HTMLElement>('.grid')
            ?.style.getPropertyValue('--_actor-width'),
        };
      };
      const unzoomed = await mount('actor-stance-matrix', () => {}, box(640));
      const expected = drawing(unzoomed);
      expect(expected.inside).toBe(dataset.actors.length * dataset.issues.length);
      cleanup();
      document.documentElement.style.zoom = zoom;
      try {
        const el = document.createElement('actor-stance-matrix') as AnyElement;
        box(640).append(el);
        // The first drawing (what the reader sees first), then the one after the resize observer.
        await el.updateComplete;
        expect(drawing(el)).toEqual(expected);
        await settle(el);
        expect(drawing(el)).toEqual(expected);
      } finally {
        document.documentElement.style.zoom = '';
      }
    });
  }

  it(`F3. with ${LIMITS.actors} × ${LIMITS.issues} stated stances (the limits), the citations table fills in slices, not in one task`, async () => {
    const el = await mount(
      'actor-stance-matrix',
      (e) => (e.data = withGrid(dataset, LIMITS.actors, LIMITS.issues, LIMITS.actors)),
      box(760),
    );
    await loaded(el);
    expect(showsError(el)).toBe(false);
    el.shadowRoot!.querySelector<HTMLElement>('[part~="table-toggle"]')!.click();
    await el.updateComplete;
    const table = () => el.shadowRoot!.querySelector('table[part~="citations-table"]')!;
    const rows = () => table().querySelectorAll('tbody tr').length;
    expect(rows()).toBeGreaterThan(0);
    expect(rows()).toBeLessThanOrEqual(100);
    expect(table().getAttribute('aria-busy')).toBe('true');
    for (let i = 0; i < 200 && table().getAttribute('aria-busy') === 'true'; i++) await settle(el);
    expect(table().getAttribute('aria-busy')).toBe('false');
    expect(rows()).toBe(LIMITS.actors * LIMITS.issues);
  });

  it(`F3. with ${LIMITS.actors + 1} actors: refused by the schema, saying how many it takes`, async () => {
    const el = await mount(
      'actor-stance-matrix',
      (e) => (e.data = withGrid(dataset, LIMITS.actors + 1, 1)),
    );
    await loaded(el);
    expect(showsError(el)).toBe(true);
    expect(con.errors()).toHaveLength(1);
    expect(con.errors()[0]).toContain(
      `$.actors: Too many: at most ${LIMITS.actors} items, got ${LIMITS.actors + 1}`,
    );
  });
});
