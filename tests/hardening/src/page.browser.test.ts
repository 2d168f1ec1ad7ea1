// Cases 15 and 17–21 of CASES.md: the page and the element's lifecycle.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { define } from '@nato-viz/core';
import {
  SUBJECTS,
  box,
  cleanup,
  mount,
  quietConsole,
  settle,
  shadowMarkup,
  showsError,
  svgHasNaN,
  type AnyElement,
} from './harness.js';

let con: ReturnType<typeof quietConsole>;
beforeEach(() => (con = quietConsole()));
afterEach(() => {
  con.restore();
  cleanup();
});

const hasNaN = svgHasNaN;
const drawn = (el: Element) => {
  const root = el.shadowRoot!;
  return !!root.querySelector('svg *, table td, li') && !showsError(el);
};

describe('15. loaded twice, and next to the single packages', () => {
  it('importing the embed bundle twice after the single packages: no error, one definition, no warning', async () => {
    const before = SUBJECTS.map(({ tag }) => customElements.get(tag));
    const url = new URL('../../../packages/embed/dist/nato-viz.js', import.meta.url).href;
    await import(/* @vite-ignore */ `${url}?copy=1`);
    await import(/* @vite-ignore */ `${url}?copy=2`);
    expect(SUBJECTS.map(({ tag }) => customElements.get(tag))).toEqual(before);
    expect(con.errors()).toEqual([]);
    expect(con.warnings()).toEqual([]);
    for (const { tag } of SUBJECTS) expect(drawn(await mount(tag))).toBe(true);
  });
  it('a different version holding a tag: one warning, no throw', () => {
    class Other extends HTMLElement {
      static version = '99.0.0';
    }
    for (const { tag } of SUBJECTS) {
      expect(() => define(tag, Other)).not.toThrow();
      define(tag, Other);
    }
    expect(con.warnings()).toHaveLength(3);
    expect(con.warnings()[0]).toContain('99.0.0');
  });
});

