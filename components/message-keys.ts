import type { CheckCode } from '../lib/result/catalog';
import type { Assurance, Status } from '../lib/result/types';

/** `_locales` message names for the core's codes (Chrome allows only letters, digits and `_`). */
export const checkMessageKey = (code: CheckCode) => `check_${code.replace(/[.-]/g, '_')}`;
export const statusMessageKey = (status: Status) => `status_${status}`;
export const assuranceMessageKey = (assurance: Assurance) => `assurance_${assurance}`;
