#!/usr/bin/env node
// Writes dist/react.d.ts and dist/vue.d.ts for an element package from its
// custom-elements.json (run in the package folder after `cem analyze`): JSX types for React 19
// and template/TSX types for Vue 3, so `<nato-presence-map scenario="deal">` type-checks there.
//
// From the manifest come the tag, the class, its public properties and its events. The API
// every element inherits from @nato-viz/core (`theme`, `data`, `src`, the `nv-error` event) is
// added from core's manifest where it has one, else from BASE below. Types come from the class
// itself (`NatoPresenceMap['scenario']`), and a name that is not a public member of the class
// is dropped by the type, so internal state never becomes a prop.
// Each .d.ts has an empty .js twin, so `import '@nato-viz/<pkg>/react'` also works at run time.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.cwd();
const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));

/** What NvElement and NvDataElement add to every element (core has no manifest of its own yet). */
const BASE = { properties: ['theme', 'data', 'src'], events: ['nv-error'] };

const coreManifest = join(dir, 'node_modules/@nato-viz/core/custom-elements.json');
const inherited = (() => {
  if (!existsSync(coreManifest)) return BASE;
  const core = JSON.parse(readFileSync(coreManifest, 'utf8'));
  const decls = core.modules.flatMap((m) => m.declarations ?? []);
  const properties = new Set(BASE.properties);
  const events = new Set(BASE.events);
  for (const d of decls.filter((d) => /^Nv(Data)?Element$/.test(d.name))) {
    for (const m of d.members ?? [])
      if (m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')
        properties.add(m.name);
    for (const e of d.events ?? []) if (e.name) events.add(e.name);
  }
  return { properties: [...properties], events: [...events] };
})();

const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((d) => ({
    tag: d.tagName,
    className: d.name,
    properties: [
      ...new Set([
        ...inherited.properties,
        ...(d.members ?? [])
          .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')
          .map((m) => m.name),
        ...(d.attributes ?? []).map((a) => a.fieldName).filter(Boolean),
      ]),
    ].filter((n) => n !== 'lang'),
    events: [
      ...new Set([...(d.events ?? []).map((e) => e.name).filter(Boolean), ...inherited.events]),
    ],
  }));
if (!elements.length)
  throw new Error(`[framework-types] ${dir}/custom-elements.json declares no custom element`);

const union = (names) => (names.length ? names.map((n) => `'${n}'`).join(' | ') : 'never');
const camel = (event) => event.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase());

const common = `/** The event a listener gets: typed where the element declares it in GlobalEventHandlersEventMap. */
type NvEvent<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : CustomEvent;
/** The public properties of \`T\` among \`K\`, each optional, typed as on the class. */
type NvProps<T, K extends string> = { [P in K as P extends keyof T ? P : never]?: P extends keyof T ? T[P] : never };`;

const header = `// Generated from custom-elements.json by tooling/scripts/framework-types.mjs: do not edit.
import type { ${elements.map((e) => e.className).join(', ')} } from './index.js';
`;

const react = `${header}import type { DetailedHTMLProps, HTMLAttributes } from 'react';

${common}
${elements
  .map(
    (e) => `
/**
 * The props of \`<${e.tag}>\` in React 19 JSX: its properties (React 19 sets them as properties,
 * so \`data\` takes an object) and its events as \`on<event-name>\` (React 19 listens for the event
 * named after "on").
 */
export type ${e.className}Props = DetailedHTMLProps<HTMLAttributes<${e.className}>, ${e.className}> &
  NvProps<${e.className}, ${union(e.properties)}> & {
${e.events.map((ev) => `    'on${ev}'?: (event: NvEvent<'${ev}'>) => void;`).join('\n')}
  };`,
  )
  .join('\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `      '${e.tag}': ${e.className}Props;`).join('\n')}
    }
  }
}
`;

const vue = `${header}import type { DefineComponent, HTMLAttributes } from 'vue';

${common}
${elements
  .map(
    (e) => `
/**
 * The props of \`<${e.tag}>\` in Vue 3 (templates and TSX): its properties (Vue sets them as
 * properties when the element has them, so \`:data\` takes an object) and its events
 * (\`@${e.events[0]}\` in a template, \`on${camel(e.events[0])}\` in TSX).
 */
export type ${e.className}VueProps = NvProps<${e.className}, ${union(e.properties)}> & {
${e.events.map((ev) => `  on${camel(ev)}?: (event: NvEvent<'${ev}'>) => void;`).join('\n')}
};`,
  )
  .join('\n')}

declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `    '${e.tag}': DefineComponent<${e.className}VueProps>;`).join('\n')}
  }
}

declare module 'vue' {
  interface IntrinsicElementAttributes {
${elements.map((e) => `    '${e.tag}': HTMLAttributes & ${e.className}VueProps;`).join('\n')}
  }
}
`;

for (const [name, text] of [
  ['react', react],
  ['vue', vue],
]) {
  writeFileSync(join(dir, 'dist', `${name}.d.ts`), text);
  writeFileSync(join(dir, 'dist', `${name}.js`), `// Types only: see ${name}.d.ts.\nexport {};\n`);
}
console.log(
  `[framework-types] dist/react.d.ts, dist/vue.d.ts: ${elements.map((e) => `<${e.tag}>`).join(', ')}`,
);
