import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { credentialName, issuerName } from '../../components/credential-text';
import { formatDate } from '../../components/dates';
import { RECRUITER_NOTE_KEYS } from '../../components/backpack-keys';
import { t, useLocale, type Lang } from '../../components/i18n';
import { Chip, Popover, type ChipState } from '../../components/overlay/chip-view';
import overlayCss from '../../components/overlay/overlay.css?inline';
import uiCss from '../../components/ui.css?inline';
import { recruiterView, type RecruiterNote } from '../../lib/backpack/recruiter-view';
import type { VerificationResult } from '../../lib/result/types';
import { publicUrlOf } from './ShareActions';
import type { BackpackItem } from '../../lib/protocol/backpack-schemas';

type Entry = Extract<BackpackItem, { kind: 'entry' }>;

/** Month and year, as LinkedIn shows dates ("Jun 2024"). */
function monthYear(value: string | undefined, lang: Lang): string | undefined {
  const ms = Date.parse(value ?? '');
  return Number.isFinite(ms) ? new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(ms) : undefined;
}

/**
 * The overlay's chip and card, drawn in a shadow root with the overlay's own styles, as on a page.
 * The card opens and closes with the chip, as the overlay's does.
 */
function OverlayChip({ result }: { result: VerificationResult }) {
  const hostRef = useRef<HTMLSpanElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    if (!root.querySelector('style')) {
      const style = document.createElement('style');
      style.textContent = `${uiCss}\n${overlayCss}\n.bl-preview-card { position: static; margin-top: 8px; }`;
      root.append(style, document.createElement('span'));
    }
    const mount = root.lastElementChild as HTMLElement;
    const state: ChipState = {
      ref: 'preview',
      host,
      mount,
      item: { ref: 'preview', candidate: { kind: 'embedded', text: '' }, state: 'done', results: [result] },
      anchor: undefined,
      results: [result],
      pending: false,
      button: null,
      corner: undefined,
      needsLayout: false,
    };
    render(
      <span class="bl-root">
        <Chip state={state} open={open} onToggle={() => setOpen(!open)} setButton={() => undefined} />
        {open ? (
          <div class="bl-preview-card">
            <Popover state={state} onClose={() => setOpen(false)} onRecheck={() => undefined} />
          </div>
        ) : null}
      </span>,
      mount,
    );
  }, [result, open]);
  useEffect(() => {
    const host = hostRef.current;
    return () => {
      const mount = host?.shadowRoot?.lastElementChild;
      if (mount instanceof HTMLElement) render(null, mount);
    };
  }, []);
  return <span ref={hostRef} class="bl-preview-chip" data-testid="preview-chip" />;
}

function noteText(note: RecruiterNote, lang: Lang): string {
  const key = RECRUITER_NOTE_KEYS[note.code];
  const value = note.code === 'expires' ? (formatDate(note.value, lang) ?? note.value ?? '') : (note.value ?? '');
  return t(key, value);
}

function LinkedInEntry({ entry, result, lang }: { entry: Entry; result: VerificationResult; lang: Lang }) {
  const { credential } = result;
  const issued = monthYear(credential.issued, lang);
  const expires = monthYear(credential.expires, lang);
  const url = publicUrlOf(entry);
  return (
    <section class="bl-preview-linkedin" data-testid="preview-linkedin">
      <h4>{t('preview_linkedin_heading')}</h4>
      <div class="bl-preview-li-row">
        <div class="bl-preview-li-logo" aria-hidden="true">
          {issuerName(credential).slice(0, 1)}
        </div>
        <div>
          <p class="bl-preview-li-name">
            {credentialName(credential, result.source)} <OverlayChip result={result} />
          </p>
          <p>{issuerName(credential)}</p>
          <p class="bl-muted">
            {[issued ? t('preview_issued', issued) : '', expires ? t('preview_expires', expires) : ''].filter(Boolean).join(' · ')}
          </p>
          {credential.id ? <p class="bl-muted">{t('preview_credential_id', credential.id)}</p> : null}
          {url ? <span class="bl-preview-li-show">{t('preview_show_credential')}</span> : null}
        </div>
      </div>
    </section>
  );
}

function CvRow({ entry, result, lang }: { entry: Entry; result: VerificationResult; lang: Lang }) {
  const { credential } = result;
  const dates = [monthYear(credential.issued, lang), monthYear(credential.expires, lang)].filter(Boolean).join('–');
  const url = publicUrlOf(entry);
  return (
    <section class="bl-preview-cv" data-testid="preview-cv">
      <h4>{t('preview_cv_heading')}</h4>
      <p>
        <strong>{credentialName(credential, result.source)}</strong> — {issuerName(credential)}
        {dates ? `, ${dates}` : ''} <OverlayChip result={result} />
        {url ? (
          <span class="bl-muted">
            {' '}
            · {t('preview_cv_verify')} {url}
          </span>
        ) : null}
      </p>
    </section>
  );
}

/** "How recruiters will see it": a LinkedIn-like entry and a CV row with the overlay's chip, and what a check confirms. */
export function RecruiterPreview({ entry, result }: { entry: Entry; result: VerificationResult }) {
  const lang = useLocale();
  const view = recruiterView(result);
  return (
    <div class="bl-preview" data-testid="recruiter-preview">
      <p class="bl-muted">{t('preview_chip_hint')}</p>
      <LinkedInEntry entry={entry} result={result} lang={lang} />
      <CvRow entry={entry} result={result} lang={lang} />
      <div class="bl-preview-notes">
        <h4>{t('preview_confirms')}</h4>
        <ul data-testid="preview-confirms">
          {view.confirms.map((note) => (
            <li key={note.code}>{noteText(note, lang)}</li>
          ))}
        </ul>
        <h4>{t('preview_cannot_confirm')}</h4>
        <ul data-testid="preview-cannot-confirm">
          {view.cannotConfirm.map((note) => (
            <li key={note.code}>{noteText(note, lang)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
