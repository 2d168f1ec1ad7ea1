// A story may log console.error only as the elements' contract allows: once per element that
// shows its visible error state (bad attribute, bad data). Any other console error fails the
// story test, so "every story renders without console errors" is checked, not hoped for.
// Opt out for one story with `parameters: { nv: { allowConsoleErrors: true } }`.
import type { Preview } from '@storybook/web-components-vite';

let logged: string[] = [];

function describeArg(a: unknown): string {
  return a instanceof Error
    ? a.message
    : typeof a === 'string'
      ? a
      : (JSON.stringify(a) ?? String(a));
}

export const beforeEach: NonNullable<Preview['beforeEach']> = () => {
  logged = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    logged.push(args.map(describeArg).join(' '));
    original.apply(console, args);
  };
  return () => {
    console.error = original;
  };
};

type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

export const afterEach: NonNullable<Preview['afterEach']> = async ({
  canvasElement,
  parameters,
  viewMode,
}) => {
  if (
    viewMode !== 'story' ||
    (parameters.nv as { allowConsoleErrors?: boolean } | undefined)?.allowConsoleErrors
  )
    return;
  const custom = [...canvasElement.querySelectorAll<Updating>('*')].filter(
    (e) => e.localName.includes('-') && e.shadowRoot,
  );
  await Promise.all(custom.map((e) => e.updateComplete));
  const inError = custom.filter((e) => e.shadowRoot?.querySelector('[data-state="error"]')).length;
  if (logged.length > inError) {
    throw new Error(
      `The story logged ${logged.length} console error(s) but shows ${inError} element(s) in their error state:\n` +
        logged.map((m) => `  ${m}`).join('\n'),
    );
  }
};
