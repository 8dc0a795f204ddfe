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

const PARENT = Symbol('parent context');
const PREVIOUS = Symbol('previous context');

interface ClonedContext extends ActiveContext {
  [PARENT]: ActiveContext;
  [PREVIOUS]?: ActiveContext | undefined;
}

/**
 * Contexts jsonld made to apply a type-scoped context to: a fresh clone of `parent`, never changed
 * after its `previousContext` was set to `parent` (context.js clones it again before defining terms).
 */
const scopedClones = new WeakMap<ActiveContext, ActiveContext>();
/** One stable stand-in per parent for all of those clones, so the processed-context cache can hit. */
const scopedKeys = new WeakMap<ActiveContext, object>();

/**
 * `previousContext` as an accessor: jsonld sets it on a fresh clone only when that clone is to take a
 * type-scoped context (context.js `api.process`, `!propagate`), to the context it was cloned from.
 */
const clonedPrototype = {
  get previousContext(): ActiveContext | undefined {
    return (this as unknown as ClonedContext)[PREVIOUS];
  },
  set previousContext(value: ActiveContext | undefined) {
    const self = this as unknown as ClonedContext;
    self[PREVIOUS] = value;
    if (value !== undefined && value === self[PARENT]) scopedClones.set(self, value);
  },
};

/** jsonld's clone with a shallow term table and the previous context shared, the same fields in the same order. */
export function cloneShallow(this: ActiveContext): ActiveContext {
  const child = Object.create(clonedPrototype) as ClonedContext;
  child[PARENT] = this;
  child.mappings = new Map(this.mappings);
  child.clone = this.clone;
  child.inverse = null;
  child.getInverse = this.getInverse;
  child.protected = { ...this.protected };
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
 * The key jsonld's processed-context cache files `context` under: for a clone made to take a
 * type-scoped context, the stand-in of the context it was cloned from, the same on every call; any
 * other context is its own key, as in stock jsonld. Without this, every call processes every
 * type-scoped context again (the clone is new each time, and the cache is keyed by identity).
 */
export function processedCacheKey(context: ActiveContext): object {
  const parent = scopedClones.get(context);
  if (!parent) return context;
  let key = scopedKeys.get(parent);
  if (!key) {
    key = {};
    scopedKeys.set(parent, key);
  }
  return key;
}

/** jsonld's per-context cache of what it processed (lib/ResolvedContext.js), as far as we touch it. */
export interface ProcessedCache {
  getProcessed(activeCtx: object): unknown;
  setProcessed(activeCtx: object, processed: unknown): void;
}

const KEYED = Symbol('keyed by processedCacheKey');

/** Files processed contexts under `processedCacheKey`; stock contexts are their own key, so stock calls are unchanged. */
export function keyProcessedCache(prototype: ProcessedCache & { [KEYED]?: true }): void {
  if (prototype[KEYED]) return;
  const { getProcessed, setProcessed } = prototype;
  prototype.getProcessed = function (this: ProcessedCache, activeCtx) {
    return getProcessed.call(this, processedCacheKey(activeCtx as ActiveContext));
  };
  prototype.setProcessed = function (this: ProcessedCache, activeCtx, processed) {
    setProcessed.call(this, processedCacheKey(activeCtx as ActiveContext), processed);
  };
  prototype[KEYED] = true;
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
