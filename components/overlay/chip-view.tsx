/** The chip drawn beside a badge and the card it opens, rendered inside the overlay's shadow roots. */
import type { TabItem } from '../../lib/protocol/schemas';
import type { VerificationResult } from '../../lib/result/types';
import { formatNumber, t } from '../i18n';
import { credentialName, vouchedByShort } from '../credential-text';
import { chipWord } from '../link-only';
import { RecipientMismatchMark } from '../RecipientMatchNote';
import { ResultCard } from '../ResultCard';
import type { SaveOutcome } from '../SaveToBackpack';
import { worstResult, worstStatus } from '../status';
import { Spinner, StatusIcon } from '../StatusIcon';

export interface ChipState {
  ref: string;
  host: HTMLElement;
  mount: HTMLElement;
  item: TabItem;
  anchor: Element | undefined;
  results: VerificationResult[];
  pending: boolean;
  button: HTMLButtonElement | null;
  /**
   * Where the chip sits when it does not fit beside the anchor (a narrow column, a clipped box): over
   * the anchor's bottom-right corner, relative to the zero-size host.
   */
  corner: { left: number; top: number } | undefined;
  needsLayout: boolean;
}

export function chipLabel(results: readonly VerificationResult[], pending: boolean): string {
  const worst = worstResult(results);
  if (!worst) return t('overlay_chip_label_checking');
  const word = pending ? t('popup_checking') : chipWord(results);
  const name = credentialName(worst.credential, worst.source);
  const label = results.length > 1 ? t('overlay_chip_label_many', word, name, results.length) : t('overlay_chip_label', word, name);
  const vouchedBy = worst.credential.issuer?.vouchedBy;
  return vouchedBy ? t('overlay_chip_label_vouched', label, vouchedByShort(vouchedBy)) : label;
}

export function Chip({
  state,
  open,
  onToggle,
  setButton,
}: {
  state: ChipState;
  open: boolean;
  onToggle: () => void;
  setButton: (b: HTMLButtonElement | null) => void;
}) {
  const status = worstStatus(state.results.map((r) => r.status)) ?? 'unverifiable';
  const pending = state.pending;
  const corner = state.corner;
  return (
    <button
      type="button"
      ref={setButton}
      class={`bl-overlay-chip bl-status-${status}${pending ? ' bl-overlay-chip-pending' : ''}${corner ? ' bl-overlay-chip-corner' : ''}`}
      style={corner ? { left: `${corner.left}px`, top: `${corner.top}px` } : undefined}
      aria-haspopup="dialog"
      aria-expanded={open ? 'true' : 'false'}
      aria-label={chipLabel(state.results, pending)}
      data-status={status}
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        onToggle();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        event.stopPropagation();
        onToggle();
      }}
    >
      {pending ? <Spinner size={12} /> : <StatusIcon status={status} size={12} decorative />}
      <span class="bl-overlay-chip-word">{pending ? t('popup_checking') : chipWord(state.results)}</span>
      {pending ? null : <RecipientMismatchMark credentials={state.results.map((r) => r.credential)} />}
      {state.results.length > 1 ? (
        <span class="bl-chip-count" aria-hidden="true">
          {formatNumber(state.results.length)}
        </span>
      ) : null}
    </button>
  );
}

export function Popover({
  state,
  onClose,
  onRecheck,
  onCheckAnchor,
  onSave,
}: {
  state: ChipState;
  onClose: () => void;
  onRecheck: () => void | Promise<unknown>;
  onCheckAnchor?: (() => void | Promise<unknown>) | undefined;
  onSave?: (() => Promise<SaveOutcome>) | undefined;
}) {
  const worst = worstResult(state.results);
  const name = worst ? credentialName(worst.credential, worst.source) : '';
  return (
    <div
      class="bl-root bl-popover"
      role="dialog"
      aria-label={t('overlay_dialog_label', name)}
      tabIndex={-1}
      data-testid="overlay-card"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      <div class="bl-popover-head">
        <span class="bl-popover-brand">{t('extName')}</span>
        <button type="button" class="bl-popover-close" aria-label={t('overlay_close')} onClick={onClose}>
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      {state.pending ? (
        <p class="bl-popover-pending" aria-live="polite">
          <Spinner size={12} />
          {t('popup_checking')}
        </p>
      ) : null}
      <div class="bl-popover-results">
        {state.results.map((result, index) => (
          <ResultCard
            key={`${index}:${result.checkedAt}`}
            result={result}
            headingLevel={2}
            onRecheck={state.pending ? undefined : onRecheck}
            onCheckAnchor={state.pending ? undefined : onCheckAnchor}
            onSave={state.pending ? undefined : onSave}
          />
        ))}
      </div>
    </div>
  );
}
