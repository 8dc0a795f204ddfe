import { error, fail, pass } from '../result/check';
import type { Check } from '../result/types';
import type { Session } from '../core/session';
import { parseCredentialDate, toIso } from '../util/dates';

/**
 * The instant to judge dates at. Clocks disagree, so a credential issued up to `maxClockSkewMs`
 * "in the future" is not forged.
 */
export type ValidityTime = Pick<Session, 'now' | 'maxClockSkewMs'>;

export interface ValidityDates {
  /** Issue date: a date after now makes the credential invalid. */
  issued?: { value: unknown; pointer: string };
  /** Start of validity, when distinct from the issue date. */
  validFrom?: { value: unknown; pointer: string };
  expires?: { value: unknown; pointer: string };
}

export function checkValidity(dates: ValidityDates, time: ValidityTime): Check {
  const { now, maxClockSkewMs } = time;
  const parsed: Partial<Record<keyof ValidityDates, number>> = {};
  for (const key of ['issued', 'validFrom', 'expires'] as const) {
    const field = dates[key];
    if (field === undefined || field.value === undefined || field.value === null) continue;
    const ms = parseCredentialDate(field.value);
    if (ms === undefined)
      return fail('validity', 'validity.date-malformed', `${JSON.stringify(field.value).slice(0, 60)} is not a date`, field.pointer);
    parsed[key] = ms;
  }
  if (parsed.issued !== undefined && parsed.issued > now + maxClockSkewMs) {
    return fail('validity', 'validity.issued-in-future', `issued ${toIso(parsed.issued)}, after ${toIso(now)}`, dates.issued?.pointer);
  }
  if (parsed.validFrom !== undefined && parsed.validFrom > now + maxClockSkewMs) {
    return fail(
      'validity',
      'validity.not-yet-valid',
      `valid from ${toIso(parsed.validFrom)}, after ${toIso(now)}`,
      dates.validFrom?.pointer,
    );
  }
  if (parsed.expires !== undefined && parsed.expires <= now) {
    return fail('validity', 'validity.expired', `expired ${toIso(parsed.expires)}`, dates.expires?.pointer);
  }
  if (dates.issued === undefined && dates.validFrom === undefined) return error('validity', 'validity.date-malformed', 'no issue date');
  return pass('validity', 'validity.ok', parsed.expires !== undefined ? `valid until ${toIso(parsed.expires)}` : 'no expiry date');
}
