// Hostile attribute values, as an Author would type them: escaped or rejected, nothing runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, publish, visit, type Visit } from './harness.js';

const CASES = {
  'a block with lang="\\"><script>"':
    '<!-- wp:nato-viz/chart {"chart":"map","lang":"\\u0022\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"} /-->',
  'a block with issues="../../"':
    '<!-- wp:nato-viz/chart {"chart":"matrix","issues":["../../"],"caption":"\\u003cimg src=x onerror=alert(2)\\u003e"} /-->',
  'a shortcode with lang="\\"><script>"':
    '[nato-viz chart="ladder" lang="&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;"]',
  'a shortcode with chart="<img onerror>"': '[nato-viz chart="<img src=x onerror=alert(4)>"]',
  'a pasted tag with lang="\\"><script>" and issues="../../"':
    '<!-- wp:html --><actor-stance-matrix lang="&quot;&gt;&lt;script&gt;alert(5)&lt;/script&gt;" issues="../../" onclick="alert(6)"></actor-stance-matrix><!-- /wp:html -->',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(CASES))('%s', (name, content) => {
  let post: ReturnType<typeof publish>;
  let v: Visit;
  let html: string;
  beforeAll(async () => {
    post = publish(
      'author',
      name,
      `<!-- wp:paragraph --><p>Before.</p><!-- /wp:paragraph -->\n\n${content}`,
    );
    html = await (await fetch(post.url)).text();
    v = await visit(browser, post.url, { width: 1280, height: 900 });
  });
  afterAll(async () => {
    await v?.page.context().close();
  });

  it('runs nothing', async () => {
    expect(v.executed).toEqual([]);
    const body = html.slice(html.indexOf('<body'));
    expect(body).not.toMatch(/<script>alert|<[^>]+\son(error|click)=/i);
  });

  it('writes only documented values onto the tags', async () => {
    const attrs = await v.page.evaluate(() =>
      [
        ...document.querySelectorAll('nato-presence-map, escalation-ladder, actor-stance-matrix'),
      ].map((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]))),
    );
    for (const a of attrs) {
      if (a.lang !== undefined && !name.includes('pasted')) expect(a.lang).toMatch(/^(nl|en)$/);
      expect(a.onclick).toBeUndefined();
      if (!name.includes('pasted')) expect(a.issues).toBeUndefined();
    }
  });

  it('draws a valid chart, or shows a rejected one as the element’s error state, or nothing', () => {
    if (name.includes('chart="<img')) {
      expect(v.drawn).toEqual([]);
    } else if (name.includes('pasted')) {
      // The element itself rejects the value: its translated error state and one console error.
      expect(v.drawn.map((d) => d.error)).toEqual([true]);
      expect(v.errors.length).toBe(1);
    } else {
      expect(v.drawn.length).toBe(1);
      expect(v.drawn[0]!.error).toBe(false);
      expect(v.errors).toEqual([]);
    }
  });
});