for (const { tag } of SUBJECTS) {
  describe(`<${tag}> on the page`, () => {
    it('the published build styles it: every stylesheet parses to rules', async () => {
      // Guards the build's CSS/template minifiers: a stylesheet Lit cannot read arrives as
      // "undefined" and the element renders unstyled while every other test still passes.
      const el = await mount(tag);
      const sheets = el.shadowRoot!.adoptedStyleSheets;
      expect(sheets.length).toBeGreaterThan(0);
      for (const sheet of sheets) {
        expect(sheet.cssRules.length).toBeGreaterThan(0);
        const text = [...sheet.cssRules].map((r) => r.cssText).join('\n');
        expect(text).not.toMatch(/\bundefined\b/);
      }
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      // The page's typeface, inherited (not a stack of the element's own).
      expect(getComputedStyle(base).fontFamily).toBe(
        getComputedStyle(el.parentElement!).fontFamily,
      );
    });
    it('17. inside display:none: no NaN; draws once shown', async () => {
      const hidden = box();
      hidden.style.display = 'none';
      const el = await mount(tag, () => {}, hidden);
      expect(hasNaN(el)).toBe(false);
      hidden.style.display = 'block';
      await new Promise((r) => setTimeout(r, 50));
      await settle(el);
      expect(hasNaN(el)).toBe(false);
      expect(drawn(el)).toBe(true);
    });
    it('17. in a zero-width container: no NaN; draws once it gets a width', async () => {
      const zero = box(0);
      const el = await mount(tag, () => {}, zero);
      expect(hasNaN(el)).toBe(false);
      zero.style.width = '500px';
      await new Promise((r) => setTimeout(r, 50));
      await settle(el);
      expect(hasNaN(el)).toBe(false);
      expect(drawn(el)).toBe(true);
    });
    it('17. in a background tab (no frames, no resize callbacks): no NaN; draws once visible', async () => {
      const RealRO = window.ResizeObserver;
      const realRaf = window.requestAnimationFrame;
      const observers: { cb: ResizeObserverCallback; targets: Element[]; self: ResizeObserver }[] =
        [];
      // A hidden tab runs neither animation frames nor ResizeObserver callbacks.
      window.ResizeObserver = class {
        #entry: { cb: ResizeObserverCallback; targets: Element[]; self: ResizeObserver };
        constructor(cb: ResizeObserverCallback) {
          this.#entry = { cb, targets: [], self: this as unknown as ResizeObserver };
          observers.push(this.#entry);
        }
        observe(t: Element) {
          this.#entry.targets.push(t);
        }
        unobserve() {}
        disconnect() {
          this.#entry.targets = [];
        }
      } as unknown as typeof ResizeObserver;
      window.requestAnimationFrame = () => 0;
      let el: AnyElement;
      try {
        el = document.createElement(tag) as AnyElement;
        box().append(el);
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 30));
        await el.updateComplete;
        expect(hasNaN(el)).toBe(false);
      } finally {
        window.ResizeObserver = RealRO;
        window.requestAnimationFrame = realRaf;
      }
      // The tab becomes visible: the browser delivers the pending resize callbacks.
      for (const o of observers) {
        const entries = o.targets.map((target) => {
          const r = target.getBoundingClientRect();
          const size = [{ inlineSize: r.width, blockSize: r.height }];
          return {
            target,
            contentRect: r,
            contentBoxSize: size,
            borderBoxSize: size,
            devicePixelContentBoxSize: size,
          };
        }) as unknown as ResizeObserverEntry[];
        if (entries.length) o.cb(entries, o.self);
      }
      await settle(el);
      expect(hasNaN(el)).toBe(false);
      expect(drawn(el)).toBe(true);
    });
    it('18. 1,000 detach/re-attach cycles release listeners and observers (heap within 10 %)', async () => {
      const gc = (globalThis as { gc?: () => void }).gc;
      const mem = () =>
        (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
      expect(typeof gc).toBe('function');
      const parent = box();
      const el = await mount(tag, () => {}, parent);
      const cycle = async (n: number) => {
        for (let i = 0; i < n; i++) {
          el.remove();
          parent.append(el);
          if (i % 100 === 0) await el.updateComplete;
        }
        await settle(el);
      };
      await cycle(100); // warm up: JIT, caches
      gc!();
      await new Promise((r) => setTimeout(r, 50));
      gc!();
      const baseline = mem();
      await cycle(1000);
      gc!();
      await new Promise((r) => setTimeout(r, 50));
      gc!();
      const after = mem();
      console.info(
        `<${tag}> heap after 1,000 cycles: ${(after / 1e6).toFixed(2)} MB vs ${(baseline / 1e6).toFixed(2)} MB`,
      );
      expect(after).toBeLessThanOrEqual(baseline * 1.1);
      expect(drawn(el)).toBe(true);
    });
    it('19. 50 instances on one page all render, with no shared mutable state', async () => {
      const parent = box();
      const els: AnyElement[] = [];
      const t0 = performance.now();
      for (let i = 0; i < 50; i++) {
        const el = document.createElement(tag) as AnyElement;
        el.lang = i % 2 ? 'en' : 'nl';
        parent.append(el);
        els.push(el);
      }
      await Promise.all(els.map((el) => settle(el)));
      console.info(`<${tag}> 50 instances drawn in ${(performance.now() - t0).toFixed(0)} ms`);
      expect(els.every(drawn)).toBe(true);
      // Changing one instance changes no other.
      const before = shadowMarkup(els[2]!);
      els[0]!.setAttribute('theme', 'dark');
      els[0]!.setAttribute('lang', 'en');
      await settle(els[0]!);
      await settle(els[2]!);
      expect(shadowMarkup(els[2]!)).toBe(before);
      expect(els[1]!.shadowRoot!.querySelector('[part~="base"]')!.className).not.toContain(
        'scheme-dark',
      );
    });
    it('20. hostile page CSS does not break it', async () => {
      const style = document.createElement('style');
      style.textContent =
        '* { font-size: 0 !important; line-height: 0 !important } svg { display: none !important } table { display: none !important } div { width: 0; }';
      document.head.append(style);
      try {
        const el = await mount(tag);
        const root = el.shadowRoot!;
        const text = [
          ...root.querySelectorAll<HTMLElement>('p, span, th, td, li, button, figcaption, text'),
        ].find((n) => n.textContent?.trim());
        expect(text).toBeDefined();
        expect(parseFloat(getComputedStyle(text!).fontSize)).toBeGreaterThanOrEqual(12);
        for (const svg of root.querySelectorAll('svg'))
          expect(getComputedStyle(svg).display).not.toBe('none');
        expect(el.getBoundingClientRect().height).toBeGreaterThan(50);
      } finally {
        style.remove();
      }
    });
    it('21. lang and theme change at run time', async () => {
      const el = await mount(tag, (e) => e.setAttribute('lang', 'nl'));
      const nl = el.shadowRoot!.textContent!;
      el.setAttribute('lang', 'en');
      await settle(el);
      const en = el.shadowRoot!.textContent!;
      expect(en).not.toBe(nl);
      el.setAttribute('theme', 'dark');
      await settle(el);
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(getComputedStyle(base).colorScheme).toBe('dark');
      el.setAttribute('theme', 'light');
      await settle(el);
      expect(getComputedStyle(base).colorScheme).toBe('light');
    });
    it('21. reduced motion, forced colours and print media are handled', async () => {
      const session = cdp();
      const el = await mount(tag);
      try {
        await session.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
        });
        await settle(el);
        for (const n of el.shadowRoot!.querySelectorAll('*')) {
          const s = getComputedStyle(n);
          expect(parseFloat(s.transitionDuration) || 0).toBe(0);
          expect(parseFloat(s.animationDuration) || 0).toBe(0);
        }
        await session.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: 'active' }],
        });
        await settle(el);
        expect(matchMedia('(forced-colors: active)').matches).toBe(true);
        expect(drawn(el)).toBe(true);
        await session.send('Emulation.setEmulatedMedia', { media: 'print', features: [] });
        await settle(el);
        expect(matchMedia('print').matches).toBe(true);
        expect(drawn(el)).toBe(true);
        // Controls (core's .nv-button: toggles, "show as table") are not printed; content
        // drawn as buttons (a ladder's rungs, a matrix's cells) is.
        const controls = el.shadowRoot!.querySelectorAll('.nv-button');
        expect(controls.length).toBeGreaterThan(0);
        for (const b of controls) {
          expect(b.getClientRects().length, b.textContent ?? '').toBe(0);
        }
      } finally {
        await session.send('Emulation.setEmulatedMedia', { media: '', features: [] });
      }
    });
  });
}
