/**
 * Where an element's text breaks across lines inside a word (issue 17), for browser tests: for
 * each text node, the line of each character (Range.getClientRects); a new line may start only
 * after a space, a hyphen or a soft hyphen (U+00AD). Returns the words broken elsewhere, as
 * “Terugtrekkin|g”. Shared by the three elements' headers tests.
 */
export function midWordBreaks(element: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    let lastTop: number | undefined;
    let last = -1;
    for (let i = 0; i < value.length; i++) {
      if (/[\s\u00AD]/.test(value[i]!)) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      // A character just after a break may also report an empty box at the end of the line before.
      const rect = [...range.getClientRects()].filter((r) => r.width > 0).at(-1);
      if (!rect) continue;
      if (lastTop !== undefined && rect.top > lastTop + 2) {
        const between = value.slice(last, i);
        if (!/[\s\u00AD-]/.test(between)) {
          const start = value.lastIndexOf(' ', last) + 1;
          const end = value.indexOf(' ', i);
          broken.push(`${value.slice(start, i)}|${value.slice(i, end < 0 ? undefined : end)}`);
        }
      }
      lastTop = rect.top;
      last = i;
    }
  }
  return broken;
}
