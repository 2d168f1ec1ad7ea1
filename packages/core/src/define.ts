const warned = new Set<string>();

/** A custom element class that may carry the version of the package that defined it. */
type ElementClass = CustomElementConstructor & { version?: string };

/**
 * Registers `tag` for `Class`, safely for pages that load a bundle twice or load the embed
 * bundle next to the single packages:
 * - not yet defined → defines it and returns `true`;
 * - already defined by the same class → does nothing, silently;
 * - already defined by another class → keeps the first definition and warns once per tag
 *   (naming both versions), never throws — unless both classes carry the same `version`:
 *   that is the same release loaded twice, which is harmless, so it stays silent.
 */
export function define(
  tag: string,
  Class: ElementClass,
  registry: CustomElementRegistry = customElements,
): boolean {
  const existing = registry.get(tag) as ElementClass | undefined;
  if (!existing) {
    registry.define(tag, Class);
    return true;
  }
  const sameRelease = existing.version !== undefined && existing.version === Class.version;
  if (existing !== Class && !sameRelease && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `[nato-viz] <${tag}> is already defined by another copy (version ${existing.version}; this one ${Class.version}): keeping the first.`,
    );
  }
  return false;
}
