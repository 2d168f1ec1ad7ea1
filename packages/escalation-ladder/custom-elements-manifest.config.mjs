// Custom Elements Manifest analyzer configuration (`cem analyze --litelement` reads it).
//
// The analyzer's Lit plugin lists every entry of `static properties` as a public field and
// an attribute, also those declared `state: true`, which Lit keeps internal (no attribute);
// and the analyzer lists `#private` members. This plugin drops both, so editors and
// Storybook offer only the public API.

/** Removes `state: true` reactive properties and `#private` members from the manifest. */
function litInternalState() {
  /** Class name → names of its internal reactive state. */
  const internal = new Map();
  return {
    name: 'nato-viz:lit-internal-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = node.members.find(
        (m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'properties' && m.initializer,
      );
      if (!properties || !ts.isObjectLiteralExpression(properties.initializer)) return;
      const names = new Set();
      for (const entry of properties.initializer.properties) {
        if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer))
          continue;
        const isState = entry.initializer.properties.some(
          (option) =>
            ts.isPropertyAssignment(option) &&
            option.name.getText() === 'state' &&
            option.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (isState) names.add(entry.name.getText());
      }
      if (names.size > 0) internal.set(node.name.getText(), names);
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        declaration.members = declaration.members?.filter((member) => member.privacy !== 'private');
        const names = internal.get(declaration.name);
        if (!names) continue;
        declaration.members = declaration.members?.filter((member) => !names.has(member.name));
        declaration.attributes = declaration.attributes?.filter(
          (attribute) => !names.has(attribute.fieldName ?? attribute.name),
        );
      }
    },
  };
}

export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  plugins: [litInternalState()],
};
