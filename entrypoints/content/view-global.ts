/** Property of the content script's global (its own world, out of the page's reach) the view's factory is left on. */
export const VIEW_GLOBAL = '__badgeLensContentView';
