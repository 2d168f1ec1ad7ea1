import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { html } from 'lit';
import { NvElement } from './base.js';
import { define } from './define.js';
import { resolveLang } from './i18n.js';
import { expectedOneOf, type NvProblem } from './errors.js';

const SCENARIOS = ['deal', 'no-deal'] as const;

/** A minimal element on the base, as the real elements use it. */
class TestChart extends NvElement {
  static override properties = { scenario: { reflect: true } };
  scenario = 'deal';
  protected override collectProblems(): NvProblem[] {
    const problems = super.collectProblems();
    if (!(SCENARIOS as readonly string[]).includes(this.scenario))
      problems.push({
        code: 'invalid-attribute',
        attribute: 'scenario',
        detail: expectedOneOf(SCENARIOS, this.scenario),
      });
    return problems;
  }
  protected override renderContent() {
    return html`<p class="content">${this.resolvedLang}:${this.scenario}</p>`;
  }
}
define('nv-test-chart', TestChart);

async function mount(markup: string): Promise<TestChart> {
  const host = document.createElement('div');
  host.innerHTML = markup; // test fixture markup, not data
  document.body.append(host);
  const el = host.querySelector<TestChart>('nv-test-chart')!;
  await el.updateComplete;
  return el;
}

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  errors.mockRestore();
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

describe('resolveLang in the DOM', () => {
  it('takes the element’s own lang first', async () => {
    document.documentElement.lang = 'en';
    const el = await mount('<div lang="en"><nv-test-chart lang="nl"></nv-test-chart></div>');
    expect(resolveLang(el)).toEqual({ lang: 'nl', source: 'element' });
  });
  it('else the nearest [lang] ancestor', async () => {
    document.documentElement.lang = 'nl';
    const el = await mount(
      '<section lang="en-GB"><div><nv-test-chart></nv-test-chart></div></section>',
    );
    expect(resolveLang(el)).toEqual({ lang: 'en', source: 'ancestor' });
  });
  it('else document.documentElement.lang', async () => {
    document.documentElement.lang = 'en';
    const el = await mount('<nv-test-chart></nv-test-chart>');
    expect(resolveLang(el)).toEqual({ lang: 'en', source: 'document' });
  });
  it('else Dutch', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await mount('<nv-test-chart></nv-test-chart>');
    expect(resolveLang(el)).toEqual({ lang: 'nl', source: 'default' });
  });
  it('crosses a shadow root to its host’s lang', async () => {
    document.documentElement.lang = 'nl';
    const outer = document.createElement('div');
    outer.lang = 'en';
    const root = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('nv-test-chart') as TestChart;
    root.append(el);
    document.body.append(outer);
    expect(resolveLang(el)).toEqual({ lang: 'en', source: 'ancestor' });
  });
  it('re-renders when the page’s lang changes at run time', async () => {
    document.documentElement.lang = 'nl';
    const el = await mount('<nv-test-chart></nv-test-chart>');
    expect(el.shadowRoot!.querySelector('.content')!.textContent).toBe('nl:deal');
    document.documentElement.lang = 'en';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.content')!.textContent).toBe('en:deal');
  });
});

