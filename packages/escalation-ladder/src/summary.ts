import { countNoun, formatList, translate, type Lang } from '@nato-viz/core';
import type { Rung, RungStatus } from '@nato-viz/data';
import { countStatuses, HAPPENED } from './layout.js';
import { messages, type MessageKey } from './messages.js';

/** A message with `one|many` forms, for `n`. */
export function plural(lang: Lang, key: MessageKey, n: number): string {
  const [one = '', many = one] = translate(messages, lang, key).split('|');
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
  const counts = countStatuses(rungs);
  const happened = HAPPENED.reduce((s, k) => s + counts[k], 0);
  const notYet = NOT_YET.filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${t(`status.${k}`)}`);
  let text = `${stepCount(lang, rungs.length)}; ${t('summary.happened', {
    n: happened,
    verb: plural(lang, 'summary.happened.verb', happened),
    verb2: plural(lang, 'summary.happened.verb2', happened),
  })}`;
  if (notYet.length) text += `, ${t('summary.notYet', { list: formatList(lang, notYet) })}`;
  text += '.';
  const on = (p: Rung['path']) => rungs.filter((r) => r.path === p).length;
  const shared = on('both');
  const deal = on('deal');
  const noDeal = on('no-deal');
  if (shared > 0 && deal > 0 && noDeal > 0) {
    text += ` ${t('summary.branches', {
      shared: stepCount(lang, shared),
      deal: stepCount(lang, deal),
      noDeal: stepCount(lang, noDeal),
    })}`;
  }
  if (current) text += ` ${t('summary.current', { label: current.label[lang] })}`;
  return text;
}
