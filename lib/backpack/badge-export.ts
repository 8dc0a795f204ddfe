import { IMPORT_LIMITS } from './import-limits';

/**
 * What learners take away from a badge platform, read into badges to keep one by one:
 * - a JSON array of credentials: OB 2.0 assertions, OB 3.0 / VC credentials, signed ones as JWS/JWT strings, links;
 * - Badgr's (Canvas Credentials') backpack listing, `{ status, result: [BackpackAssertion…] }`, each
 *   pointing at its hosted assertion through `openBadgeId`;
 * - a Badge Connect listing, `{ status, results: [Assertion…] }`;
 * - the OB 3.0 API's credential list, `{ credential: […], compactJwsString: […] }`;
 * - a text file of assertion URLs, one a line (`#` starts a comment).
 * Anything else is one credential file for the verifier. Zips (of baked images and JSON) are `archive.ts`'s.
 */

export const MAX_IMPORT_ITEMS = IMPORT_LIMITS.items;

export type ExportItem = { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'link'; name: string; url: string };

export type ExportRead = { kind: 'single' } | { kind: 'export'; items: ExportItem[]; problems: string[] };

const CREDENTIAL_TYPES =
  /^(?:Assertion|VerifiableCredential|OpenBadgeCredential|AchievementCredential|ClrCredential|EndorsementCredential)$/;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export function readBadgeExport(bytes: Uint8Array, fileName: string): ExportRead {
  const text = new TextDecoder()
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .trim();
  if (text.startsWith('[') || text.startsWith('{')) return fromJson(text, fileName);
  return fromLines(text, fileName);
}

function fromJson(text: string, fileName: string): ExportRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'single' };
  }
  const list = listIn(json);
  if (!list) return { kind: 'single' };
  const reader = itemReader(fileName);
  for (const [i, element] of list.entries()) reader.add(element, i + 1);
  return reader.done(list.length);
}

/** The elements of a recognised listing, or undefined for anything else (one credential, most often). */
function listIn(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (!isObject(json) || looksLikeCredential(json)) return undefined;
  if (Array.isArray(json.result)) return json.result;
  if (Array.isArray(json.results)) return json.results;
  const credentials = Array.isArray(json.credential) ? json.credential : [];
  const jws = Array.isArray(json.compactJwsString) ? json.compactJwsString : [];
  return credentials.length + jws.length > 0 ? [...credentials, ...jws] : undefined;
}

function fromLines(text: string, fileName: string): ExportRead {
  const lines = text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('#'));
  const links = lines.filter(({ line }) => isLink(line)).length;
  // One line is a pasted link or credential text; a listing has several lines, most of them links.
  if (lines.length < 2 || links * 2 < lines.length) return { kind: 'single' };
  const reader = itemReader(fileName, 'line');
  for (const { line, n } of lines) reader.add(line, n);
  return reader.done(lines.length);
}

/** Collects the items of one listing, each named after the file and its place in it, and why some cannot be kept. */
function itemReader(fileName: string, unit: 'item' | 'line' = 'item') {
  const stem = fileName.replace(/\.[a-z0-9]{1,5}$/i, '') || 'badge';
  const items: ExportItem[] = [];
  const problems: string[] = [];
  const label = (n: number) => `${fileName}, ${unit} ${n}`;
  return {
    add(element: unknown, n: number) {
      if (items.length >= MAX_IMPORT_ITEMS) return;
      const item = itemOf(element, `${stem}-${n}`);
      if (typeof item === 'string') problems.push(`${label(n)}: ${item}`);
      else items.push(item);
    },
    done(total: number): ExportRead {
      if (total === 0) problems.push(`${fileName}: it lists no badges`);
      const read = items.length + problems.length;
      if (read < total)
        problems.push(
          `${fileName}: only the first ${read} of its ${total} entries were read; one import takes at most ${MAX_IMPORT_ITEMS} badges, import the rest from a smaller file`,
        );
      return { kind: 'export', items, problems };
    },
  };
}

function itemOf(element: unknown, name: string): ExportItem | string {
  if (typeof element === 'string') {
    const value = element.trim();
    if (isLink(value)) return { kind: 'link', name, url: value };
    if (COMPACT_JWS.test(value)) return { kind: 'file', name: `${name}.jwt`, bytes: new TextEncoder().encode(value) };
    return 'it is neither a link nor a signed credential';
  }
  if (!isObject(element)) return 'it is not a badge (not a credential, a signed credential or a link)';
  if (looksLikeCredential(element)) return { kind: 'file', name: `${name}.json`, bytes: new TextEncoder().encode(JSON.stringify(element)) };
  // Badgr's BackpackAssertion: the platform's record of the badge, whose verifiable data is behind `openBadgeId`.
  if (typeof element.openBadgeId === 'string' && isLink(element.openBadgeId)) return { kind: 'link', name, url: element.openBadgeId };
  if (element.entityType === 'Assertion') return 'Badgr lists it without a link to its Open Badges data (openBadgeId)';
  return 'it is not a badge (no Open Badges or Verifiable Credential fields)';
}

function looksLikeCredential(value: Record<string, unknown>): boolean {
  const types = Array.isArray(value.type) ? value.type : [value.type];
  return (
    '@context' in value ||
    'credentialSubject' in value ||
    ('badge' in value && 'recipient' in value) ||
    types.some((t) => typeof t === 'string' && CREDENTIAL_TYPES.test(t))
  );
}

function isLink(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
