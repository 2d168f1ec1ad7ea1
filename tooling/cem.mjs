// The Custom Elements Manifest analyzer's configuration for every element package: each
// package's custom-elements-manifest.config.mjs re-exports it, and its build runs `cem analyze`.
//
// The manifest lists the public API only. Lit's `static properties` entries with
// `state: true` are an element's internal reactive state, which the analyzer's Lit plugin would
// list as public fields and attributes; private and protected members (`#fields`, the lifecycle
// overrides) are not the page's API either.

/** Removes the members and attributes declared `state: true` in a class's `static properties`, and non-public members. */
export function internalStatePlugin() {
  /** Class name → the names of its state properties. */
  const internal = new Map();
  return {
    name: 'nato-viz-internal-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const property of member.initializer.properties) {
          if (
            !ts.isPropertyAssignment(property) ||
            !ts.isObjectLiteralExpression(property.initializer)
          )
            continue;
          const isState = property.initializer.properties.some(
            (option) =>
              ts.isPropertyAssignment(option) &&
              option.name.getText() === 'state' &&
              option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (!isState) continue;
          const names = internal.get(node.name.getText()) ?? new Set();
          names.add(property.name.getText());
          internal.set(node.name.getText(), names);
        }
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const names = internal.get(declaration.name) ?? new Set();
        declaration.members = declaration.members?.filter(
          (m) => !names.has(m.name) && (m.privacy ?? 'public') === 'public',
        );
        declaration.attributes = declaration.attributes?.filter(
          (a) => !names.has(a.fieldName ?? a.name),
        );
      }
    },
  };
}

/** `cem analyze` settings shared by the element packages. */
export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  plugins: [internalStatePlugin()],
};
