import type { CheckCode } from './catalog';
import type { Check, CheckId, Outcome } from './types';

function make(outcome: Outcome) {
  return (id: CheckId, code: CheckCode, detail?: string, pointer?: string): Check => ({
    id,
    outcome,
    code,
    ...(detail !== undefined ? { detail } : {}),
    ...(pointer !== undefined ? { pointer } : {}),
  });
}

export const pass = make('pass');
export const fail = make('fail');
export const skip = make('skip');
export const error = make('error');
