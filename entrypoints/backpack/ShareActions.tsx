import { useState } from 'preact/hooks';
import { EXTERNAL_LINK } from '../../components/safe';
import { t } from '../../components/i18n';
import { certificationFields, linkedInAddUrl } from '../../lib/backpack/linkedin';
import type { BackpackItem } from '../../lib/protocol/backpack-schemas';
import { downloadBase64 } from './download';
import type { BackpackActions } from './use-backpack';

type Entry = Extract<BackpackItem, { kind: 'entry' }>;

/** The credential's public URL: where it was saved from, or its own https id. */
export function publicUrlOf(entry: Entry): string | undefined {
  const id = entry.result?.credential.id;
  if (id && /^https:\/\//i.test(id)) return id;
  return entry.sourceUrl && /^https:\/\//i.test(entry.sourceUrl) ? entry.sourceUrl : undefined;
}

/** Download the original, copy its public link, put it on LinkedIn. */
export function ShareActions({ entry, actions }: { entry: Entry; actions: BackpackActions }) {
  const [copied, setCopied] = useState(false);
  const url = publicUrlOf(entry);
  const credential = entry.result?.credential;
  const linkedIn = credential ? linkedInAddUrl(certificationFields(credential, url)) : undefined;
  return (
    <div class="bl-share">
      <button
        type="button"
        class="bl-button"
        data-testid="backpack-download"
        onClick={() => void actions.file(entry.id).then((f) => downloadBase64(f.base64, f.fileName))}
      >
        {t('backpack_download')}
      </button>
      {url ? (
        <button
          type="button"
          class="bl-button"
          data-testid="backpack-copy-url"
          onClick={() =>
            void navigator.clipboard.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? t('backpack_copied') : t('backpack_copy_url')}
        </button>
      ) : null}
      {linkedIn ? (
        <a class="bl-button" data-testid="add-to-linkedin" href={linkedIn} {...EXTERNAL_LINK}>
          {t('backpack_add_to_linkedin')}
        </a>
      ) : null}
    </div>
  );
}
