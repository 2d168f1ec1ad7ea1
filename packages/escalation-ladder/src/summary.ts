import { countNoun, formatList, type Lang } from '@nato-viz/core';
import type { Rung, RungStatus } from '@nato-viz/data';
import { HAPPENED } from './layout.js';
import { ladderMessage } from './messages.js';

/** "10 steps" / "10 stappen". */
export function stepCount(lang: Lang, n: number): string {
  return countNoun(lang, n, ladderMessage(lang, 'steps.one'), ladderMessage(lang, 'steps.other'));
}

/** "3 have happened or are under way" / "1 has happened or is under way". */
export function happenedCount(lang: Lang, n: number): string {
  const singular = new Intl.PluralRules(lang).select(n) === 'one';
  return ladderMessage(lang, singular ? 'summary.happened.one' : 'summary.happened.other', { n });
}

const NOT_YET: readonly RungStatus[] = ['proposed', 'conditional', 'hypothetical'];

/**
 * The ladder as one or two sentences of text, the chart's text alternative:
 * "10 steps; 3 have happened or are under way, not yet: 4 proposed, 1 conditional and 2
 * hypothetical. After 3 steps the ladder splits: with a deal 4 steps, without a deal 3 steps.
 * Where things stand: …."
 */
export function summarize(lang: Lang, rungs: readonly Rung[], current?: Rung): string {
  const count = (keep: (r: Rung) => boolean) => rungs.filter(keep).length;
  const notYet = NOT_YET.flatMap((status) => {
    const n = count((r) => r.status === status);
    return n ? [`${n} ${ladderMessage(lang, `status.${status}`)}`] : [];
  });
  let text = `${stepCount(lang, rungs.length)}; ${happenedCount(
    lang,
    count((r) => HAPPENED.includes(r.status)),
  )}`;
  if (notYet.length)
    text += `, ${ladderMessage(lang, 'summary.notYet', { list: formatList(lang, notYet) })}`;
  text += '.';
  const shared = count((r) => r.path === 'both');
  const deal = count((r) => r.path === 'deal');
  const noDeal = count((r) => r.path === 'no-deal');
  if (shared > 0 && deal > 0 && noDeal > 0) {
    const branches = {
      shared: stepCount(lang, shared),
      deal: stepCount(lang, deal),
      noDeal: stepCount(lang, noDeal),
    };
    text += ` ${ladderMessage(lang, 'summary.branches', branches)}`;
  }
  // "Where things stand: …." — the legend's and the badge's words.
  if (current) text += ` ${ladderMessage(lang, 'current')}: ${current.label[lang]}.`;
  return text;
}
