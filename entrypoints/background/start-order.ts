import type { TabItem } from '../../lib/protocol/schemas';

/**
 * The order a page's new items start verifying in: the kinds of candidate taken in turn (an image, a
 * link, an embedded credential, …), each kind in page order. A scan lists all links before all
 * images; started that way, a hundred links that need JSON-LD would queue for canonicalization
 * while the fetch-only image badges waited behind them. Mixed, the two kinds of work overlap.
 */
export function startOrder(items: readonly TabItem[]): TabItem[] {
  const byKind = new Map<string, TabItem[]>();
  for (const item of items) {
    const kind = item.candidate.kind;
    const list = byKind.get(kind) ?? [];
    list.push(item);
    byKind.set(kind, list);
  }
  const lists = [...byKind.values()];
  const ordered: TabItem[] = [];
  for (let i = 0; ordered.length < items.length; i++) for (const list of lists) if (i < list.length) ordered.push(list[i]!);
  return ordered;
}

/** Candidates of a page's first batch that start before any of its verdicts is out. */
export const FIRST_ALONE = 2;
/** A first batch this small starts whole: so few candidates hardly compete. */
export const RAMP_ABOVE = 4;
/** The longest the rest of the first batch waits for the page's first verdict. */
export const FIRST_HOLD_MS = 600;

/**
 * Holds back all but the first few candidates of a page's first batch until the page's first verdict
 * is out: started together, 16 candidates share two cores and the network, and the first verdict comes
 * when most of them do. Once a verdict is out (or `holdMs` has passed) the rest start; later batches
 * start at once.
 */
export function createStartRamp(alone = FIRST_ALONE, holdMs = FIRST_HOLD_MS) {
  /** Per tab, the page view whose first batch it has seen, and what that batch still holds back. */
  const pages = new Map<number, { navigationId: string; held?: { release(): void; drop(): void } }>();

  function hold<T>(items: readonly T[], start: (item: T) => void) {
    const timer = setTimeout(() => held.release(), holdMs);
    let waiting = true;
    let settle = () => {};
    const held = {
      settled: new Promise<void>((resolve) => (settle = resolve)),
      release() {
        if (!waiting) return;
        held.drop();
        for (const item of items) start(item);
      },
      drop() {
        waiting = false;
        clearTimeout(timer);
        settle();
      },
    };
    return held;
  }

  return {
    /**
     * Calls `start` for each of `items` (already in start order), now or once the page's first verdict
     * is out; what it holds back, it answers with a promise that settles when those start (or are dropped).
     */
    start<T>(tabId: number, navigationId: string, items: readonly T[], start: (item: T) => void): Promise<void> | undefined {
      const known = pages.get(tabId);
      const first = known?.navigationId !== navigationId;
      if (first) {
        known?.held?.drop();
        pages.set(tabId, { navigationId });
      }
      const now = first && items.length > RAMP_ABOVE ? items.slice(0, alone) : items;
      for (const item of now) start(item);
      if (now.length === items.length) return undefined;
      const held = hold(items.slice(now.length), start);
      pages.set(tabId, { navigationId, held });
      return held.settled;
    },
    /** The page has a verdict: what it held back starts now. */
    verdict(tabId: number, navigationId: string): void {
      const page = pages.get(tabId);
      if (page?.navigationId === navigationId) page.held?.release();
    },
    /** Forgets a closed tab; what it held back never starts. */
    forget(tabId: number): void {
      pages.get(tabId)?.held?.drop();
      pages.delete(tabId);
    },
  };
}
