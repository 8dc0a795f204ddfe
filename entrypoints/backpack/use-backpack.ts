import { useCallback, useEffect, useState } from 'preact/hooks';
import type { VerifyInput } from '../../components/file-input';
import { sendMessage } from '../../components/messaging';
import type { BackpackItem } from '../../lib/protocol/backpack-schemas';

/** Re-checks and adds verify against issuers; a slow one holds a request up to 10 s per resource. */
const LONG_MS = 180_000;

export interface AddReport {
  added: number;
  duplicates: number;
  problems: string[];
}

export interface BackpackState {
  items: BackpackItem[] | undefined;
  error: string | undefined;
  busy: boolean;
}

/** The backpack as the page shows it: the listing, and every action, each refreshing it. */
export function useBackpack() {
  const [state, setState] = useState<BackpackState>({ items: undefined, error: undefined, busy: false });

  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setState((s) => ({ ...s, busy: true, error: undefined }));
    try {
      const value = await action();
      const { items } = await sendMessage({ type: 'backpack-list' });
      setState({ items, error: undefined, busy: false });
      return value;
    } catch (error) {
      setState((s) => ({ ...s, busy: false, error: error instanceof Error ? error.message : String(error) }));
      return undefined;
    }
  }, []);

  useEffect(() => {
    // Opening the page re-checks what was not checked within the hour.
    void run(() => sendMessage({ type: 'backpack-list' })).then(() =>
      run(() => sendMessage({ type: 'backpack-recheck', which: 'opened' }, LONG_MS)),
    );
  }, [run]);

  return {
    state,
    add: (input: VerifyInput) => run(async (): Promise<AddReport> => sendMessage({ type: 'backpack-add', input }, LONG_MS)),
    recheck: (id?: string) => run(() => sendMessage({ type: 'backpack-recheck', which: 'all', ...(id ? { id } : {}) }, LONG_MS)),
    remove: (id?: string) => run(() => sendMessage({ type: 'backpack-remove', ...(id ? { id } : {}) })),
    exportZip: () => run(async () => (await sendMessage({ type: 'backpack-export' }, LONG_MS)).base64),
    file: (id: string) => sendMessage({ type: 'backpack-file', id }, 30_000),
  };
}

export type BackpackActions = ReturnType<typeof useBackpack>;
