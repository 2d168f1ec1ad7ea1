// Source maps are correct or absent. The tsc-built packages ship none (their maps pointed at
// src/*.ts, which is not published, and the minify step after tsc moved the code under them).
// The embed's two files have maps that carry their sources (sourcesContent), and every named
// mapping lands on that name in the original source.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

const packages = fileURLToPath(new URL('../../', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

describe.each(['core', 'data', 'nato-presence-map', 'escalation-ladder', 'actor-stance-matrix'])(
  '@nato-viz/%s dist',
  (p) => {
    it('has no source map and no sourceMappingURL pointing at one', () => {
      const dir = join(packages, p, 'dist');
      expect(existsSync(dir)).toBe(true);
      const files = readdirSync(dir, { recursive: true }).map(String);
      expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
      for (const f of files.filter((f) => /\.(js|d\.ts)$/.test(f)))
        expect(readFileSync(join(dir, f), 'utf8'), f).not.toContain('sourceMappingURL');
    });
  },
);

describe.each(['nato-viz.js', 'nato-viz.supplied.js'])('dist/%s.map', (file) => {
  const code = readFileSync(join(dist, file), 'utf8');
  const raw = JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8')) as RawSourceMap;

  it('is linked from the file and carries every source it names', () => {
    expect(code.trimEnd().endsWith(`//# sourceMappingURL=${file}.map`)).toBe(true);
    expect(raw.sourcesContent?.length).toBe(raw.sources.length);
    expect(raw.sourcesContent!.every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
  });

  it('maps every named identifier to an identifier in its original source, nearly all to that very name', () => {
    const consumer = new SourceMapConsumer(raw);
    const lines = new Map(
      raw.sources.map((s, i) => [consumer.sources[i]!, raw.sourcesContent![i]!.split('\n')]),
    );
    let named = 0;
    let exact = 0;
    const wrong: string[] = [];
    consumer.eachMapping((m) => {
      // A JSON module's binding (`article_default`) is esbuild's own name for the whole file.
      if (!m.name || m.source == null || m.source.endsWith('.json')) return;
      named++;
      const text = (lines.get(m.source)?.[(m.originalLine ?? 0) - 1] ?? '').slice(
        m.originalColumn ?? 0,
      );
      if (text.startsWith(m.name)) exact++;
      // Where a binding was renamed across modules (Lit's `html` is `b` in its own file), the
      // name is the other module's; the position must still be the start of an identifier.
      // A third-party package's own published map is as it ships (@lit/task's maps a class field's
      // name to the text after it): only the maps of this repository's code must be exact.
      else if (!/^[A-Za-z_$#]/.test(text) && !m.source.includes('/node_modules/'))
        wrong.push(
          `${m.name} → ${m.source}:${m.originalLine}:${m.originalColumn} "${text.slice(0, 20)}"`,
        );
    });
    expect(named).toBeGreaterThan(100);
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(exact / named).toBeGreaterThan(0.95);
  });
});
