import { candidateKey, MAX_CANDIDATES_PER_PAGE, type Candidate } from '../../lib/detect/candidate';
import { type Found, scanCandidates } from '../../lib/detect/find-candidates';
import { createLinkMemo } from '../../lib/detect/link-memo';
import type { QueryOptions, Scope } from '../../lib/detect/scan-query';
import type { ChangeLog } from './changed-nodes';
import type { Reconciled, ShownIndex, Tracking } from './element-refs';
import { createRefBook } from './ref-book';
import { runInSlices, type SliceOptions } from './slices';

/** Candidates looked at per scan, so the ones that matter can be chosen when more than the per-page limit are found. */
const CONSIDERED_PER_SCAN = 5000;

/** A candidate not yet reported, with what the per-page limit's ordering needs. */
export interface Unseen {
  key: string;
  candidate: Candidate;
  element: Element;
}

const NOTHING_RECONCILED: Reconciled = { retired: [], moved: false };

/** What a scan asks of the scanner it runs for. */
export interface ScanContext {
  changes: ChangeLog;
  tracking: Tracking | undefined;
  query: QueryOptions;
  slices: Omit<SliceOptions, 'stopped'> | undefined;
  prioritise: ((unseen: Unseen[]) => Promise<Unseen[]>) | undefined;
  stopped: () => boolean;
}

/** What a scan found: candidates new to the page view, with their refs, and what it retired or moved. */
export interface Taken extends Reconciled {
  fresh: Array<{ ref: string; candidate: Candidate }>;
  /** How many candidates of this page view are left out, the per-page limit being reached. */
  notChecked: number;
  /** Whether that count changed. */
  leftOutChanged: boolean;
}

/**
 * One page view's candidates, for the scanner (`page-scanner.ts`): the refs handed out (`ref-book.ts`),
 * the URL answers kept across its scans (`link-memo.ts`) and the keys left out for want of room,
 * which are offered again when room frees up. Built in `content-detect.js`, with the rest of detection.
 */
export function createPageFinds() {
  const refs = createRefBook();
  const memo = createLinkMemo();
  const notChecked = new Set<string>();

  /** Candidates in `scope`, a step per element; `shown` is told which element shows what (a full scan, once tracked). */
  function find(scope: Scope, pageUrl: string, query: QueryOptions, shown?: ShownIndex): Generator<void, Found[], void> {
    return scanCandidates(scope, pageUrl, { ...query, ...(shown ? { onShown: shown.add } : {}), limit: CONSIDERED_PER_SCAN, memo });
  }

  /**
   * Refs for what `found` holds that was not reported before, as far as the per-page limit leaves
   * room; `prioritise` orders them when it does not leave room for all. Undefined when `stopped()`
   * said so while they were ordered.
   */
  async function take(found: Found[], reconciled: Reconciled, context: ScanContext): Promise<Taken | undefined> {
    const unseen: Unseen[] = [];
    for (const { candidate, element } of found) {
      const key = candidateKey(candidate);
      if (!refs.refOf(key)) unseen.push({ key, candidate, element });
    }
    const room = MAX_CANDIDATES_PER_PAGE - refs.size;
    const ordered = unseen.length > room && context.prioritise ? await context.prioritise(unseen) : unseen;
    if (context.stopped()) return undefined;
    const before = notChecked.size;
    const fresh: Taken['fresh'] = [];
    for (const { key, candidate, element } of ordered) {
      if (refs.size >= MAX_CANDIDATES_PER_PAGE || !refs.canIssue()) {
        notChecked.add(key);
        continue;
      }
      notChecked.delete(key);
      fresh.push({ ref: refs.add(key, element), candidate });
    }
    return { ...reconciled, fresh, notChecked: notChecked.size, leftOutChanged: notChecked.size !== before };
  }

  return {
    refs,
    /**
     * Scans what the change log holds (the whole page when it says so) and takes what it found:
     * undefined when `stopped()` said so first, and the log then asks for everything.
     */
    async scan(pageUrl: string, context: ScanContext): Promise<Taken | undefined> {
      const { changes, tracking } = context;
      for (;;) {
        const scope = changes.take();
        const shown = scope ? undefined : tracking?.createShownIndex();
        const found = await runInSlices(find(scope ?? document, pageUrl, context.query, shown), {
          ...context.slices,
          stopped: context.stopped,
        });
        if (found === undefined) {
          // What was taken from the log is not scanned: the next scan looks at everything.
          changes.everything();
          return undefined;
        }
        const live = found.filter(({ element }) => element.isConnected);
        if (shown) return take(live, tracking!.reconcile(refs, shown), context);
        if (!scope || !tracking?.redrawn(refs, live)) return take(live, NOTHING_RECONCILED, context);
        changes.everything();
      }
    },
  };
}

export type PageFinds = ReturnType<typeof createPageFinds>;
