import type { ArgsStoryFn } from 'storybook/internal/types';
import type { WebComponentsRenderer } from '@storybook/web-components-vite';
import { elements, eventArgName } from './manifest.js';

/**
 * The render used by stories that write none: creates the element and applies the args the way
 * a page would — attributes with `setAttribute` (booleans as presence), `.name` and unknown keys
 * as properties, `on<Event>` actions as listeners, `--custom-properties` through the CSSOM
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
  const attributes = new Set((decl?.attributes ?? []).map((a) => a.name));
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
      if (typeof value === 'function') el.addEventListener(events.get(key) as string, value as EventListener);
    } else if ((attributes.has(key) || key.includes('-')) && (value === null || typeof value !== 'object')) {
      if (value === false || value === null) el.removeAttribute(key);
      else el.setAttribute(key, value === true ? '' : String(value));
    } else {
      el[key] = value;
    }
  }
  return el;
};
