import { parseCredentialDate, toIso } from '../util/dates';
import { isRecord } from '../util/json';

/** A summary field when the value is a non-empty string, capped (images may be data: URLs). */
export function str<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' && value.trim() !== ''
    ? ({ [key]: value.slice(0, key === 'image' ? 1_000_000 : 4000) } as Record<K, string>)
    : {};
}

/** An image given as a URL or as an object with an `id`. */
export function imageUrl(image: unknown): string | undefined {
  if (typeof image === 'string') return image;
  if (isRecord(image) && typeof image.id === 'string') return image.id;
  return undefined;
}

/** A credential date as ISO, or as written when it cannot be read (the validity check says why). */
export function dateText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const ms = parseCredentialDate(value);
  return ms === undefined ? String(value) : toIso(ms);
}
