import { currentLang, t, type Lang } from './i18n';

/** A credential date in the UI language, or the original text when it is not a date. */
export function formatDate(value: string | undefined, lang: Lang = currentLang()): string | undefined {
  if (!value) return undefined;
  const text = value.trim();
  // ISO 8601 only: engines "parse" free text like "sometime in 2024" into a made-up day.
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.test(text)) return value;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return value;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  return new Intl.DateTimeFormat(lang, {
    dateStyle: 'long',
    // A bare date is midnight UTC; show it as that calendar day everywhere.
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(ms);
}

export interface RelativeParts {
  value: number;
  unit: 'minute' | 'hour' | 'day';
}

/** How long ago `thenMs` was, in whole minutes below an hour, hours below a day, days beyond; undefined under a minute. */
export function relativeParts(thenMs: number, nowMs: number): RelativeParts | undefined {
  const minutes = Math.floor(Math.max(0, nowMs - thenMs) / 60_000);
  if (minutes < 1) return undefined;
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { value: hours, unit: 'hour' };
  return { value: Math.floor(hours / 24), unit: 'day' };
}

/** "Checked 3 minutes ago" / "Geprüft vor 3 Minuten"; "Checked just now" under a minute. */
export function formatCheckedAt(checkedAt: string | undefined, nowMs: number, lang: Lang = currentLang()): string | undefined {
  if (!checkedAt) return undefined;
  const then = Date.parse(checkedAt);
  if (Number.isNaN(then)) return undefined;
  const parts = relativeParts(then, nowMs);
  if (!parts) return t('card_checked_just_now');
  const ago = new Intl.RelativeTimeFormat(lang, { numeric: 'always' }).format(-parts.value, parts.unit);
  return t('card_checked_ago', ago);
}

/** A short, readable form of a long value (URLs, data URLs) for technical detail. */
export function shorten(value: string, max = 160): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
