import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { html } from 'lit';
import type { Dataset } from '@nato-viz/data';
import { NvDataElement, loadSupplied } from './data-element.js';
import { define } from './define.js';
import tiny from '../test/fixtures/tiny.json' with { type: 'json' };

const builtIn: Dataset = {
  version: 1,
  actors: [
    {
      id: 'builtin',
      kind: 'state',
      name: { nl: 'Ingebouwd', en: 'Built in' },
      citations: [{ paragraph: 1, quote: 'q', translation: 't' }],
    },
  ],
  issues: [],
  stances: [],
  rungs: [],
  presence: [],
  regions: [],
  context: [],
};

class DataChart extends NvDataElement {
  protected override readonly defaultData = builtIn;
  protected override renderData(data: Dataset) {
    return html`<ul class="names">${data.actors.map((a) => html`<li>${a.name[this.resolvedLang]}</li>`)}</ul>`;
  }
}
define('nv-test-data-chart', DataChart);

const names = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.names li')].map((li) => li.textContent);
const status = (el: Element) =>
  el.shadowRoot!.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim();

async function make(setup: (el: DataChart) => void = () => {}): Promise<DataChart> {
  const el = document.createElement('nv-test-data-chart') as DataChart;
  el.lang = 'en';
  setup(el);
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const settle = async (el: DataChart) => {
  for (let i = 0; i < 50 && el.shadowRoot!.querySelector('.nv-loading'); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
};

let errors: ReturnType<typeof vi.spyOn>;
let warns: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  warns = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  errors.mockRestore();
  warns.mockRestore();
  document.body.replaceChildren();
});

