import { PLATFORM_EMBED_ATTRIBUTES, PLATFORMS } from './platforms';

/**
 * All the scan's query and probe know of the platforms: the lowercase literals, one of which is in
 * every link to a platform's credential, and the attributes platform embeds are read from. The eager
 * content script's build replaces this module by its values (wxt.config.ts), so that script carries
 * none of the platforms' rules; everything else reads them from the platform modules here.
 */
export const PLATFORM_HINTS: { readonly hints: readonly string[]; readonly embedAttributes: readonly string[] } = {
  hints: PLATFORMS.flatMap((platform) => platform.hints),
  embedAttributes: PLATFORM_EMBED_ATTRIBUTES,
};
