// Pure text helpers for the docs blocks (tested in Node: test/embed.test.ts).

/** The lines of a Markdown section whose heading matches, down to the next heading of its level. */
export function markdownSection(markdown: string, heading: RegExp): string | undefined {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^#{1,6}\s/.test(l) && heading.test(l));
  if (start < 0) return undefined;
  const level = (/^#+/.exec(lines[start] as string)?.[0] ?? '#').length;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const m = /^(#+)\s/.exec(lines[i] as string);
    if (m && (m[1] as string).length <= level) {
      end = i;
      break;
    }
  }
  return lines
    .slice(start + 1, end)
    .join('\n')
    .trim();
}

/** `--nv-*` declarations of the first `:host` block of core's theme tokens: name, light, dark. */
export function parseTokens(
  cssText: string,
): { name: string; light: string; dark: string; value: string }[] {
  const host = /:host\s*\{([^}]*)\}/.exec(cssText)?.[1] ?? '';
  return [...host.matchAll(/(--nv-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => {
    const value = (m[2] as string).trim();
    const ld = /^light-dark\(\s*([^,]+),\s*([^)]+)\)$/.exec(value);
    return {
      name: m[1] as string,
      value,
      light: ld ? (ld[1] as string).trim() : value,
      dark: ld ? (ld[2] as string).trim() : value,
    };
  });
}
