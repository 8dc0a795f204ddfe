import { render, type ComponentChildren, type Ref } from 'preact';
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

/** Renders `children` in an open shadow root with the overlay's own styles, as the overlay does on a page. */
function OverlayShadow({ children, block = false, testId }: { children: ComponentChildren; block?: boolean; testId: string }) {
  const hostRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    if (!host.shadowRoot) {
      const root = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = `${uiCss}\n${overlayCss}`;
      root.append(style, document.createElement(block ? 'div' : 'span'));
    }
    render(children, host.shadowRoot!.lastElementChild as HTMLElement);
  });
  useEffect(() => {
    const host = hostRef.current;
    return () => {
      const mount = host?.shadowRoot?.lastElementChild;
      if (mount instanceof HTMLElement) render(null, mount);
    };
  }, []);
  return block ? (
    <div ref={hostRef as Ref<HTMLDivElement>} class="bl-preview-card" data-testid={testId} />
  ) : (
    <span ref={hostRef as Ref<HTMLSpanElement>} class="bl-preview-chip" data-testid={testId} />
  );
}

/** The state the overlay's chip and card are drawn from, for one result shown outside a page. */
function previewState(result: VerificationResult, host: HTMLElement): ChipState {
  return {
    ref: 'preview',
    host,
    mount: host,
    item: { ref: 'preview', candidate: { kind: 'embedded', text: '' }, state: 'done', results: [result] },
    anchor: undefined,
    results: [result],
    pending: false,
    button: null,
    corner: undefined,
    needsLayout: false,
  };
}

/** The overlay's chip, inline where the badge is named, and the card it opens below the entry. */
function useOverlayPreview(result: VerificationResult) {
  const [open, setOpen] = useState(false);
  const state = previewState(result, document.body);
  const chip = (
    <OverlayShadow testId="preview-chip">
      <span class="bl-root">
        <Chip state={state} open={open} onToggle={() => setOpen(!open)} setButton={() => undefined} />
      </span>
    </OverlayShadow>
  );
  const card = open ? (
    <OverlayShadow block testId="preview-card">
      <Popover state={state} onClose={() => setOpen(false)} onRecheck={() => undefined} />
    </OverlayShadow>
  ) : null;
  return { chip, card };
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
  const overlay = useOverlayPreview(result);
  return (
    <section class="bl-preview-linkedin" data-testid="preview-linkedin">
      <h4>{t('preview_linkedin_heading')}</h4>
      <div class="bl-preview-li-row">
        <div class="bl-preview-li-logo" aria-hidden="true">
          {issuerName(credential).slice(0, 1)}
        </div>
        <div>
          <p class="bl-preview-li-name">
            {credentialName(credential, result.source)} {overlay.chip}
          </p>
          <p>{issuerName(credential)}</p>
          <p class="bl-muted">
            {[issued ? t('preview_issued', issued) : '', expires ? t('preview_expires', expires) : ''].filter(Boolean).join(' · ')}
          </p>
          {credential.id ? <p class="bl-muted">{t('preview_credential_id', credential.id)}</p> : null}
          {url ? <span class="bl-preview-li-show">{t('preview_show_credential')}</span> : null}
        </div>
      </div>
      {overlay.card}
    </section>
  );
}

function CvRow({ entry, result, lang }: { entry: Entry; result: VerificationResult; lang: Lang }) {
  const { credential } = result;
  const dates = [monthYear(credential.issued, lang), monthYear(credential.expires, lang)].filter(Boolean).join('–');
  const url = publicUrlOf(entry);
  const overlay = useOverlayPreview(result);
  return (
    <section class="bl-preview-cv" data-testid="preview-cv">
      <h4>{t('preview_cv_heading')}</h4>
      <p>
        <strong>{credentialName(credential, result.source)}</strong> — {issuerName(credential)}
        {dates ? `, ${dates}` : ''} {overlay.chip}
        {url ? (
          <span class="bl-muted">
            {' '}
            · {t('preview_cv_verify')} {url}
          </span>
        ) : null}
      </p>
      {overlay.card}
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