describe('define', () => {
  it('define(tag, SameClass) twice: no error, no warning, one definition', () => {
    class A extends HTMLElement {}
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(define('nv-test-same', A)).toBe(true);
    expect(() => define('nv-test-same', A)).not.toThrow();
    expect(define('nv-test-same', A)).toBe(false);
    expect(warn).not.toHaveBeenCalled();
    expect(customElements.get('nv-test-same')).toBe(A);
    warn.mockRestore();
  });
  it('define(tag, OtherClass): one warning naming the tag, no throw, the first class kept', () => {
    class A extends HTMLElement {
      static version = '1.0.0';
    }
    class B extends HTMLElement {
      static version = '2.0.0';
    }
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    define('nv-test-other', A);
    expect(() => define('nv-test-other', B)).not.toThrow();
    define('nv-test-other', B);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('<nv-test-other>');
    expect(String(warn.mock.calls[0]![0])).toContain('1.0.0');
    expect(customElements.get('nv-test-other')).toBe(A);
    warn.mockRestore();
  });
  it('define(tag, copy of the same release) stays silent', () => {
    class A extends HTMLElement {
      static version = '1.0.0';
    }
    class A2 extends HTMLElement {
      static version = '1.0.0';
    }
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    define('nv-test-copy', A);
    define('nv-test-copy', A2);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('error state', () => {
  it('scenario="peace" in Dutch: role=status, Dutch text, one console.error naming element and attribute', async () => {
    const el = await mount('<nv-test-chart lang="nl" scenario="peace"></nv-test-chart>');
    const status = el.shadowRoot!.querySelector('[role="status"]');
    expect(status).not.toBeNull();
    expect(status!.textContent).toContain('Deze graphic kan niet worden getoond');
    expect(status!.textContent).toContain('Het attribuut “scenario” heeft een ongeldige waarde.');
    expect(el.shadowRoot!.querySelector('.content')).toBeNull();
    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors.mock.calls[0]![0]).toBe(
      '<nv-test-chart> scenario: expected one of deal, no-deal; got "peace"',
    );
  });
  it('scenario="peace" in English shows the English text', async () => {
    const el = await mount('<nv-test-chart lang="en" scenario="peace"></nv-test-chart>');
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).toContain('This graphic cannot be shown');
    expect(status.textContent).toContain('The “scenario” attribute has an invalid value.');
  });
  it('logs the same problem once across re-renders, and fires nv-error once', async () => {
    const seen: CustomEvent[] = [];
    document.addEventListener('nv-error', (e) => seen.push(e as CustomEvent), { once: false });
    const el = await mount('<nv-test-chart scenario="x"></nv-test-chart>');
    el.theme = 'dark';
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(errors).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.detail).toMatchObject({
      element: 'nv-test-chart',
      attribute: 'scenario',
      code: 'invalid-attribute',
    });
  });
  it('recovers when the attribute is fixed', async () => {
    const el = await mount('<nv-test-chart lang="en" scenario="x"></nv-test-chart>');
    el.setAttribute('scenario', 'no-deal');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')).toBeNull();
    expect(el.shadowRoot!.querySelector('.content')!.textContent).toBe('en:no-deal');
  });
  it('lang="fr" on the element is an error that names the allowed languages', async () => {
    await mount('<nv-test-chart lang="fr"></nv-test-chart>');
    expect(errors.mock.calls[0]![0]).toBe('<nv-test-chart> lang: expected one of nl, en; got "fr"');
  });
  it('the error state fills the box the page reserves for the element', async () => {
    const style = document.createElement('style');
    style.textContent = 'nv-test-chart { display:block; width: 400px; min-height: 300px; }';
    document.head.append(style);
    const el = await mount('<nv-test-chart scenario="x"></nv-test-chart>');
    const box = el.shadowRoot!.querySelector('[role="status"]')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(host.height).toBe(300);
    expect(box.height).toBe(host.height);
    expect(box.width).toBe(host.width);
    style.remove();
  });
  it('a render that throws becomes the error state, never an uncaught exception', async () => {
    class Broken extends NvElement {
      protected override renderContent(): unknown {
        throw new Error('boom');
      }
    }
    define('nv-test-broken', Broken);
    const el = document.createElement('nv-test-broken') as Broken;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')).not.toBeNull();
    expect(errors.mock.calls[0]![0]).toBe('<nv-test-broken> render: boom');
  });
});

describe('theme', () => {
  it('theme="dark" gives the base a dark colour scheme', async () => {
    const el = await mount('<nv-test-chart theme="dark"></nv-test-chart>');
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(base).colorScheme).toBe('dark');
    expect(getComputedStyle(base).backgroundColor).toBe('rgb(22, 24, 29)');
  });
  it('theme="auto" follows a color-scheme the page sets', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const el = await mount('<nv-test-chart></nv-test-chart>');
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(base).colorScheme).toBe('dark');
    document.documentElement.style.colorScheme = '';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(getComputedStyle(base).backgroundColor).toBe('rgb(255, 255, 255)');
  });
  it('theme="neon" is an error', async () => {
    await mount('<nv-test-chart theme="neon"></nv-test-chart>');
    expect(errors.mock.calls[0]![0]).toBe(
      '<nv-test-chart> theme: expected one of auto, light, dark; got "neon"',
    );
  });
});

describe('the typeface', () => {
  const fontOf = (el: TestChart) =>
    getComputedStyle(el.shadowRoot!.querySelector('.content')!).fontFamily;
  it('is the page’s: the text inherits the font-family of the element’s parent', async () => {
    const el = await mount(
      '<div style="font-family: Georgia, serif"><nv-test-chart></nv-test-chart></div>',
    );
    expect(fontOf(el)).toBe('Georgia, serif');
  });
  it('is --nv-font-family where the page sets it', async () => {
    const el = await mount(
      '<div style="font-family: Georgia, serif"><nv-test-chart style="--nv-font-family: monospace"></nv-test-chart></div>',
    );
    expect(fontOf(el)).toBe('monospace');
  });
});

describe('NvElement.version', () => {
  it('is the package’s version, generated from package.json at build time', async () => {
    // version.test.ts checks VERSION against package.json in Node.
    const { VERSION } = await import('./version.js');
    expect(NvElement.version).toBe(VERSION);
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});
