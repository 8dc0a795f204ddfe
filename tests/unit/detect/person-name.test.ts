import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { looksLikeName, pagePersonName } from '../../../lib/detect/person-name';

const page = (head: string, body: string) => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;

describe('pagePersonName', () => {
  it('a CV heading', () =>
    expect(pagePersonName(page('<title>Ada Lovelace — CV</title>', '<header><h1>Ada  Lovelace</h1></header>'))).toBe('Ada Lovelace'));
  it('a schema.org Person in JSON-LD wins over the heading', () => {
    const ld =
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"Person","name":"Augusta Ada King"}]}</script>';
    expect(pagePersonName(page(ld, '<h1>Ada Lovelace</h1>'))).toBe('Augusta Ada King');
  });
  it('schema.org microdata', () =>
    expect(
      pagePersonName(page('', '<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Grace Hopper</span></div>')),
    ).toBe('Grace Hopper'));
  it('LinkedIn’s profile heading', () =>
    expect(pagePersonName(page('', '<h1>Feed</h1><section class="pv-top-card"><h1>Ada Lovelace</h1></section>'))).toBe('Ada Lovelace'));
  it('og:title of a profile page, without the site name', () => {
    expect(
      pagePersonName(
        page(
          '<meta property="og:type" content="profile"><meta property="og:title" content="Grace Hopper | Portfolio">',
          '<h1>Welcome to my site</h1>',
        ),
      ),
    ).toBe('Grace Hopper');
  });
  it('no name: a page title in the h1, og:title of an article, broken JSON-LD', () => {
    expect(
      pagePersonName(
        page(
          '<meta property="og:type" content="article"><meta property="og:title" content="Ada Lovelace">',
          '<h1>Open Badges 3.0 and CLR 2.0</h1>',
        ),
      ),
    ).toBeUndefined();
    expect(pagePersonName(page('<script type="application/ld+json">{not json</script>', '<h1>my badges</h1>'))).toBeUndefined();
  });
  it('looksLikeName', () => {
    expect(looksLikeName('José Núñez-Ruiz')).toBe(true);
    expect(looksLikeName("Seán O'Brien")).toBe(true);
    expect(looksLikeName('Ada')).toBe(false);
    expect(looksLikeName('Demo page 2')).toBe(false);
  });
});
