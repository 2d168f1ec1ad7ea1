#!/usr/bin/env node
// Opens the built Storybook the way the README's start command serves it (under /storybook/ of
// tooling/scripts/serve.mjs) in headless Chromium, visits the manager and every entry of
// index.json (docs pages and stories), and reports console errors, failed requests and any
// request to a host other than the local server. Exit code 1 if anything was found.
/* global document -- the callbacks passed to page.evaluate/waitForFunction run in the page */
//   node scripts/check-site.mjs            (after `storybook build`)
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../../tooling/chromium.mjs';
import { startDemoServer } from '../../../tooling/scripts/serve.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const staticDir = `${here}../storybook-static`;
if (!existsSync(`${staticDir}/index.json`)) {
  console.error('No storybook-static/index.json: run `storybook build` first.');
  process.exit(1);
}
// The start command's server itself, on a free port.
const server = await startDemoServer({ port: 0 });
const base = `${server.url}/storybook/`;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
  headless: true,
});
const problems = [];
const outside = new Set();
let pages = 0;
let expectedErrors = 0;

/** Elements showing their error state: each may log one console.error (the contract). */
const countErrorStates = () =>
  [...document.querySelectorAll('*')].filter((e) =>
    e.shadowRoot?.querySelector('[data-state="error"]'),
  ).length;

async function visit(url, waitFor) {
  const page = await browser.newPage();
  const errors = [];
  // Stories of the `src` error state fetch a missing file on purpose: a 4xx for a fetch is the
  // element's input, reported by its own console.error, not a broken site.
  const failedFetches = new Set();
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const at = m.location()?.url ?? '';
    if (m.text().startsWith('Failed to load resource') && failedFetches.has(at)) return;
    errors.push(`${m.text()} (${at})`);
  });
  page.on('pageerror', (e) => problems.push(`${url}\n    page error: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (
      (u.protocol === 'http:' ||
        u.protocol === 'https:' ||
        u.protocol === 'ws:' ||
        u.protocol === 'wss:') &&
      u.hostname !== '127.0.0.1'
    ) {
      outside.add(r.url());
    }
  });
  page.on('requestfailed', (r) =>
    problems.push(`${url}\n    request failed: ${r.url()} (${r.failure()?.errorText})`),
  );
  page.on('response', (r) => {
    if (r.status() < 400) return;
    if (r.request().resourceType() === 'fetch') failedFetches.add(r.url());
    else problems.push(`${url}\n    HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  await waitFor(page);
  await page.waitForTimeout(300);
  const allowed = await page.evaluate(countErrorStates);
  if (errors.length > allowed) {
    problems.push(
      `${url}\n    ${errors.length} console error(s), ${allowed} element(s) in their error state:\n      ${errors.join('\n      ')}`,
    );
  }
  expectedErrors += Math.min(errors.length, allowed);
  await page.close();
  pages++;
}

await visit(base, (p) => p.waitForSelector('#storybook-explorer-tree, nav', { timeout: 15000 }));
const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8'));
for (const entry of Object.values(index.entries)) {
  const mode = entry.type === 'docs' ? 'docs' : 'story';
  const url = `${base}iframe.html?viewMode=${mode}&id=${entry.id}`;
  await visit(url, (p) =>
    p.waitForFunction(
      (m) =>
        m === 'docs'
          ? document.querySelector(
              '#storybook-docs .sbdocs-content, .sb-errordisplay, .sb-nopreview',
            )
          : document.body.classList.contains('sb-show-main') ||
            document.body.classList.contains('sb-show-errordisplay'),
      mode,
      { timeout: 15000 },
    ),
  );
  const shown = entry.type === 'docs' ? 'docs ' : 'story';
  console.log(`  ${shown} ${entry.id}`);
}
await browser.close();
await server.close();

console.log(`\nVisited ${pages} pages under ${base}`);
console.log(
  outside.size
    ? `Requests to other hosts:\n  ${[...outside].join('\n  ')}`
    : 'No request to any other host.',
);
console.log(
  `${expectedErrors} console error(s) came from elements showing their error state (expected: one each).`,
);
console.log(
  problems.length
    ? `Problems:\n  ${problems.join('\n  ')}`
    : 'No other console errors, no failed requests.',
);
process.exit(problems.length || outside.size ? 1 : 0);
