/**
 * Cheaper active contexts for jsonld.js 9, with the same output (jsonld.js issue 414).
 *
 * jsonld.js deep-copies the whole term table, scoped contexts included, each time it derives an
 * active context: at every typed node of a credential (the VC and OB 3.0 contexts are full of
 * type-scoped contexts) and again when it reverts one. Term definitions are built fresh and never
 * changed once in the table, and every change to an active context is made to a fresh clone, so a
 * shallow copy of the table and a shared previous context are enough. Sharing also lets jsonld's
 * processed-context cache (keyed by active context identity) hit for reverted contexts.
 *
 * Only our calls get them: jsonld keys its initial active context by processing mode, and ours names
 * `json-ld-1.1` explicitly (the default, and jsonld treats both alike), so the initial context it
 * hands our calls is an object no default call sees. Every active context copies `clone` and
 * `revertToPreviousContext` from the one it came from, so replacing them on that initial context
 * changes all contexts derived from it. Should jsonld stop sharing that object, our calls simply get
 * stock behaviour. `tests/unit/jsonld/` compares the output with stock jsonld over the W3C expand
 * and toRdf suites and every credential fixture.
 */
export const PROCESSING_MODE = 'json-ld-1.1';

/** The fields of jsonld.js's active context that its own clone copies (context.js `_cloneActiveContext`). */
export interface ActiveContext {
  mappings: Map<string, unknown>;
  clone(this: ActiveContext): ActiveContext;
  inverse: unknown;
  getInverse: unknown;
  protected: Record<string, unknown>;
  previousContext?: ActiveContext;
  revertToPreviousContext(this: ActiveContext): ActiveContext;
  '@base'?: unknown;
  '@language'?: unknown;
  '@vocab'?: unknown;
}

/** jsonld's clone with a shallow term table and the previous context shared, the same fields in the same order. */
export function cloneShallow(this: ActiveContext): ActiveContext {
  const child = {
    mappings: new Map(this.mappings),
    clone: this.clone,
    inverse: null,
    getInverse: this.getInverse,
    protected: { ...this.protected },
  } as ActiveContext;
  if (this.previousContext) child.previousContext = this.previousContext;
  child.revertToPreviousContext = this.revertToPreviousContext;
  if ('@base' in this) child['@base'] = this['@base'];
  if ('@language' in this) child['@language'] = this['@language'];
  if ('@vocab' in this) child['@vocab'] = this['@vocab'];
  return child;
}

/** The context before a type-scoped one, itself rather than a deep copy. */
export function revertShared(this: ActiveContext): ActiveContext {
  return this.previousContext ?? this;
}

/**
 * Puts the cheaper clone in place on the initial active context of our calls (`jsonld.processContext`
 * with a null context and our processing mode); again on every call, should jsonld have dropped that
 * object from its cache.
 */
export function useShallowClones(initial: ActiveContext): void {
  if (initial.clone !== cloneShallow) initial.clone = cloneShallow;
  if (initial.revertToPreviousContext !== revertShared) initial.revertToPreviousContext = revertShared;
}
