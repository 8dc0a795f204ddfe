import { useState } from 'preact/hooks';
import { t } from './i18n';
import { Spinner } from './StatusIcon';

/** What saving a badge came to: kept now, already kept, or refused with the background's sentence. */
export type SaveOutcome = { added: boolean } | { error: string };

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; outcome: SaveOutcome };

function outcomeText(outcome: SaveOutcome): string {
  if ('error' in outcome) return t('backpack_save_failed', outcome.error);
  return outcome.added ? t('backpack_saved') : t('backpack_already_saved');
}

/** "Save to my backpack" on a card: the background keeps the badge's original file. */
export function SaveToBackpackButton({ onSave }: { onSave: () => Promise<SaveOutcome> }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const saved = state.kind === 'done' && !('error' in state.outcome);
  const save = () => {
    if (state.kind === 'busy' || saved) return;
    setState({ kind: 'busy' });
    onSave()
      .catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }))
      .then((outcome) => setState({ kind: 'done', outcome }));
  };
  return (
    <span class="bl-save">
      <button
        type="button"
        class="bl-button"
        data-testid="save-to-backpack"
        onClick={save}
        disabled={state.kind === 'busy' || saved}
        aria-busy={state.kind === 'busy' ? 'true' : undefined}
      >
        {state.kind === 'busy' ? <Spinner size={12} /> : null}
        {t('backpack_save')}
      </button>
      <span class="bl-muted bl-save-outcome" role="status" data-testid="save-outcome">
        {state.kind === 'done' ? outcomeText(state.outcome) : ''}
      </span>
    </span>
  );
}
