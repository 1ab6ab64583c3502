/**
 * A value kept once per server process. Next.js instantiates a module once per bundle that includes it (route
 * handlers and pages are built as separate bundles), so a module-level cache of the snapshot or of an index built
 * from it would be held once per bundle: measured, the API search route and the search page each kept their own
 * snapshot and search index (+56 MB of heap each). A slot on globalThis, named with Symbol.for, is shared by them all.
 */
export interface ProcessSlot<T> {
  value: T | undefined;
}

export function processSlot<T>(name: string): ProcessSlot<T> {
  const registry = globalThis as unknown as Record<symbol, ProcessSlot<T> | undefined>;
  const key = Symbol.for(`guichet.${name}`);
  let slot = registry[key];
  if (slot === undefined) {
    slot = { value: undefined };
    registry[key] = slot;
  }
  return slot;
}
