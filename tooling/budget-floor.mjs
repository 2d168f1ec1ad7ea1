// What any implementation of each element must ship before its first line of logic, against the
// issues' size budgets: Lit (the decided stack) with the smallest possible element, plus the
// text both languages need (core's and the element's message catalogs, as they stand), plus the
// CSS (core's theme tokens and state styles, the element's stylesheet), plus for the embed the
// dataset, the topology and d3-geo's projection. Whatever is left under the budget is all that
// code — core's contract and the element's rendering, layout, keyboard and popover — may take.
//
// Usage: node tooling/budget-floor.mjs   (after `pnpm build`; reads the packages' dist/)
// A measurement for a product decision, not a test: nothing here asserts anything.
import { measureBundle, kb } from './size.mjs';
import { fileURLToPath } from 'node:url';

const P = fileURLToPath(new URL('../packages/', import.meta.url));

const LIT = `import { LitElement, html, css } from 'lit';
class A extends LitElement { static styles = css\`:host{display:block}\`; render() { return html\`<p>\${1}</p>\`; } }
customElements.define('x-floor', A);`;
const CORE_TEXT = `import { coreMessages } from '${P}core/dist/i18n.js'; console.log(coreMessages);`;
const CORE_CSS = `import { themeTokens, visuallyHidden } from '${P}core/dist/tokens.js'; import { stateStyles } from '${P}core/dist/errors.js';
console.log(themeTokens, visuallyHidden, stateStyles);`;
const text = (pkg, i = '') =>
  `import * as m${i} from '${P}${pkg}/dist/messages.js'; console.log(m${i});`;
const styles = (pkg, i = '') =>
  `import * as s${i} from '${P}${pkg}/dist/${pkg}.styles.js'; console.log(s${i});`;

const ELEMENTS = ['nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'];
const BUDGETS = { 'nato-presence-map': 20, 'escalation-ladder': 14, 'actor-stance-matrix': 12 };

// Resolved from the map's package, which has Lit and d3-geo as dependencies.
async function gzipOf(contents, stubData = true) {
  const r = await measureBundle({ contents, resolveDir: `${P}nato-presence-map` }, { stubData });
  return r.initial.gzip;
}

const rows = [];
for (const pkg of ELEMENTS) {
  const lit = await gzipOf(LIT);
  const withText = await gzipOf(LIT + CORE_TEXT + text(pkg));
  const floor = await gzipOf(LIT + CORE_TEXT + text(pkg) + CORE_CSS + styles(pkg));
  const now = (await measureBundle(`${P}${pkg}/dist/define.js`)).initial.gzip;
  const budget = BUDGETS[pkg] * 1024;
  rows.push({ pkg, lit, withText, floor, now, budget });
}
{
  const all = ELEMENTS.map((p, i) => text(p, i) + styles(p, i)).join('\n');
  const embedAssets =
    `import a from '${P}data/generated/article.json'; import t from '${P}data/generated/europe.topo.json';` +
    `import { geoConicEqualAreaRaw } from 'd3-geo'; console.log(a, t, geoConicEqualAreaRaw);`;
  const lit = await gzipOf(LIT + embedAssets, false);
  const withText = await gzipOf(LIT + embedAssets + CORE_TEXT + all, false);
  const floor = await gzipOf(LIT + embedAssets + CORE_TEXT + all + CORE_CSS, false);
  const now = (await measureBundle(`${P}embed/dist/nato-viz.js`, { stubData: false })).initial.gzip;
  rows.push({
    pkg: 'embed (lit + data + topology + projection)',
    lit,
    withText,
    floor,
    now,
    budget: 45 * 1024,
  });
}

console.log('gzip, initial load; "code" = everything that is not Lit, text or CSS\n');
console.table(
  Object.fromEntries(
    rows.map((r) => [
      r.pkg,
      {
        'lit (+ assets)': kb(r.lit),
        '+ text, both languages': kb(r.withText),
        '+ CSS = floor': kb(r.floor),
        budget: kb(r.budget),
        'room for code': kb(r.budget - r.floor),
        'code today': kb(r.now - r.floor),
        'cut of code needed':
          r.now <= r.budget
            ? 'none'
            : `${Math.round((100 * (r.now - r.budget)) / (r.now - r.floor))} %`,
        'cut of code + CSS needed':
          r.now <= r.budget
            ? 'none'
            : `${Math.round((100 * (r.now - r.budget)) / (r.now - r.withText))} %`,
      },
    ]),
  ),
);
