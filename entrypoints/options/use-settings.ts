import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../lib/protocol/schemas';
import { sendMessage } from '../../components/messaging';
import { applyLanguageSetting } from '../../components/page-setup';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';
export type Load = { kind: 'loading' } | { kind: 'error' } | { kind: 'ready'; settings: Settings };
export type SaveSettings = (next: Settings) => Promise<void>;

/** What every settings section gets: the settings shown and how to change them. */
export interface SectionProps {
  settings: Settings;
  save: SaveSettings;
}

/** A state that falls back from "saved" to "idle" after a moment. */
export function useFlash(): [SaveState, (state: SaveState) => void] {
  const [state, setState] = useState<SaveState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const set = (next: SaveState) => {
    clearTimeout(timer.current);
    setState(next);
    if (next === 'saved') timer.current = setTimeout(() => setState('idle'), 2500);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  return [state, set];
}

/**
 * The settings from the background: loaded on mount (`reload` retries), saved optimistically and rolled
 * back when the background refuses; a changed language is applied to the page once saved.
 */
export function useSettings() {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [saveState, setSaveState] = useFlash();

  const reload = () => {
    setLoad({ kind: 'loading' });
    sendMessage({ type: 'get-settings' }, 5000)
      .then((reply) => setLoad({ kind: 'ready', settings: reply.settings }))
      .catch(() => setLoad({ kind: 'error' }));
  };
  useEffect(reload, []);

  const save: SaveSettings = async (next) => {
    const previous = load.kind === 'ready' ? load.settings : undefined;
    setLoad({ kind: 'ready', settings: next });
    setSaveState('saving');
    try {
      const reply = await sendMessage({ type: 'set-settings', settings: next }, 5000);
      const saved = reply.settings;
      setLoad({ kind: 'ready', settings: saved });
      setSaveState('saved');
      if (saved.language !== previous?.language) await applyLanguageSetting(saved);
    } catch {
      if (previous) setLoad({ kind: 'ready', settings: previous });
      setSaveState('error');
    }
  };

  return { load, reload, save, saveState, saveFailed: () => setSaveState('error') };
}
