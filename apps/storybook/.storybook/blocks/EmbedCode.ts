// A docs block: the embed code for an element, shown as text, with a real button that copies it.
// No eval, no inline handlers in markup: React wires the click.
import { createElement as h, useId, useState } from 'react';
import { Source } from '@storybook/addon-docs/blocks';
import { embedSnippet, embedSnippetWithFallback } from '../embed.js';

export interface EmbedCodeProps {
  /** The element's tag name. */
  tag: string;
  /** Attributes to put on the element in the snippet. */
  attributes?: Record<string, string | number | boolean>;
  /** When given, the snippet ends with a `<noscript>` paragraph of this text. */
  fallback?: string;
}

/** Copies text, with the older selection API as a fallback for pages without clipboard access. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'nv-sb-offscreen';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

export function EmbedCode({ tag, attributes, fallback }: EmbedCodeProps) {
  const [status, setStatus] = useState('');
  const statusId = useId();
  const code =
    fallback === undefined
      ? embedSnippet(tag, attributes)
      : embedSnippetWithFallback(tag, attributes ?? {}, fallback);
  const onClick = () => {
    setStatus('');
    void copyText(code).then((ok) =>
      setStatus(
        ok
          ? `Copied the embed code for <${tag}>.`
          : 'Copying failed: select the code and copy it by hand.',
      ),
    );
  };
  return h(
    'div',
    { className: 'nv-sb-embed' },
    h(Source, { code, language: 'html', dark: false }),
    h(
      'p',
      { className: 'nv-sb-embed-actions' },
      h(
        'button',
        {
          type: 'button',
          className: 'nv-sb-copy',
          onClick,
          'aria-describedby': statusId,
          'data-embed-tag': tag,
        },
        `Copy embed code for <${tag}>`,
      ),
      ' ',
      h('span', { id: statusId, role: 'status', className: 'nv-sb-copy-status' }, status),
    ),
  );
}
