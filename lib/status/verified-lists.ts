import type { Cache } from '../core/ports';
import type { Session } from '../core/session';
import { verifyEmbeddedProofs } from '../proofs/data-integrity';
import type { Json } from '../util/json';

type ProofOutcome = Awaited<ReturnType<typeof verifyEmbeddedProofs>>;

/** How long a status list whose proof verified is taken as verified when the same bytes come again. */
export const VERIFIED_LIST_MS = 60_000;
const MAX_LISTS = 100;

interface Entry {
  outcome: Promise<ProofOutcome>;
  until: number;
}

/** One memo per cache, that is per verifier (a worker, a CLI run): credentials sharing a list share its proof check. */
const memos = new WeakMap<Cache, Map<string, Entry>>();

/**
 * A status list credential's own proofs, verified once for the same list (URL and content) however many
 * credentials point at it, concurrent ones included. Only a list whose proof verified is remembered;
 * any other outcome (a network failure, a bad proof) is checked afresh next time.
 */
export function verifyListProofs(url: string, list: Json, session: Session): Promise<ProofOutcome> {
  let memo = memos.get(session.env.cache);
  if (!memo) {
    memo = new Map();
    memos.set(session.env.cache, memo);
  }
  const key = `${url}\n${JSON.stringify(list)}`;
  const hit = memo.get(key);
  if (hit && hit.until > session.now) return hit.outcome;
  const outcome = verifyEmbeddedProofs(list, session);
  remember(memo, key, { outcome, until: session.now + VERIFIED_LIST_MS });
  void outcome.then(
    (result) => {
      if (!result.key && memo.get(key)?.outcome === outcome) memo.delete(key);
    },
    () => memo.delete(key),
  );
  return outcome;
}

function remember(memo: Map<string, Entry>, key: string, entry: Entry): void {
  memo.delete(key);
  memo.set(key, entry);
  if (memo.size > MAX_LISTS) memo.delete(memo.keys().next().value as string);
}
