import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { VerificationResult } from '../lib/result/types';
import { credentialName } from './credential-text';
import { t } from './i18n';
import { StatusChip } from './StatusChip';

/** Draws a nested credential's own card (passed in, so this module need not import the card). */
export type NestedCard = (result: VerificationResult) => ComponentChildren;

/** One credential inside a CLR: its verdict in a line, its own card on demand. */
function NestedResult({ result, card }: { result: VerificationResult; card: NestedCard }) {
  const [open, setOpen] = useState(false);
  return (
    <li class={`bl-nested bl-status-${result.status}`} data-testid="nested-result" data-status={result.status} data-format={result.format}>
      <button type="button" class="bl-nested-button" aria-expanded={open ? 'true' : 'false'} onClick={() => setOpen(!open)}>
        <StatusChip status={result.status} size="small" />
        <span class="bl-nested-name">{credentialName(result.credential, result.source)}</span>
      </button>
      {open ? <div class="bl-nested-card">{card(result)}</div> : null}
    </li>
  );
}

/** The credentials a CLR carries, under a heading of the card's level. */
export function NestedResults({
  nested,
  Heading,
  card,
}: {
  nested: readonly VerificationResult[];
  Heading: 'h2' | 'h3' | 'h4';
  card: NestedCard;
}) {
  const title = t('card_nested_title', nested.length);
  return (
    <section class="bl-nested-section" aria-label={title}>
      <Heading class="bl-section-title">{title}</Heading>
      <ul class="bl-nested-list">
        {nested.map((result, index) => (
          <NestedResult key={`${index}:${result.credential.id ?? ''}`} result={result} card={card} />
        ))}
      </ul>
    </section>
  );
}
