import type { ArgsStoryFn } from 'storybook/internal/types';
import type { WebComponentsRenderer } from '@storybook/web-components-vite';
import { attrKey, elements, eventArgName } from './manifest.js';

/**
 * The render used by stories that write none: creates the element and applies the args the way
 * a page would — attributes with `setAttribute` (booleans as presence; the arg may be named after
 * the attribute or its property, e.g. `no-legend` or `noLegend`), `.name` and other keys as
 * properties, `on<Event>` actions as listeners, `--custom-properties` through the CSSOM
 * (never a `style` attribute) and `slot:<name>` as slotted text. Storybook's default render
 * assigns every arg as a property, which does nothing for `no-legend` and friends.
 */
export const render: ArgsStoryFn<WebComponentsRenderer> = (args, context) => {
  const tag = context.component;
  if (typeof tag !== 'string') {
    throw new Error(`Story ${context.id} needs \`component: '<tag-name>'\` or its own render.`);
  }
  const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
  const decl = elements.get(tag);
  // Arg key (property name, or the attribute name itself) → attribute name.
  const attributes = new Map<string, string>();
  for (const a of decl?.attributes ?? []) {
    attributes.set(a.name, a.name);
    attributes.set(attrKey(a), a.name);
  }
  const events = new Map((decl?.events ?? []).map((e) => [eventArgName(e.name), e.name]));

  for (const [key, value] of Object.entries(args)) {
    if (value === undefined) continue;
    if (key.startsWith('--')) {
      if (value !== '' && value !== null) el.style.setProperty(key, String(value));
    } else if (key.startsWith('slot:')) {
      const name = key.slice('slot:'.length);
      if (name && typeof value === 'string' && value !== '') {
        const span = document.createElement('span');
        span.slot = name;
        span.textContent = value;
        el.append(span);
      }
    } else if (key.startsWith('.')) {
      el[key.slice(1)] = value;
    } else if (events.has(key)) {
      if (typeof value === 'function')
        el.addEventListener(events.get(key) as string, value as EventListener);
    } else if (
      (attributes.has(key) || key.includes('-')) &&
      (value === null || typeof value !== 'object')
    ) {
      const name = attributes.get(key) ?? key;
      if (value === false || value === null) el.removeAttribute(name);
      else el.setAttribute(name, value === true ? '' : String(value));
    } else {
      el[key] = value;
    }
  }
  return el;
};
