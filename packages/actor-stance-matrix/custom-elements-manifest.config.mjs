// Read by `cem analyze` (the build script passes the globs and `--litelement`).
//
// Lit's `static properties` can declare internal reactive state (`{ state: true }`), which Lit
// never turns into an attribute. The analyzer's Lit plugin lists those entries as public
// attributes and fields all the same, so editors would offer them; this plugin drops them.

/** The names in a class's `static properties` that are declared `state: true`. */
function stateNames(ts, classNode) {
  const names = new Set();
  for (const member of classNode.members) {
    const isProperties =
      ts.isPropertyDeclaration(member) &&
      member.name.getText() === 'properties' &&
      member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (!isProperties || !member.initializer || !ts.isObjectLiteralExpression(member.initializer))
      continue;
    for (const entry of member.initializer.properties) {
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
  }
  return names;
}

/** Removes `state: true` properties from the manifest's members and attributes. */
function litStatePlugin() {
  const internal = new Map();
  return {
    name: 'nato-viz-lit-state',
    analyzePhase({ ts, node }) {
      if (ts.isClassDeclaration(node) && node.name)
        internal.set(node.name.getText(), stateNames(ts, node));
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const names = internal.get(declaration.name);
        if (!names?.size) continue;
        declaration.members = declaration.members?.filter((m) => !names.has(m.name));
        declaration.attributes = declaration.attributes?.filter(
          (a) => !names.has(a.fieldName ?? a.name),
        );
      }
    },
  };
}

export default {
  plugins: [litStatePlugin()],
};
