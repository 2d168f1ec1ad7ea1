// Cases 10–13 of CASES.md. Case 14 (strict CSP + Trusted Types page) needs real response
// headers and lives in apps/cms-demo's end-to-end test.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateDataset } from '@nato-viz/data/validate';
import { safeHttpUrl } from '@nato-viz/core';
import {
  SUBJECTS,
  cleanup,
  dataset,
  mapText,
  mount,
  quietConsole,
  settle,
  shadowElements,
  showsError,
} from './harness.js';

declare global {
  interface Window {
    __nvPwned?: number;
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.__nvPwned=1">',
  '<script>window.__nvPwned=2</script>',
  '<svg onload="window.__nvPwned=3"><script>window.__nvPwned=4</script></svg>',
  'javascript:window.__nvPwned=5',
  '"><iframe srcdoc="<script>parent.__nvPwned=6</script>">',
  '&lt;img src=x onerror=window.__nvPwned=7&gt;',
  '{{constructor.constructor("window.__nvPwned=8")()}}',
];

let con: ReturnType<typeof quietConsole>;
beforeEach(() => {
  con = quietConsole();
  delete window.__nvPwned;
});
afterEach(() => {
  con.restore();
  cleanup();
});

/** Opens everything an element can show: table toggles, buttons, popovers. */
async function openEverything(el: HTMLElement): Promise<void> {
  const root = el.shadowRoot!;
  for (const button of root.querySelectorAll<HTMLElement>('button, summary')) {
    button.click();
    await settle(el);
  }
  for (const target of root.querySelectorAll<HTMLElement>(
    '[tabindex], a, [role="button"], td, th, g, path',
  )) {
    target.dispatchEvent(new FocusEvent('focus'));
    target.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    target.dispatchEvent(new PointerEvent('pointerenter', { bubbles: true }));
  }
  await settle(el);
}

for (const { tag } of SUBJECTS) {
  describe(`<${tag}> security`, () => {
    for (const [i, payload] of PAYLOADS.entries()) {
      it(`10. payload ${i + 1} in every text field renders as text and executes nothing`, async () => {
        const hostile = mapText(dataset, (s) => `${payload} ${s}`);
        expect(validateDataset(hostile).ok).toBe(true);
        for (const lang of ['nl', 'en']) {
          const el = await mount(tag, (e) => {
            e.lang = lang;
            e.data = hostile;
          });
          await openEverything(el);
          expect(showsError(el)).toBe(false);
          const kinds = new Set(shadowElements(el).map((n) => n.localName));
          expect(kinds.has('img')).toBe(false);
          expect(kinds.has('script')).toBe(false);
          expect(kinds.has('iframe')).toBe(false);
          for (const n of shadowElements(el))
            for (const a of n.getAttributeNames())
              expect(a.startsWith('on'), `${n.localName}[${a}]`).toBe(false);
          expect(el.shadowRoot!.textContent).toContain(payload.slice(0, 20));
        }
        await new Promise((r) => setTimeout(r, 50));
        expect(window.__nvPwned).toBeUndefined();
      });
    }
    it('10. links from data keep only http(s) URLs', async () => {
      const data = structuredClone(dataset);
      const urls = [
        'javascript:window.__nvPwned=9',
        ' JaVaScRiPt:window.__nvPwned=10',
        'data:text/html,<script>1</script>',
        '&#106;avascript:alert(1)',
      ];
      let k = 0;
      for (const fact of data.context)
        for (const c of fact.context) c.url = urls[k++ % urls.length]!;
      // The schema itself refuses non-http(s) URLs…
      expect(validateDataset(data).ok).toBe(false);
      // …and the link helper every element uses drops them too.
      for (const u of urls) expect(safeHttpUrl(u)).toBeUndefined();
      const el = await mount(tag, (e) => (e.data = dataset));
      await openEverything(el);
      for (const a of el.shadowRoot!.querySelectorAll('a[href]'))
        expect(a.getAttribute('href')).toMatch(/^(https?:|#)/);
    });
    it('11. __proto__, constructor and prototype keys do not pollute', async () => {
      for (const json of [
        '{"version":1,"__proto__":{"polluted":1}}',
        '{"version":1,"actors":[{"constructor":{"prototype":{"polluted":1}}}]}',
        '{"version":1,"prototype":{"polluted":1}}',
      ]) {
        const el = await mount(tag, (e) => e.setAttribute('data', json));
        expect(showsError(el)).toBe(true);
        el.remove();
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    });
    it('12. CSS in data cannot reach a style: an extra colour key is refused, CSS text stays text', async () => {
      const withColour = structuredClone(dataset) as unknown as {
        presence: Record<string, unknown>[];
      };
      withColour.presence[0]!.color = 'red;background:url(https://evil.example/x)';
      const el = await mount(tag, (e) => (e.data = withColour));
      expect(showsError(el)).toBe(true);
      el.remove();
      const css = mapText(dataset, (s) => `red;background:url(https://evil.example/x) ${s}`);
      const fetchSpy = vi.spyOn(globalThis, 'fetch');
      const el2 = await mount(tag, (e) => (e.data = css));
      for (const n of shadowElements(el2)) {
        expect(n.getAttribute('style') ?? '').not.toContain('evil.example');
        expect(n.getAttribute('fill') ?? '').not.toContain('url(https');
      }
      const bg = [...shadowElements(el2)].map((n) => getComputedStyle(n).backgroundImage);
      expect(bg.some((b) => b.includes('evil.example'))).toBe(false);
      expect(fetchSpy).not.toHaveBeenCalled();
      fetchSpy.mockRestore();
    });
    it('13. src: http to another host is refused; https is fetched without credentials or referrer', async () => {
      const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(
        new Response(JSON.stringify(dataset), {
          headers: { 'content-type': 'application/json' },
        }),
      );
      const el = await mount(tag, (e) => e.setAttribute('src', 'http://example.com/data.json'));
      expect(showsError(el)).toBe(true);
      expect(fetchSpy).not.toHaveBeenCalled();
      el.setAttribute('src', 'https://example.com/data.json');
      await settle(el);
      await new Promise((r) => setTimeout(r, 20));
      await settle(el);
      expect(fetchSpy).toHaveBeenCalledTimes(1);
      expect(fetchSpy.mock.calls[0]![1]).toMatchObject({
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      expect(fetchSpy.mock.calls[0]![1]!.signal).toBeInstanceOf(AbortSignal);
      expect(showsError(el)).toBe(false);
      fetchSpy.mockRestore();
    });
    it('13. src 404, 500, network failure → error state with a retry button', async () => {
      for (const outcome of [404, 500, 'network'] as const) {
        const fetchSpy = vi
          .spyOn(globalThis, 'fetch')
          .mockImplementation(async () =>
            outcome === 'network'
              ? Promise.reject(new TypeError('Failed to fetch'))
              : new Response('x', { status: outcome }),
          );
        const el = await mount(tag, (e) => e.setAttribute('src', '/missing.json'));
        await new Promise((r) => setTimeout(r, 20));
        await settle(el);
        expect(showsError(el)).toBe(true);
        expect(el.shadowRoot!.querySelector('.nv-error button')).not.toBeNull();
        el.remove();
        fetchSpy.mockRestore();
      }
    });
    it('13. src removed while loading → request aborted; fast src changes → only the last renders', async () => {
      let aborted = 0;
      const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
        init?.signal?.addEventListener('abort', () => (aborted += 1));
        const slow = String(input).includes('slow');
        const body = mapText(dataset, (t) => `${slow ? 'SLOW' : 'FAST'} ${t}`);
        return new Promise((resolve) =>
          setTimeout(
            () =>
              resolve(
                new Response(JSON.stringify(body), {
                  headers: { 'content-type': 'application/json' },
                }),
              ),
            slow ? 150 : 10,
          ),
        );
      });
      const el = await mount(tag, (e) => e.setAttribute('src', '/never-slow.json'));
      el.remove();
      expect(aborted).toBe(1);
      const el2 = await mount(tag, (e) => {
        e.lang = 'en';
        e.setAttribute('src', '/a-slow.json');
      });
      el2.setAttribute('src', '/b-fast.json');
      await new Promise((r) => setTimeout(r, 250));
      await settle(el2);
      const markup = el2.shadowRoot!.innerHTML;
      expect(markup).toContain('FAST');
      expect(markup).not.toContain('SLOW');
      fetchSpy.mockRestore();
    });
  });
}
