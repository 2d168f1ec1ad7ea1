import { afterEach, describe, expect, it } from 'vitest';
import { LitElement, html } from 'lit';
import { PageContextController } from './page-context.js';
import { WidthController } from './width.js';
import { RovingFocusController } from './roving-focus.js';
import { PopoverController, boxWithin } from './popover.js';

const nextFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

class ControlledElement extends LitElement {
  page = new PageContextController(this);
  width = new WidthController(this);
  renders = 0;
  items = ['a', 'b', 'c'];
  open: string | undefined;
  roving = new RovingFocusController<string>(this, {
    find: (key) => this.renderRoot.querySelector<HTMLElement>(`[data-key="${key}"]`),
    initial: () => 'b',
  });
  popovers = new PopoverController(this, {
    gap: 4,
    align: 'start',
    flip: 'above',
    popover: () => this.renderRoot.querySelector<HTMLElement>('.pop'),
    anchor: (pop) => {
      const button = this.renderRoot.querySelector(`[data-key="${this.open}"]`);
      return button ? boxWithin(button, pop.offsetParent!) : undefined;
    },
  });

  override render() {
    this.renders += 1;
    return html`<div style="position: relative; height: 300px">
      ${this.items.map((key) => html`<button data-key=${key} tabindex="-1">${key}</button>`)}
      ${this.open ? html`<div class="pop" style="position: absolute; width: 50px; height: 20px">pop</div>` : null}
      <span class="lang">${this.page.lang}</span><span class="width">${this.width.value}</span>
    </div>`;
  }
}
customElements.define('nv-test-controlled', ControlledElement);

async function make(): Promise<ControlledElement> {
  const el = document.createElement('nv-test-controlled') as ControlledElement;
  el.style.display = 'block';
  el.style.width = '320px';
  document.body.append(el);
  await el.updateComplete;
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
});

describe('PageContextController', () => {
  it('follows a lang set on the document after the element was drawn', async () => {
    document.documentElement.lang = 'nl';
    const el = await make();
    expect(el.page.lang).toBe('nl');
    document.documentElement.lang = 'en-GB';
    await nextFrame();
    await el.updateComplete;
    expect(el.renderRoot.querySelector('.lang')!.textContent).toBe('en');
  });

  it('reads the colour scheme the page sets', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const el = await make();
    expect(el.page.scheme).toBe('dark');
    document.documentElement.style.colorScheme = '';
    await nextFrame();
    expect(el.page.scheme).toBe('normal');
  });
});

describe('WidthController', () => {
  it('has the width in the first render, and follows a resize', async () => {
    const el = await make();
    expect(el.renderRoot.querySelector('.width')!.textContent).toBe('320');
    el.style.width = '250px';
    await nextFrame();
    await el.updateComplete;
    expect(el.renderRoot.querySelector('.width')!.textContent).toBe('250');
  });
});

/** An element whose height follows its width, as a chart's does. */
class ReflowingElement extends LitElement {
  width = new WidthController(this);
  override render() {
    const height = this.width.value > 0 ? Math.round(200_000 / this.width.value) : 10;
    return html`<div style="height: ${height}px"></div>`;
  }
}
customElements.define('nv-test-reflowing', ReflowingElement);

describe('WidthController and the page', () => {
  it('an element that redraws taller when narrower fires no "ResizeObserver loop" error', async () => {
    const notices: string[] = [];
    const onError = (e: ErrorEvent) => notices.push(e.message);
    window.addEventListener('error', onError);
    try {
      const el = document.createElement('nv-test-reflowing') as ReflowingElement;
      el.style.display = 'block';
      el.style.width = '800px';
      document.body.append(el);
      await el.updateComplete;
      for (const width of [400, 700, 300, 500]) {
        el.style.width = `${width}px`;
        await nextFrame();
        await new Promise((r) => setTimeout(r, 20));
        await el.updateComplete;
        expect(el.width.value).toBe(width);
      }
      await nextFrame();
      expect(notices).toEqual([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});

describe('RovingFocusController', () => {
  const stops = (el: ControlledElement) =>
    [...el.renderRoot.querySelectorAll('button')].map((b) => b.getAttribute('tabindex'));

  it('gives the initial item the one Tab stop', async () => {
    expect(stops(await make())).toEqual(['-1', '0', '-1']);
  });

  it('focus(key) moves the Tab stop and the focus', async () => {
    const el = await make();
    await el.roving.focus('c');
    expect(stops(el)).toEqual(['-1', '-1', '0']);
    expect(el.shadowRoot!.activeElement?.textContent).toBe('c');
  });

  it('keeps the Tab stop on a redrawn item', async () => {
    const el = await make();
    el.roving.moveTo('a');
    el.items = ['z', 'a'];
    el.requestUpdate();
    await el.updateComplete;
    expect(stops(el)).toEqual(['-1', '0']);
  });
});

describe('PopoverController', () => {
  it('places the open popover under its anchor', async () => {
    const el = await make();
    el.open = 'b';
    el.requestUpdate();
    await el.updateComplete;
    const pop = el.renderRoot.querySelector<HTMLElement>('.pop')!;
    const button = el.renderRoot.querySelector<HTMLElement>('[data-key="b"]')!;
    const box = boxWithin(button, pop.offsetParent!);
    expect(pop.style.top).toBe(`${Math.round(box.top + box.height + 4)}px`);
    expect(pop.style.left).toBe(`${Math.round(box.left)}px`);
  });

  it('reveal() scrolls the popover into view once placed; an update without it does not', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
    const el = await make();
    el.open = 'a';
    el.requestUpdate();
    await el.updateComplete;
    expect(scrollY).toBe(0);
    el.popovers.reveal();
    await el.updateComplete;
    expect(scrollY).toBeGreaterThan(0);
    scrollTo(0, 0);
  });
});
