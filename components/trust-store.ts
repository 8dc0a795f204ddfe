import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { trustListsSchema } from '../lib/trust/schema';
import type { TrustList } from '../lib/trust/trust-list';

/** The storage.local key the user's trust lists live under (docs/SPEC.md §8). */
export const TRUST_KEY = 'trustLists';

function area() {
  try {
    return browser?.storage?.local;
  } catch {
    return undefined;
  }
}

export async function loadTrustLists(): Promise<TrustList[]> {
  const local = area();
  if (!local) return [];
  const stored = (await local.get(TRUST_KEY))[TRUST_KEY];
  const parsed = trustListsSchema.safeParse(stored ?? []);
  return parsed.success ? parsed.data : [];
}

export async function saveTrustLists(lists: readonly TrustList[]): Promise<void> {
  await area()?.set({ [TRUST_KEY]: lists });
}

/** The user's trust lists, kept current while the page is open. */
export function useTrustLists(): TrustList[] {
  const [lists, setLists] = useState<TrustList[]>([]);
  useEffect(() => {
    let live = true;
    const reload = () =>
      void loadTrustLists()
        .then((l) => live && setLists(l))
        .catch(() => undefined);
    reload();
    const onChanged = (changes: Record<string, unknown>, areaName: string) => {
      if (areaName === 'local' && TRUST_KEY in changes) reload();
    };
    try {
      browser?.storage?.onChanged?.addListener(onChanged);
    } catch {
      // no extension storage here (unit tests)
    }
    return () => {
      live = false;
      try {
        browser?.storage?.onChanged?.removeListener(onChanged);
      } catch {
        // as above
      }
    };
  }, []);
  return lists;
}
