/** Property of the content script's global (its own world, out of the page's reach) the view's factory is left on. */
export const VIEW_GLOBAL = '__badgeLensContentView';

/** The same for the rest of detection (`content-detect.ts`, `load-finder.ts`). */
export const FINDER_GLOBAL = '__badgeLensFinder';
