import type { VerificationResult } from '../result/types';
import { isRecord } from '../util/json';

/** An issuer the user knows: a DID or an https origin, with a label. */
export interface TrustEntry {
  id: string;
  label?: string;
}

/** A list of known issuers: pinned by hand, imported from a file, or fetched from an https URL (`source`). */
export interface TrustList {
  name: string;
  entries: TrustEntry[];
  source?: string;
  updatedAt?: string;
}

/** Whether a result's issuer is on one of the user's lists (docs/SPEC.md §8): a note, never a verdict. */
export interface TrustNote {
  known: boolean;
  list?: string;
}

export type ParsedTrustList = { ok: true; list: TrustList } | { ok: false; error: string };

const MAX_ENTRIES = 10_000;

/** A DID without its fragment, or an https URL's origin; undefined for anything else. */
export function trustKey(value: string): string | undefined {
  const text = value.trim();
  if (/^did:[a-z0-9]+:/i.test(text)) return text.split('#')[0];
  try {
    const url = new URL(text);
    return url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A trust list from JSON text: the DCC issuer-registry format (`{meta, registry: {<did>: {name}}}`), a
 * plain list of DIDs / https origins (strings or `{id, name}`), or `{name, issuers: [...]}`. A malformed
 * file gives a message saying what is wrong, and no list.
 */
export function parseTrustList(text: string, fallbackName: string): ParsedTrustList {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not JSON: a trust list is a DCC issuer registry or a JSON list of DIDs and https origins' };
  }
  const shaped = shapeOf(value);
  if (!shaped)
    return { ok: false, error: 'neither a DCC issuer registry (an object with "registry") nor a list of DIDs and https origins' };
  const entries: TrustEntry[] = [];
  for (const [i, raw] of shaped.items.entries()) {
    const entry = entryOf(raw);
    if (!entry) return { ok: false, error: `entry ${i + 1} is not a DID or an https origin` };
    entries.push(entry);
  }
  if (entries.length === 0) return { ok: false, error: 'the list names no issuers' };
  if (entries.length > MAX_ENTRIES) return { ok: false, error: `the list names more than ${MAX_ENTRIES} issuers` };
  return { ok: true, list: { name: shaped.name ?? fallbackName, entries } };
}

function shapeOf(value: unknown): { name?: string; items: unknown[] } | undefined {
  if (Array.isArray(value)) return { items: value };
  if (!isRecord(value)) return undefined;
  const name =
    typeof value.name === 'string' ? value.name : isRecord(value.meta) && typeof value.meta.name === 'string' ? value.meta.name : undefined;
  if (isRecord(value.registry))
    return {
      ...(name ? { name } : {}),
      items: Object.entries(value.registry).map(([id, v]) => ({ id, name: isRecord(v) ? v.name : undefined })),
    };
  if (Array.isArray(value.issuers)) return { ...(name ? { name } : {}), items: value.issuers };
  return undefined;
}

function entryOf(raw: unknown): TrustEntry | undefined {
  const id = typeof raw === 'string' ? raw : isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
  const key = id === undefined ? undefined : trustKey(id);
  if (!key) return undefined;
  const label = isRecord(raw)
    ? typeof raw.name === 'string'
      ? raw.name
      : typeof raw.label === 'string'
        ? raw.label
        : undefined
    : undefined;
  return { id: key, ...(label ? { label: label.slice(0, 300) } : {}) };
}

/** Whether the origin or DID that vouched for the result is on a list; only who vouched counts, never a name or id the credential claims. */
export function trustNoteFor(result: VerificationResult, lists: readonly TrustList[]): TrustNote {
  const vouched = result.credential.issuer?.vouchedBy?.value;
  const key = vouched === undefined ? undefined : trustKey(vouched);
  if (!key || result.status === 'invalid') return { known: false };
  const list = lists.find((l) => l.entries.some((e) => e.id === key));
  return list ? { known: true, list: list.name } : { known: false };
}

/** A result whose issuer name a list confirms: `nameTrust` becomes `trust-list`; the verdict is untouched. */
export function withTrust(result: VerificationResult, lists: readonly TrustList[]): VerificationResult & { trust: TrustNote } {
  const trust = trustNoteFor(result, lists);
  const issuer = result.credential.issuer;
  if (!trust.known || !issuer?.name) return { ...result, trust };
  return { ...result, credential: { ...result.credential, issuer: { ...issuer, nameTrust: 'trust-list' } }, trust };
}

/** The name of the list that pinned issuers go into. */
export const PINNED_LIST = 'Pinned issuers';
