import type { JSX } from 'preact';
import type { Status } from '../lib/result/types';
import type { ShownOutcome } from '../lib/result/fold-status';
import { t } from './i18n';
import { statusMessageKey } from './message-keys';

interface IconProps {
  size?: number;
  /** Hide from assistive technology when the same word is shown right beside the icon. */
  decorative?: boolean;
  class?: string;
}

/** Each status has its own shape, so the verdict never rests on colour alone. */
const STATUS_GLYPHS: Record<Status, () => JSX.Element> = {
  verified: () => (
    <>
      <circle cx="8" cy="8" r="7.25" fill="currentColor" />
      <path
        d="M4.6 8.3l2.2 2.2 4.6-4.8"
        fill="none"
        stroke="var(--bl-icon-on, #fff)"
        stroke-width="1.8"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </>
  ),
  invalid: () => (
    <>
      <circle cx="8" cy="8" r="7.25" fill="currentColor" />
      <path d="M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4" fill="none" stroke="var(--bl-icon-on, #fff)" stroke-width="1.8" stroke-linecap="round" />
    </>
  ),
  revoked: () => (
    <>
      <circle cx="8" cy="8" r="6.4" fill="none" stroke="currentColor" stroke-width="1.7" />
      <path d="M3.5 12.5l9-9" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" />
    </>
  ),
  suspended: () => (
    <>
      <circle cx="8" cy="8" r="6.4" fill="none" stroke="currentColor" stroke-width="1.6" />
      <path d="M6.4 5.4v5.2M9.6 5.4v5.2" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </>
  ),
  expired: () => (
    <>
      <circle cx="8" cy="8" r="6.4" fill="none" stroke="currentColor" stroke-width="1.6" />
      <path d="M8 4.6V8l2.4 1.6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </>
  ),
  unverifiable: () => (
    <>
      <circle cx="8" cy="8" r="6.4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2.6 1.6" />
      <path
        d="M6.2 6.3a1.85 1.85 0 1 1 2.6 1.7c-.5.25-.8.6-.8 1.15v.35"
        fill="none"
        stroke="currentColor"
        stroke-width="1.5"
        stroke-linecap="round"
      />
      <circle cx="8" cy="11.4" r=".9" fill="currentColor" />
    </>
  ),
};

/** One 16×16 glyph: labelled for screen readers, or hidden when its word stands beside it. */
function Glyph({
  class: className,
  glyph,
  label,
  size,
  decorative,
  children,
}: {
  class: string;
  glyph: string;
  label: string;
  size: number;
  decorative: boolean;
  children: JSX.Element;
}) {
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: the title and label are there unless the glyph is decorative (aria-hidden)
    <svg
      class={className}
      data-glyph={glyph}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      focusable="false"
      {...(decorative ? { 'aria-hidden': 'true' } : { role: 'img', 'aria-label': label })}
    >
      {decorative ? null : <title>{label}</title>}
      {children}
    </svg>
  );
}

export function StatusIcon({ status, size = 16, decorative = false, class: className }: IconProps & { status: Status }) {
  return (
    <Glyph
      class={`bl-icon bl-status-${status}${className ? ` ${className}` : ''}`}
      glyph={status}
      label={t(statusMessageKey(status))}
      size={size}
      decorative={decorative}
    >
      {STATUS_GLYPHS[status]()}
    </Glyph>
  );
}

const OUTCOME_GLYPHS: Record<ShownOutcome, () => JSX.Element> = {
  pass: () => (
    <path d="M3.8 8.4l2.7 2.7 5.7-6" fill="none" stroke="currentColor" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round" />
  ),
  fail: () => <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" fill="none" stroke="currentColor" stroke-width="1.9" stroke-linecap="round" />,
  skip: () => <path d="M4.5 8h7" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />,
  warning: () => (
    <>
      <circle cx="8" cy="8" r="6.4" fill="none" stroke="currentColor" stroke-width="1.5" />
      <path d="M8 4.6v4.2" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" />
      <circle cx="8" cy="11.2" r=".9" fill="currentColor" />
    </>
  ),
  error: () => (
    <>
      <path d="M8 2.2l6.2 11H1.8z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
      <path d="M8 6.4v3" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
      <circle cx="8" cy="11.2" r=".85" fill="currentColor" />
    </>
  ),
};

/** How a check is shown: its outcome, or `warning` for a failed check that leaves the verdict alone. */
export type { ShownOutcome };

/** The outcome of one check: pass, fail, skip (not applicable), error (could not be done) or warning. */
export function OutcomeIcon({ outcome, size = 14, decorative = false }: IconProps & { outcome: ShownOutcome }) {
  return (
    <Glyph
      class={`bl-icon bl-outcome bl-outcome-${outcome}`}
      glyph={outcome}
      label={t(`outcome_${outcome}`)}
      size={size}
      decorative={decorative}
    >
      {OUTCOME_GLYPHS[outcome]()}
    </Glyph>
  );
}

export function Spinner({ size = 14 }: { size?: number }) {
  return (
    <svg class="bl-spinner" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-opacity=".25" stroke-width="2" />
      <path d="M8 2a6 6 0 0 1 6 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
    </svg>
  );
}
