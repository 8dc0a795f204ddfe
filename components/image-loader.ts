import { createContext } from 'preact';
import { sendMessage, type Sender } from './messaging';

/** A credential's `https:` image as a `data:` URL, or undefined when it is refused or unavailable. */
export type ImageLoader = (url: string) => Promise<string | undefined>;

/** Longer than the background's 10 s fetch timeout, so a slow host ends as its refusal, not ours. */
const IMAGE_TIMEOUT_MS = 15_000;

/** Asks the background, which fetches without cookies or referrer under the verifier's network rules. */
export function backgroundImageLoader(send?: Sender): ImageLoader {
  return (url) =>
    sendMessage({ type: 'get-image', url }, IMAGE_TIMEOUT_MS, send).then(
      (reply) => reply.dataUrl,
      () => undefined,
    );
}

/** Where `BadgeImage` gets images from; tests provide their own. */
export const ImageLoaderContext = createContext<ImageLoader>(backgroundImageLoader());
