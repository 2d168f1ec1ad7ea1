// The RSS feed: each chart becomes its picture (absolute URL of the plugin's .svg) and its data
// table, never a bare empty tag.
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT, publish, site, type Kind } from './harness.js';

const PICTURES = {
  'nato-presence-map': 'nato-presence-map.nl.svg',
  'escalation-ladder': 'escalation-ladder.en.svg',
  'actor-stance-matrix': 'actor-stance-matrix.en.svg',
};

describe.each(Object.keys(CONTENT) as Kind[])(
  'the RSS feed of a post with the charts as %s',
  (kind) => {
    let item: string;
    beforeAll(async () => {
      publish('author', `feed ${kind}`, CONTENT[kind], [`nv-feed-${kind}`]);
      const xml = await (await fetch(`${site().url}/?feed=rss2&tag=nv-feed-${kind}`)).text();
      item = xml.match(/<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/)?.[1] ?? '';
    });

    it.each(Object.entries(PICTURES))('shows <%s> as its picture', (_tag, svg) => {
      const img = item.match(
        new RegExp(
          `<img [^>]*src="(${site().url.replace(/[.:/]/g, '\\$&')}/wp-content/plugins/nato-viz/assets/fallback/${svg.replace('.', '\\.')})"[^>]* alt="([^"]+)"`,
        ),
      );
      expect(img, `no picture ${svg} in:\n${item.slice(0, 2000)}`).not.toBeNull();
    });

    it('shows each chart’s table, with its quotes', () => {
      expect(item.match(/<table>/g)?.length).toBe(3);
      expect(item).toContain('<q lang="nl">');
      // The matrix's table keeps only the three issues the chart shows.
      expect(item).not.toContain('Robust security guarantees</th>');
    });

    it('has no empty chart tag and no script', () => {
      expect(item).not.toMatch(/<(nato-presence-map|escalation-ladder|actor-stance-matrix)\b/);
      expect(item).not.toContain('<script');
    });

    it('says where a picture shows another view than the chart', () => {
      // The dataset's labels carry soft hyphens (U+00AD) where a header may break; a reader sees none.
      expect(item.replaceAll('\u00AD', '')).toContain(
        'The picture shows the default view; the chart on this page is set to: only the issues Ceasefire, Withdrawal from the Donbas, NATO air policing over Ukraine.',
      );
    });
  },
);
