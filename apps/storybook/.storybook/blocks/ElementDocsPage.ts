// The docs page of every element (autodocs): Storybook's default page plus the embed code with
// its copy button, placed right under the primary story where editors look for it.
import { createElement as h, Fragment } from 'react';
import {
  Controls,
  Description,
  Heading,
  Primary,
  Stories,
  Subtitle,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';
import { EmbedCode } from './EmbedCode.js';

export function ElementDocsPage() {
  const meta = useOf('meta', ['meta']);
  const component = meta.preparedMeta.component;
  const tag = typeof component === 'string' ? component : undefined;
  return h(
    Fragment,
    null,
    h(Title),
    h(Subtitle),
    h(Description, { of: 'meta' }),
    h(Primary),
    tag
      ? h(
          Fragment,
          null,
          h(Heading, null, 'Embed code'),
          h(EmbedCode, { tag, attributes: { lang: 'nl' } }),
        )
      : null,
    h(Heading, null, 'API'),
    h(Controls),
    h(Stories),
  );
}
