import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { checkedDataImage } from '../lib/images/data-url';
import { t } from './i18n';
import { ImageLoaderContext } from './image-loader';
import { safeImageSrc } from './safe';

/** What a credential's image source becomes: shown at once (its own checked `data:` URL), fetched by the background, or nothing. */
type Plan = { show: string } | { fetch: string } | undefined;

function planFor(src: string | undefined): Plan {
  const safe = safeImageSrc(src);
  if (!safe) return undefined;
  if (/^data:/i.test(safe)) {
    const checked = checkedDataImage(safe);
    return checked ? { show: checked } : undefined;
  }
  return /^https:/i.test(safe) ? { fetch: safe } : undefined;
}

/** The `data:` URL to show for `src` (undefined while it loads or when refused), and whether it is still loading. */
function useCredentialImage(src: string | undefined): { shown: string | undefined; loading: boolean } {
  const load = useContext(ImageLoaderContext);
  const plan = useMemo(() => planFor(src), [src]);
  const url = plan && 'fetch' in plan ? plan.fetch : undefined;
  const [fetched, setFetched] = useState<{ url: string; dataUrl: string | undefined } | undefined>(undefined);
  useEffect(() => {
    if (url === undefined) return;
    let current = true;
    void load(url).then((dataUrl) => {
      if (current) setFetched({ url, dataUrl });
    });
    return () => {
      current = false;
    };
  }, [url, load]);
  if (!plan) return { shown: undefined, loading: false };
  if ('show' in plan) return { shown: plan.show, loading: false };
  return fetched && fetched.url === url ? { shown: fetched.dataUrl, loading: false } : { shown: undefined, loading: true };
}

/**
 * A credential image, only ever as a `data:` URL in an `<img>` (so an SVG's scripts never run and the page's
 * cookies never go with it), or a neutral placeholder while it loads and when it is refused.
 */
export function BadgeImage({ src, size = 56 }: { src: string | undefined; size?: number }) {
  const { shown, loading } = useCredentialImage(src);
  const [broken, setBroken] = useState<string | undefined>(undefined);
  if (!shown || broken === shown) {
    return (
      <span
        class="bl-image bl-image-placeholder"
        style={{ width: `${size}px`, height: `${size}px` }}
        role="img"
        aria-label={t('card_no_image')}
        aria-busy={loading ? 'true' : undefined}
        data-image-state={loading ? 'loading' : 'none'}
      >
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
      src={shown}
      alt=""
      width={size}
      height={size}
      referrerpolicy="no-referrer"
      decoding="async"
      onError={() => setBroken(shown)}
    />
  );
}
