import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { BadgeImage } from '../../../components/BadgeImage';
import { backgroundImageLoader, ImageLoaderContext, type ImageLoader } from '../../../components/image-loader';
import { ResultCard } from '../../../components/ResultCard';
import { flush as flushRenders, mountPoint, result } from './helpers';

/** Preact runs effects after the next frame, or 35 ms later where there are no frames (Node): wait past that. */
const flush = async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await flushRenders();
};

const mounted = mountPoint();
const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

/** A loader that answers when the test says so, recording what it was asked. */
function fakeLoader() {
  const asked: string[] = [];
  const answers: Array<(dataUrl: string | undefined) => void> = [];
  const load: ImageLoader = (url) => {
    asked.push(url);
    return new Promise((resolve) => answers.push(resolve));
  };
  return { load, asked, answer: (n: number, dataUrl: string | undefined) => answers[n]?.(dataUrl) };
}

function show(src: string | undefined, load: ImageLoader) {
  render(
    <ImageLoaderContext.Provider value={load}>
      <BadgeImage src={src} />
    </ImageLoaderContext.Provider>,
    mounted.root,
  );
}

const img = () => mounted.root.querySelector('img');
const placeholder = () => mounted.root.querySelector('.bl-image-placeholder');

describe('BadgeImage: credential images only through the background', () => {
  it('shows a placeholder while the background fetches an https: image, then its data: URL', async () => {
    const loader = fakeLoader();
    show('https://issuer.example.org/badge.png', loader.load);
    await flush();
    expect(img()).toBeNull();
    expect(placeholder()?.getAttribute('data-image-state')).toBe('loading');
    expect(placeholder()?.getAttribute('aria-busy')).toBe('true');
    expect(loader.asked).toEqual(['https://issuer.example.org/badge.png']);
    loader.answer(0, GIF);
    await flush();
    expect(img()?.getAttribute('src')).toBe(GIF);
    expect(img()?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(placeholder()).toBeNull();
  });

  it('never puts a credential URL in an <img>: a refused image stays a placeholder', async () => {
    const loader = fakeLoader();
    show('https://issuer.example.org/badge.png', loader.load);
    await flush();
    loader.answer(0, undefined);
    await flush();
    expect(img()).toBeNull();
    expect(placeholder()?.getAttribute('data-image-state')).toBe('none');
    expect(mounted.root.innerHTML).not.toContain('issuer.example.org');
  });

  it.each([['http://issuer.example.org/badge.png'], ['javascript:alert(1)'], ['ftp://issuer.example.org/a.png'], [undefined]])(
    'does not even ask for %s',
    async (src) => {
      const loader = fakeLoader();
      show(src, loader.load);
      await flush();
      expect(loader.asked).toEqual([]);
      expect(img()).toBeNull();
      expect(placeholder()).not.toBeNull();
    },
  );

  it('shows a data: image of the credential at once when its bytes are an image, without asking', () => {
    const loader = fakeLoader();
    show(GIF, loader.load);
    expect(img()?.getAttribute('src')).toBe(GIF);
    show(`data:image/png;base64,${btoa('<html><script>alert(1)</script>')}`, loader.load);
    expect(img()).toBeNull();
    expect(loader.asked).toEqual([]);
  });

  it('asks once per image, not on every render, and again for another image', async () => {
    const loader = fakeLoader();
    show('https://issuer.example.org/a.png', loader.load);
    await flush();
    show('https://issuer.example.org/a.png', loader.load);
    loader.answer(0, GIF);
    await flush();
    expect(img()?.getAttribute('src')).toBe(GIF);
    show('https://issuer.example.org/b.png', loader.load);
    expect(img()).toBeNull();
    await flush();
    expect(loader.asked).toEqual(['https://issuer.example.org/a.png', 'https://issuer.example.org/b.png']);
  });

  it('an answer for an image no longer shown is dropped', async () => {
    const loader = fakeLoader();
    show('https://issuer.example.org/a.png', loader.load);
    await flush();
    show('https://issuer.example.org/b.png', loader.load);
    await flush();
    loader.answer(0, GIF);
    await flush();
    expect(img()).toBeNull();
    loader.answer(1, 'data:image/gif;base64,R0lGODdh');
    await flush();
    expect(img()?.getAttribute('src')).toBe('data:image/gif;base64,R0lGODdh');
  });

  it('a data: URL the browser cannot draw turns into the placeholder, never a broken image', async () => {
    show(GIF, fakeLoader().load);
    img()!.dispatchEvent(new mounted.dom.window.Event('error'));
    await flush();
    expect(img()).toBeNull();
    expect(placeholder()).not.toBeNull();
  });

  it('the result card shows its image through the loader', async () => {
    const loader = fakeLoader();
    render(
      <ImageLoaderContext.Provider value={loader.load}>
        <ResultCard result={result({}, { image: 'https://issuer.example.org/card.png' })} />
      </ImageLoaderContext.Provider>,
      mounted.root,
    );
    await flush();
    expect(loader.asked).toEqual(['https://issuer.example.org/card.png']);
    loader.answer(0, GIF);
    await flush();
    expect(mounted.root.querySelector('.bl-card-head img')?.getAttribute('src')).toBe(GIF);
  });
});

describe('the default loader asks the background', () => {
  it('sends get-image and takes the data: URL from the validated reply', async () => {
    const sent: unknown[] = [];
    const load = backgroundImageLoader(async (message) => {
      sent.push(message);
      return { ok: true, dataUrl: GIF };
    });
    expect(await load('https://issuer.example.org/a.png')).toBe(GIF);
    expect(sent).toEqual([{ type: 'get-image', url: 'https://issuer.example.org/a.png' }]);
  });

  it.each([
    ['a refusal', { ok: false, error: 'http: images are not loaded, only https:' }],
    ['a reply that is not a data: image', { ok: true, dataUrl: 'https://issuer.example.org/a.png' }],
    ['a data: URL of another type', { ok: true, dataUrl: 'data:text/html;base64,PHNjcmlwdD4=' }],
    ['no answer', undefined],
  ])('turns %s into no image', async (_name, reply) => {
    expect(await backgroundImageLoader(async () => reply)('https://issuer.example.org/a.png')).toBeUndefined();
  });
});
