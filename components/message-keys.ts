import type { CheckCode } from '../lib/result/catalog';
import type { Assurance, Status } from '../lib/result/types';
import type { MessageKey } from './i18n';

/** `a.b-c` → `a_b_c`, at the type level, so each code's message name is a known literal. */
type Underscored<S extends string> = S extends `${infer Head}.${infer Tail}`
  ? Underscored<`${Head}_${Tail}`>
  : S extends `${infer Head}-${infer Tail}`
    ? Underscored<`${Head}_${Tail}`>
    : S;

type CheckMessageKey = `check_${Underscored<CheckCode>}`;
type StatusMessageKey = `status_${Status}`;
type AssuranceMessageKey = `assurance_${Assurance}`;

/** Fails to compile when English lacks a message for some code, status or assurance. */
type Covered<K extends MessageKey> = K;
export type CodeMessageKey = Covered<CheckMessageKey | StatusMessageKey | AssuranceMessageKey>;

/** `_locales` message names for the core's codes (Chrome allows only letters, digits and `_`). */
export const checkMessageKey = (code: CheckCode) => `check_${code.replace(/[.-]/g, '_')}` as CheckMessageKey;
export const statusMessageKey = (status: Status): StatusMessageKey => `status_${status}`;
export const assuranceMessageKey = (assurance: Assurance): AssuranceMessageKey => `assurance_${assurance}`;
