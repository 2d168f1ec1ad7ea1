import { countNoun, formatList, translate, type Lang } from '@nato-viz/core';
import type { Rung, RungStatus } from '@nato-viz/data';
import { HAPPENED } from './layout.js';
import { messages, type MessageKey } from './messages.js';

/** A message with `one|many` forms, for `n` (which fills `{n}`). */
export function plural(lang: Lang, key: MessageKey, n: number): string {
  const [one = '', many = one] = translate(messages, lang, key, { n }).split('|');
  return new Intl.PluralRules(lang).select(n) === 'one' ? one : many;
}

/** "10 steps" / "10 stappen". */
export function stepCount(lang: Lang, n: number): string {
  const [one = '', many = one] = translate(messages, lang, 'steps').split('|');
  return countNoun(lang, n, one, many);
}

const NOT_YET: readonly RungStatus[] = ['proposed', 'conditional', 'hypothetical'];

/**
 * The ladder as one or two sentences of text, the chart's text alternative:
 * "10 steps; 3 have happened or are under way, not yet: 4 proposed, 1 conditional and 2
 * hypothetical. After 3 steps the ladder splits: with a deal 4 steps, without a deal 3 steps.
 * Where things stand: …."
 */
export function summarize(lang: Lang, rungs: readonly Rung[], current?: Rung): string {
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(messages, lang, key, vars);
  const count = (keep: (r: Rung) => boolean) => rungs.filter(keep).length;
  const happened = count((r) => HAPPENED.includes(r.status));
  const notYet = NOT_YET.flatMap((k) => {
    const n = count((r) => r.status === k);
    return n ? [`${n} ${t(`status.${k}`)}`] : [];
  });
  let text = `${stepCount(lang, rungs.length)}; ${plural(lang, 'summary.happened', happened)}`;
  if (notYet.length) text += `, ${t('summary.notYet', { list: formatList(lang, notYet) })}`;
  text += '.';
  const shared = count((r) => r.path === 'both');
  const deal = count((r) => r.path === 'deal');
  const noDeal = count((r) => r.path === 'no-deal');
  if (shared > 0 && deal > 0 && noDeal > 0) {
    text += ` ${t('summary.branches', {
      shared: stepCount(lang, shared),
      deal: stepCount(lang, deal),
      noDeal: stepCount(lang, noDeal),
    })}`;
  }
  // "Where things stand: …." — the legend's and the badge's words.
  if (current) text += ` ${t('current')}: ${current.label[lang]}.`;
  return text;
}
