import { fitsUncut } from '../../lib/protocol/cap-candidate';
import { createPageFinds } from './page-finds';
import type { Finder } from './page-scanner';

/** What `content-detect.js` hands the eager script once a page may hold a candidate: the rest of detection. */
export const FINDER: Finder = { pageFinds: createPageFinds, fitsUncut };
