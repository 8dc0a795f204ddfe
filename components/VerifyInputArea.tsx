import { useRef, useState } from 'preact/hooks';
import type { VerificationResult } from '../lib/result/types';
import { bytesToBase64, fileTooLarge, inputFromText, MAX_INPUT_FILE_BYTES, type VerifyInput } from './file-input';
import { t } from './i18n';
import { ResultRow } from './ResultRow';
import type { SaveOutcome } from './SaveToBackpack';
import { Spinner } from './StatusIcon';

export interface VerifyInputAreaProps {
  /** Asks the background to verify the input; rejects when it cannot be reached. */
  verify: (input: VerifyInput, recipient: string | undefined) => Promise<VerificationResult[]>;
  /** "Save to my backpack" for what was checked; without it the cards have no such button. */
  save?: ((input: VerifyInput) => Promise<SaveOutcome>) | undefined;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; results: VerificationResult[]; input: VerifyInput; recipient: string | undefined }
  | { kind: 'error'; message: string };

const ACCEPT = '.png,.svg,.json,.jsonld,.jws,.jwt,.txt,image/png,image/svg+xml,application/json,application/ld+json,text/plain';

async function readFile(file: File): Promise<VerifyInput> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { kind: 'file', name: file.name.slice(0, 500), base64: bytesToBase64(bytes) };
}

/** "Verify a file, text or link": for learners checking their own badge and issuers testing theirs. */
export function VerifyInputArea({ verify, save }: VerifyInputAreaProps) {
  const [file, setFile] = useState<File | undefined>();
  const [text, setText] = useState('');
  const [recipient, setRecipient] = useState('');
  const [dragging, setDragging] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    if (fileTooLarge(chosen.size)) {
      setFile(undefined);
      setPhase({ kind: 'error', message: t('input_file_too_large', MAX_INPUT_FILE_BYTES / 1024 / 1024) });
      return;
    }
    setFile(chosen);
    if (phase.kind === 'error') setPhase({ kind: 'idle' });
  };

  const run = async (input: VerifyInput, who: string | undefined) => {
    setPhase({ kind: 'busy' });
    try {
      const results = await verify(input, who);
      setPhase({ kind: 'done', results, input, recipient: who });
    } catch {
      setPhase({ kind: 'error', message: t('input_error_background') });
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (phase.kind === 'busy') return;
    const who = recipient.trim() || undefined;
    let input: VerifyInput | undefined;
    if (file) {
      try {
        input = await readFile(file);
      } catch {
        setPhase({ kind: 'error', message: t('input_error_read') });
        return;
      }
    } else {
      input = inputFromText(text);
    }
    if (!input) {
      setPhase({ kind: 'error', message: t('input_error_empty') });
      return;
    }
    await run(input, who);
  };

  const busy = phase.kind === 'busy';
  const canSubmit = !busy && (file !== undefined || text.trim() !== '');

  return (
    <section class="bl-input" aria-labelledby="bl-input-title" data-testid="verify-input-area">
      <h2 id="bl-input-title" class="bl-section-title">
        {t('input_title')}
      </h2>
      <form onSubmit={submit} class="bl-input-form">
        {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; its "choose a file" button is the keyboard path */}
        <div
          class={`bl-drop${dragging ? ' bl-drop-active' : ''}${file ? ' bl-drop-has-file' : ''}`}
          data-testid="drop-zone"
          onDragEnter={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragOver={(event) => {
            event.preventDefault();
            if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            choose(event.dataTransfer?.files?.[0]);
          }}
        >
          {file ? (
            <p class="bl-drop-file">
              <span class="bl-drop-file-name">{file.name}</span>
              <button
                type="button"
                class="bl-link-button"
                onClick={() => {
                  setFile(undefined);
                  if (fileInput.current) fileInput.current.value = '';
                }}
              >
                {t('input_remove_file')}
              </button>
            </p>
          ) : (
            <p>
              {t('input_drop_hint')}{' '}
              <button type="button" class="bl-link-button" onClick={() => fileInput.current?.click()}>
                {t('input_choose_file')}
              </button>
            </p>
          )}
          <input
            ref={fileInput}
            type="file"
            class="bl-visually-hidden"
            accept={ACCEPT}
            aria-label={t('input_choose_file')}
            data-testid="file-input"
            onChange={(event) => choose((event.currentTarget as HTMLInputElement).files?.[0])}
          />
        </div>

        <label class="bl-field">
          <span class="bl-field-label">{t('input_text_label')}</span>
          <textarea
            rows={3}
            value={text}
            disabled={file !== undefined}
            placeholder={t('input_text_placeholder')}
            spellcheck={false}
            data-testid="text-input"
            onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)}
          />
          {file ? <span class="bl-field-hint">{t('input_file_wins')}</span> : null}
        </label>

        <label class="bl-field">
          <span class="bl-field-label">{t('input_recipient_label')}</span>
          <input
            type="text"
            value={recipient}
            autocomplete="off"
            placeholder={t('input_recipient_placeholder')}
            data-testid="recipient-input"
            onInput={(event) => setRecipient((event.currentTarget as HTMLInputElement).value)}
          />
          <span class="bl-field-hint">{t('input_recipient_hint')}</span>
        </label>

        <div class="bl-input-actions">
          <button type="submit" class="bl-button bl-button-primary" disabled={!canSubmit} data-testid="verify-button">
            {busy ? <Spinner size={12} /> : null}
            {busy ? t('input_verifying') : t('input_verify')}
          </button>
        </div>
      </form>

      <div class="bl-input-status" aria-live="polite">
        {phase.kind === 'error' ? (
          <p class="bl-alert" role="alert">
            {phase.message}
          </p>
        ) : null}
        {phase.kind === 'done' && phase.results.length === 0 ? <p class="bl-muted">{t('input_no_results')}</p> : null}
      </div>
      {phase.kind === 'done' && phase.results.length > 0 ? (
        <ul class="bl-rows" aria-label={t('input_results_label')}>
          {phase.results.map((result, index) => (
            <ResultRow
              key={`${index}:${result.checkedAt}`}
              result={result}
              testId="input-result"
              initiallyOpen={phase.results.length === 1}
              onRecheck={() => run(phase.input, phase.recipient)}
              onSave={save ? () => save(phase.input) : undefined}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
