import { formatDate, formatList, type Lang } from '@nato-viz/core';
import type { Dataset } from '@nato-viz/data';
import type { RungText } from './layout.js';
import { ladderMessage } from './messages.js';

/**
 * What each rung's box says in `lang`, by rung id: its label, its actors by name as a list,
 * its date (marked when derived, empty when the article gives none) and its status word. The
 * height estimate, the rungs, the card and the table all read these.
 */
export function rungTexts(data: Dataset, lang: Lang): Map<string, RungText> {
  const names = new Map(data.actors.map((a) => [a.id, a.name[lang]]));
  const derived = ` (${ladderMessage(lang, 'derived')})`;
  const texts = new Map<string, RungText>();
  for (const rung of data.rungs) {
    const date = rung.date;
    texts.set(rung.id, {
      label: rung.label[lang],
      actors: formatList(
        lang,
        rung.actors.map((id) => names.get(id) ?? id),
      ),
      date: date ? formatDate(lang, date.value) + (date.derived ? derived : '') : '',
      status: ladderMessage(lang, `status.${rung.status}`),
    });
  }
  return texts;
}
