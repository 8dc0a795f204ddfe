import { useState } from 'preact/hooks';
import type { VerificationResult } from '../lib/result/types';
import { t } from './i18n';
import { Spinner } from './StatusIcon';

/**
 * A Blockcerts certificate whose anchor was not looked up: the one-click lookup for it alone, saying
 * first who is asked — its chain's two explorers, as the verifier named them (the anchor check is off
 * by default because a third party learns the transaction).
 */
export function AnchorCheckOffer({ result, onCheckAnchor }: { result: VerificationResult; onCheckAnchor: () => void | Promise<unknown> }) {
  const [busy, setBusy] = useState(false);
  const [first, second] = result.credential.anchorExplorers ?? [];
  if (!first || !second || !result.checks.some((c) => c.code === 'anchor.not-checked')) return null;
  const run = () => {
    if (busy) return;
    setBusy(true);
    Promise.resolve()
      .then(onCheckAnchor)
      .catch(() => undefined)
      .finally(() => setBusy(false));
  };
  return (
    <div class="bl-anchor-offer">
      <p class="bl-muted">{t('card_anchor_offer', first, second)}</p>
      <button
        type="button"
        class="bl-button"
        data-testid="check-anchor"
        onClick={run}
        disabled={busy}
        aria-busy={busy ? 'true' : undefined}
      >
        {busy ? <Spinner size={12} /> : null}
        {t('card_anchor_check')}
      </button>
    </div>
  );
}
