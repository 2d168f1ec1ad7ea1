// connected → drawn for <escalation-ladder>: the article's dataset and a synthetic 200-rung
// one, in headless Debian Chromium. Not part of the test command: `node bench/render.mjs`
// after `pnpm build`. See bench/README.md.
/* global window, document, customElements, requestAnimationFrame -- code in page.evaluate() runs in the browser */
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { chromiumArgs, chromiumPath } from '../../../tooling/chromium.mjs';

const ROUNDS = 20;
/** What is measured: the tag, and the dataset set as `.data` (validated by core) if any. */
const CASES = {
  'article (built in)': ['escalation-ladder', null],
  'article (.data)': ['escalation-ladder', 'article'],
  '200 rungs (built in)': ['bench-ladder-200', null],
  '200 rungs (.data)': ['escalation-ladder', 'synthetic'],
};
const WIDTHS = [320, 960];

const server = await serve();
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
  headless: true,
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  await page.waitForFunction(() => window.ladderBench && customElements.get('escalation-ladder'));
  await page.evaluate(() => {
    window.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longest = Math.max(window.longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const results = {};
  for (const width of WIDTHS) {
    for (const name of Object.keys(CASES)) {
      results[`${name} @ ${width}px, laid out`] = [];
      results[`${name} @ ${width}px, next frame`] = [];
    }
    // Alternate the datasets so neither always runs on a warmer engine.
    for (let i = 0; i < ROUNDS; i++) {
      for (const [name, [tag, data]] of Object.entries(CASES)) {
        const ms = await page.evaluate(
          async ([tag, data, width]) => {
            const host = document.getElementById('host');
            host.replaceChildren();
            host.style.width = `${width}px`;
            await new Promise((r) => requestAnimationFrame(r));
            const el = document.createElement(tag);
            if (data) el.data = window.ladderBench[data];
            const t0 = performance.now();
            host.append(el);
            await el.updateComplete;
            // Style and layout, forced: the work the element causes, without the wait for vsync.
            el.shadowRoot.querySelector('[part~="base"]').getBoundingClientRect();
            const laidOut = performance.now() - t0;
            await new Promise((r) => requestAnimationFrame(r));
            return [laidOut, performance.now() - t0];
          },
          [tag, data, width],
        );
        results[`${name} @ ${width}px, laid out`].push(ms[0]);
        results[`${name} @ ${width}px, next frame`].push(ms[1]);
      }
    }
  }
  const longest = await page.evaluate(() => window.longest);
  const q = (xs, p) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)];
  console.log(
    `escalation-ladder connected → drawn (${ROUNDS} rounds each, headless ${await browser.version()})`,
  );
  console.log(`${'case'.padEnd(42)}median ms   p95 ms   max ms`);
  for (const [k, xs] of Object.entries(results)) {
    console.log(
      `${k.padEnd(40)}${q(xs, 0.5).toFixed(1).padStart(9)}${q(xs, 0.95).toFixed(1).padStart(9)}${Math.max(
        ...xs,
      )
        .toFixed(1)
        .padStart(9)}`,
    );
  }
  console.log(`longest task: ${longest ? `${longest.toFixed(0)} ms` : 'none over 50 ms'}`);
} finally {
  await browser.close();
  await server.close();
}
