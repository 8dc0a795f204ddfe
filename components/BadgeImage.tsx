import { useState } from 'preact/hooks';
import { t } from './i18n';
import { safeImageSrc } from './safe';

/** A credential image, or a neutral placeholder when the source is not a safe image URL. */
export function BadgeImage({ src, size = 56 }: { src: string | undefined; size?: number }) {
  const [broken, setBroken] = useState(false);
  const safe = safeImageSrc(src);
  if (!safe || broken) {
    return (
      <span class="bl-image bl-image-placeholder" style={{ width: `${size}px`, height: `${size}px` }} role="img" aria-label={t('card_no_image')}>
        <svg viewBox="0 0 24 24" width={size * 0.5} height={size * 0.5} aria-hidden="true" focusable="false">
          <circle cx="12" cy="9" r="5.5" fill="none" stroke="currentColor" stroke-width="1.5" />
          <path d="M8.5 13.5L7 21l5-2.5 5 2.5-1.5-7.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
        </svg>
      </span>
    );
  }
  return (
    <img
      class="bl-image"
      src={safe}
      alt=""
      width={size}
      height={size}
      loading="lazy"
      referrerpolicy="no-referrer"
      decoding="async"
      onError={() => setBroken(true)}
    />
  );
}