describe('NvDataElement', () => {
  it('draws the built-in dataset by default', async () => {
    expect(names(await make())).toEqual(['Built in']);
  });
  it('draws a dataset set as the .data property', async () => {
    expect(names(await make((el) => (el.data = tiny)))).toEqual(['Russia']);
  });
  it('draws a dataset given as JSON in the data attribute', async () => {
    expect(names(await make((el) => el.setAttribute('data', JSON.stringify(tiny))))).toEqual([
      'Russia',
    ]);
  });
  it('data="{" shows the invalid-JSON error and logs once', async () => {
    const el = await make((el) => el.setAttribute('data', '{'));
    expect(status(el)).toContain('The data in “data” is not valid JSON.');
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toMatch(/^<nv-test-data-chart> data: not valid JSON/);
  });
  it('a dataset with a missing field names the JSON path', async () => {
    const broken = structuredClone(tiny) as { actors: Record<string, unknown>[] };
    delete broken.actors[0]!.name;
    const el = await make((el) => (el.data = broken));
    expect(status(el)).toContain('does not match the schema');
    expect(String(errors.mock.calls[0]![0])).toContain('$.actors[0].name');
  });
  it('an unknown enum value lists the allowed values', async () => {
    const broken = structuredClone(tiny);
    (broken.actors[0] as { kind: string }).kind = 'empire';
    await make((el) => (el.data = broken));
    expect(String(errors.mock.calls[0]![0])).toContain('$.actors[0].kind');
    expect(String(errors.mock.calls[0]![0])).toContain('"state"');
  });
  for (const [label, value] of [
    ['[]', '[]'],
    ['null', 'null'],
    ['empty text', ''],
  ] as const) {
    it(`data=${label} shows the empty state, not an error`, async () => {
      const el = await make((el) => el.setAttribute('data', value));
      expect(el.shadowRoot!.querySelector('.nv-empty')).not.toBeNull();
      expect(errors).not.toHaveBeenCalled();
    });
  }
  it('property, attribute and src all set: the property wins, one warning', async () => {
    const el = await make((el) => {
      el.data = tiny;
      el.setAttribute('data', '{"version":1}');
      el.src = 'https://example.invalid/x.json';
    });
    expect(names(el)).toEqual(['Russia']);
    el.requestUpdate();
    await el.updateComplete;
    expect(warns).toHaveBeenCalledTimes(1);
    expect(String(warns.mock.calls[0]![0])).toContain('precedence');
  });
  it('loads a same-origin src', async () => {
    const el = await make(
      (el) => (el.src = new URL('../test/fixtures/tiny.json', import.meta.url).href),
    );
    await settle(el);
    expect(names(el)).toEqual(['Russia']);
  });
  it('refuses an http: src from another origin without fetching', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const el = await make((el) => (el.src = 'http://example.com/data.json'));
    expect(status(el)).toContain('could not be loaded');
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });
  it('a src that fails shows the error state with a retry button that fetches again', async () => {
    let calls = 0;
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => {
      calls += 1;
      return calls === 1
        ? new Response('nope', { status: 500 })
        : new Response(JSON.stringify(tiny), { headers: { 'content-type': 'application/json' } });
    });
    const el = await make((el) => (el.src = '/data.json'));
    await settle(el);
    expect(status(el)).toContain('could not be loaded');
    expect(String(errors.mock.calls[0]![0])).toBe(
      '<nv-test-data-chart> src: request failed with HTTP 500',
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('.nv-error button')!.click();
    await el.updateComplete;
    await settle(el);
    expect(names(el)).toEqual(['Russia']);
    expect(fetchSpy.mock.calls[0]![1]).toMatchObject({
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    fetchSpy.mockRestore();
  });
  it('when src changes quickly only the last response renders', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const slow = String(input).includes('slow');
      await new Promise((r) => setTimeout(r, slow ? 120 : 10));
      const data = structuredClone(tiny);
      data.actors[0]!.name.en = slow ? 'Slow' : 'Fast';
      return new Response(JSON.stringify(data), {
        headers: { 'content-type': 'application/json' },
      });
    });
    const el = await make((el) => (el.src = '/slow.json'));
    el.src = '/fast.json';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    await el.updateComplete;
    expect(names(el)).toEqual(['Fast']);
    fetchSpy.mockRestore();
  });
  it('removing the element aborts its request', async () => {
    let signal: AbortSignal | undefined;
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation((_input, init) => {
      signal = init?.signal ?? undefined;
      return new Promise(() => {});
    });
    const el = await make((el) => (el.src = '/never.json'));
    el.remove();
    expect(signal?.aborted).toBe(true);
    fetchSpy.mockRestore();
  });
  it('a src request aborted because .data won is made again when .data is cleared (no endless loading)', async () => {
    const signals: AbortSignal[] = [];
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation((_input, init) => {
      signals.push(init!.signal!);
      // The first request hangs until aborted; the second answers.
      if (signals.length === 1)
        return new Promise((_resolve, reject) =>
          init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)),
        );
      return Promise.resolve(
        new Response(JSON.stringify(tiny), { headers: { 'content-type': 'application/json' } }),
      );
    });
    const el = await make((el) => (el.src = '/data.json'));
    expect(signals).toHaveLength(1);
    el.data = builtIn;
    await el.updateComplete;
    expect(signals[0]!.aborted).toBe(true);
    expect(names(el)).toEqual(['Built in']);
    el.data = undefined;
    await el.updateComplete;
    await settle(el);
    expect(signals).toHaveLength(2);
    expect(names(el)).toEqual(['Russia']);
    fetchSpy.mockRestore();
  });
  it('a src that does not answer within 10 s is aborted and shows the error state', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let signal: AbortSignal | undefined;
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(
      (_input, init) =>
        new Promise((_resolve, reject) => {
          signal = init?.signal ?? undefined;
          signal?.addEventListener('abort', () => reject(signal!.reason));
        }),
    );
    try {
      const el = await make((el) => (el.src = '/slow.json'));
      await loadSupplied();
      await vi.advanceTimersByTimeAsync(10_001);
      expect(signal?.aborted).toBe(true);
      vi.useRealTimers();
      await settle(el);
      expect(status(el)).toContain('could not be loaded');
      expect(String(errors.mock.calls[0]![0])).toBe(
        '<nv-test-data-chart> src: no response within 10 s',
      );
    } finally {
      vi.useRealTimers();
      fetchSpy.mockRestore();
    }
  });
  it('a response larger than the size cap is refused', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response('{}', {
        headers: { 'content-type': 'application/json', 'content-length': '50000000' },
      }),
    );
    const el = await make((el) => (el.src = '/huge.json'));
    await settle(el);
    expect(String(errors.mock.calls[0]![0])).toBe(
      '<nv-test-data-chart> src: response is 50000000 bytes; the limit is 4000000',
    );
    fetchSpy.mockRestore();
  });
  it('a response that is not JSON is refused', async () => {
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(new Response('<html>', { headers: { 'content-type': 'text/html' } }));
    const el = await make((el) => (el.src = '/page.html'));
    await settle(el);
    expect(String(errors.mock.calls[0]![0])).toContain('expected a JSON content-type');
    fetchSpy.mockRestore();
  });
  it('labels with markup are rendered as text', async () => {
    const data = structuredClone(tiny);
    data.actors[0]!.name.en = '<img src=x onerror="window.__pwned=1">';
    const el = await make((el) => (el.data = data));
    expect(names(el)).toEqual(['<img src=x onerror="window.__pwned=1">']);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
  });
});
