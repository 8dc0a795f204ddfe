import { error, fail, pass } from '../../result/check';
import type { Check } from '../../result/types';
import { describeZodError } from '../../util/zod-problem';
import type { Session } from '../../core/session';
import { isRecord } from '../../util/json';
import { badgeClassSchema, profileSchema, type BadgeClass, type Profile } from './schemas';

export interface IssuerChain {
  badgeClass?: BadgeClass;
  profile?: Profile;
  /** The issuer id the badge class names (the profile's id may be spelled differently). */
  issuerId?: string;
  /** True when the profile came from the issuer's own URL, not from a copy inside the credential. */
  profileHosted: boolean;
  check: Check;
}

type Loaded<T> = { ok: true; value: T; url?: string } | { ok: false; check: Check };

/**
 * BadgeClass then issuer Profile. Hosted badges and signed badges' keys need the issuer's own
 * copies, so any http(s) id is fetched; an embedded copy is used only when it has no such id.
 */
export async function loadIssuerChain(badge: unknown, session: Session, pointer = '/badge'): Promise<IssuerChain> {
  const badgeClass = await load(badge, session, 'badge-class', pointer, (value, url) => {
    const parsed = badgeClassSchema.safeParse(value);
    if (parsed.success) return { ok: true, value: { ...parsed.data, id: parsed.data.id ?? url } };
    const problem = describeZodError(parsed.error, url ? '' : pointer);
    return {
      ok: false,
      check: fail('issuer', 'issuer.badge-class-invalid', `badge class ${url ?? '(embedded)'}: ${problem.detail}`, problem.pointer),
    };
  });
  if (!badgeClass.ok) return { profileHosted: false, check: badgeClass.check };

  const issuerRef = badgeClass.value.issuer;
  const issuerId =
    typeof issuerRef === 'string' ? issuerRef : isRecord(issuerRef) && typeof issuerRef.id === 'string' ? issuerRef.id : undefined;
  const profile = await load(issuerRef, session, 'profile', `${pointer}/issuer`, (value, url) => {
    const parsed = profileSchema.safeParse(value);
    if (parsed.success) return { ok: true, value: { ...parsed.data, id: parsed.data.id ?? url } };
    const problem = describeZodError(parsed.error);
    return {
      ok: false,
      check: fail('issuer', 'issuer.profile-invalid', `issuer profile ${url ?? '(embedded)'}: ${problem.detail}`, problem.pointer),
    };
  });
  if (!profile.ok) return { badgeClass: badgeClass.value, ...(issuerId ? { issuerId } : {}), profileHosted: false, check: profile.check };

  const resolvedIssuerId = issuerId ?? profile.value.id;
  const where = [badgeClass.url && `badge class ${badgeClass.url}`, profile.url && `issuer profile ${profile.url}`]
    .filter(Boolean)
    .join(' and ');
  return {
    badgeClass: badgeClass.value,
    profile: profile.value,
    ...(resolvedIssuerId ? { issuerId: resolvedIssuerId } : {}),
    profileHosted: profile.url !== undefined,
    check: pass('issuer', 'issuer.ok', where ? `${where} fetched` : 'issuer described inside the credential'),
  };
}

/**
 * Starts fetching the badge class a copy of the assertion names, beside the fetch of the issuer's own
 * copy (which almost always names the same): `loadIssuerChain` then finds it in flight or cached, and
 * the chain is one request shorter. Only what the issuer's copy names is ever used.
 */
export function fetchBadgeClassAhead(badge: unknown, session: Session): void {
  const url = urlOf(badge);
  if (url !== undefined && /^https?:\/\//i.test(url)) void session.getJson(url, 'badge-class').catch(() => undefined);
}

/** The URL a badge class or profile reference names, where it is to be fetched (an embedded copy with an http(s) id included). */
function urlOf(ref: unknown): string | undefined {
  return typeof ref === 'string' ? ref : isRecord(ref) && typeof ref.id === 'string' && /^https?:/i.test(ref.id) ? ref.id : undefined;
}

async function load<T>(
  ref: unknown,
  session: Session,
  kind: 'badge-class' | 'profile',
  pointer: string,
  parse: (value: unknown, url?: string) => Loaded<T>,
): Promise<Loaded<T>> {
  const url = urlOf(ref);
  if (url === undefined) {
    if (isRecord(ref)) return parse(ref);
    const code = kind === 'profile' ? 'issuer.profile-invalid' : 'issuer.badge-class-invalid';
    return { ok: false, check: fail('issuer', code, `${kind === 'profile' ? 'issuer' : 'badge'} is neither a URL nor an object`, pointer) };
  }
  const fetched = await session.getJson(url, kind);
  if (!fetched.ok) {
    const what = kind === 'profile' ? 'issuer profile' : 'badge class';
    return { ok: false, check: error('issuer', fetched.code, `${what} ${url}: ${fetched.detail}`, pointer) };
  }
  const parsed = parse(fetched.value, url);
  return parsed.ok ? { ...parsed, url } : parsed;
}
