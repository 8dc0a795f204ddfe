import { resolve } from 'node:path';
import { PLATFORM_HINTS } from '../../lib/detect/platform-hints';

/** The module the eager content script's build puts in place of `lib/detect/platform-hints.ts`. */
export const PLATFORM_HINTS_FILE = resolve('lib/detect/platform-hints.ts');

/** `lib/detect/platform-hints.ts` as its values: the same answers, without the platform modules behind them. */
export function platformHintsModule(): string {
  return `export const PLATFORM_HINTS = ${JSON.stringify(PLATFORM_HINTS)};\n`;
}
