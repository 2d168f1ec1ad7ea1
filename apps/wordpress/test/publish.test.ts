// Every role that can publish, every way to place the charts: what is stored, and what a
// reader gets at 1280 and 390 px with the script late (no layout shift, nothing overflows, no
// console error, every chart drawn) and with JavaScript off (picture and table in the column).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CONTENT, TAGS, launch, publish, type Kind, type Visit, visit } from './harness.js';
import type { Role } from './wordpress.js';

const ROLES: Role[] = ['author', 'editor', 'administrator'];
const KINDS = Object.keys(CONTENT) as Kind[];
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(ROLES)('as %s', (role) => {
  describe.each(KINDS)('a post with the charts as %s', (kind) => {
    let post: ReturnType<typeof publish>;
    beforeAll(() => {
      post = publish(role, `${kind} by ${role}`, CONTENT[kind]);
    });

    it('is stored with all three charts', () => {
      if (kind === 'pasted') {
        expect(post.stored).toContain('<nato-presence-map lang="nl"></nato-presence-map>');
        expect(post.stored).toContain(
          '<escalation-ladder lang="en" path="deal"></escalation-ladder>',
        );
        expect(post.stored).toContain(
          '<actor-stance-matrix issues="ceasefire,leave-donbas,nato-air-policing"></actor-stance-matrix>',
        );
        // WordPress still strips the pasted <script> for users without unfiltered_html.
        expect(post.stored.includes('<script'), 'script kept').toBe(role === 'administrator');
      } else {
        expect(post.stored).toBe(CONTENT[kind]);
      }
    });

    describe.each(VIEWPORTS)('viewed at $width px with the script late', (viewport) => {
      let v: Visit;
      beforeAll(async () => {
        v = await visit(browser, post.url, viewport);
      });
      afterAll(async () => {
        await v?.page.context().close();
      });

      it('draws all three charts, none in its error state', () => {
        expect(v.drawn.map((d) => d.tag)).toEqual([...TAGS]);
        expect(v.drawn.filter((d) => d.error)).toEqual([]);
      });

      it('logs no console error and asks no other host', () => {
        expect(v.errors).toEqual([]);
        expect(v.outside).toEqual([]);
      });

      it('reserves each chart’s drawn height, so the layout does not shift (CLS 0)', () => {
        const deltas = v.drawn.map((d, i) => ({
          tag: d.tag,
          reserved: Math.round(v.reserved[i]!.height),
          drawn: Math.round(d.height),
        }));
        for (const d of deltas)
          expect(Math.abs(d.reserved - d.drawn), JSON.stringify(d)).toBeLessThanOrEqual(1);
        const cls = v.shifts.reduce((a, s) => a + s.value, 0);
        expect(cls, JSON.stringify(v.shifts)).toBe(0);
      });

      it('does not scroll sideways', () => {
        expect(v.overflow).toBeLessThanOrEqual(0);
      });
    });

    it('without JavaScript, shows each chart’s picture and table within the column at 390 px', async () => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 390, height: 844 },
      });
      const page = await context.newPage();
      await page.goto(post.url, { waitUntil: 'load' });
      const charts = await page.evaluate(
        (tags) => {
          const column = document
            .querySelector('.wp-block-post-content, .entry-content')!
            .getBoundingClientRect();
          return tags.map((t) => {
            const el = document.querySelector(t)!;
            const img = el.querySelector('img')!;
            const details = el.querySelector('details');
            if (details) details.open = true;
            const table = el.querySelector('table');
            const r = img.getBoundingClientRect();
            return {
              tag: t,
              picture:
                img.complete &&
                img.naturalWidth > 0 &&
                r.width > 0 &&
                r.left >= column.left - 1 &&
                r.right <= column.right + 1,
              table:
                !!table &&
                table.rows.length > 1 &&
                !!details &&
                details.getBoundingClientRect().right <= column.right + 1,
            };
          });
        },
        [...TAGS],
      );
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      await context.close();
      expect(charts).toEqual(TAGS.map((tag) => ({ tag, picture: true, table: true })));
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});
