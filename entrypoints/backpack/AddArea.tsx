import { useId, useState } from 'preact/hooks';
import { bytesToBase64, inputFromText, type VerifyInput } from '../../components/file-input';
import { t } from '../../components/i18n';
import { IMPORT_LIMITS, megabytes } from '../../lib/backpack/import-limits';
import type { AddReport } from './use-backpack';

/** Checked before the file is read, so a huge one never reaches memory or the worker. */
function tooLarge(name: string, size: number): string {
  return `${name}: it is ${megabytes(size)}, larger than the ${megabytes(IMPORT_LIMITS.fileBytes)} one import takes; export fewer badges at a time, or add them one by one`;
}

async function inputOf(file: File): Promise<VerifyInput | string> {
  if (file.size > IMPORT_LIMITS.fileBytes) return tooLarge(file.name, file.size);
  return { kind: 'file', name: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}

/** Adding badges: dropped or chosen files (zips too, a backpack export among them) and pasted JSON, JWT or links. */
export function AddArea({ add, busy }: { add: (input: VerifyInput) => Promise<AddReport | undefined>; busy: boolean }) {
  const id = useId();
  const [text, setText] = useState('');
  const [report, setReport] = useState<AddReport | undefined>(undefined);
  const [over, setOver] = useState(false);

  const addFiles = async (files: FileList | null | undefined) => {
    const total: AddReport = { added: 0, duplicates: 0, problems: [] };
    for (const file of Array.from(files ?? [])) {
      const input = await inputOf(file);
      const got = typeof input === 'string' ? { added: 0, duplicates: 0, problems: [input] } : await add(input);
      if (!got) continue;
      total.added += got.added;
      total.duplicates += got.duplicates;
      total.problems.push(...got.problems);
    }
    setReport(total);
  };

  const addText = async () => {
    if (text.length > IMPORT_LIMITS.textChars) {
      const most = IMPORT_LIMITS.textChars.toLocaleString('en');
      setReport({
        added: 0,
        duplicates: 0,
        problems: [`The pasted text is longer than ${most} characters; save it as a file and add the file`],
      });
      return;
    }
    const input = inputFromText(text);
    if (!input) return;
    const got = await add(input);
    if (got) {
      setReport(got);
      if (got.added > 0) setText('');
    }
  };

  return (
    <section
      class={`bl-panel bl-backpack-add${over ? ' bl-drop-over' : ''}`}
      aria-labelledby={`${id}-h`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        void addFiles(event.dataTransfer?.files);
      }}
    >
      <h2 id={`${id}-h`}>{t('backpack_add_heading')}</h2>
      <p class="bl-muted">{t('backpack_drop_hint')}</p>
      <label class="bl-field" for={`${id}-files`}>
        <span>{t('backpack_files_label')}</span>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          data-testid="backpack-import"
          accept=".png,.svg,.json,.jws,.jwt,.txt,.zip,image/png,image/svg+xml,application/json,application/zip"
          disabled={busy}
          onChange={(event) => {
            const input = event.currentTarget;
            void addFiles(input.files).then(() => (input.value = ''));
          }}
        />
      </label>
      <label class="bl-field" for={`${id}-paste`}>
        <span>{t('backpack_paste_label')}</span>
        <textarea
          id={`${id}-paste`}
          rows={3}
          value={text}
          data-testid="backpack-paste"
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </label>
      <button
        type="button"
        class="bl-button"
        data-testid="backpack-paste-add"
        disabled={busy || text.trim() === ''}
        onClick={() => void addText()}
      >
        {t('backpack_paste_add')}
      </button>
      <div role="status" class="bl-backpack-report" data-testid="backpack-add-report">
        {report ? <p>{t('backpack_add_outcome', report.added, report.duplicates)}</p> : null}
        {report && report.problems.length > 0 ? (
          <ul class="bl-backpack-problems">
            {report.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
