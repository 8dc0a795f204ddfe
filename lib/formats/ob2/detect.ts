import { isRecord } from '../../util/json';

/** Tells Open Badges 0.5 – 2.0 assertions apart from other JSON: by `@context`, or for 0.5 and 1.0 (no context) by their fields. */
export type Ob2Version = '0.5' | '1.0' | '1.1' | '2.0';

const CONTEXTS: Record<string, Ob2Version> = {
  'https://w3id.org/openbadges/v2': '2.0',
  'https://w3id.org/openbadges/v1': '1.1',
  'https://openbadgespec.org/v2/context.json': '2.0',
  'https://openbadgespec.org/v1/context.json': '1.1',
};

export function ob2Version(value: unknown): Ob2Version | undefined {
  if (!isRecord(value)) return undefined;
  const context = value['@context'];
  const contexts = Array.isArray(context) ? context : [context];
  for (const c of contexts) {
    if (isRecord(c) && c.obi === 'https://w3id.org/openbadges#') return '2.0';
    if (typeof c !== 'string') continue;
    const version = CONTEXTS[c.replace(/^http:/, 'https:').replace(/\/$/, '')];
    if (version) return version;
  }
  if (context !== undefined) return undefined;
  if (typeof value.recipient === 'string' && isRecord(value.badge)) return '0.5';
  if (isRecord(value.recipient) && (isRecord(value.verify) || isRecord(value.verification))) return '1.0';
  // Pre-1.0 drafts baked by early tools: only `verify.url` is reliable, and hosted badges need no more.
  if (isRecord(value.verify) && typeof value.verify.url === 'string') return '1.0';
  return undefined;
}

export function verificationKind(assertion: Record<string, unknown>): 'hosted' | 'signed' | undefined {
  const verification = assertion.verification ?? assertion.verify;
  if (!isRecord(verification) || typeof verification.type !== 'string') return undefined;
  const type = verification.type.toLowerCase();
  if (type === 'hosted' || type === 'hostedbadge') return 'hosted';
  if (type === 'signed' || type === 'signedbadge') return 'signed';
  return undefined;
}
