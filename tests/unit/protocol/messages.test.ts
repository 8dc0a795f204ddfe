import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentMessageSchema, replySchema, toContentMessageSchema, uiMessageSchema } from '../../../lib/protocol/messages';
import { resultSchema } from '../../../lib/protocol/schemas';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { testEnv } from '../../support/env';
import { GENERATED, generatedManifest, generatedSiteHttp } from '../../support/generated-site';

describe('message protocol', () => {
  it.each([
    { type: 'page-reset', pageUrl: 'https://cv.example.net/', navigationId: 'n1' },
    {
      type: 'page-candidates',
      pageUrl: 'https://cv.example.net/',
      navigationId: 'n1',
      found: [{ ref: 'r1', candidate: { kind: 'image', url: 'https://cv.example.net/b.png' } }],
    },
    { type: 'recheck', ref: 'r1' },
  ])('accepts content message %#', (message) => {
    expect(contentMessageSchema.safeParse(message).success).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'steal-cookies' }],
    ['a missing field', { type: 'page-reset', pageUrl: 'https://a/' }],
    [
      'an unknown candidate kind',
      { type: 'page-candidates', pageUrl: 'x', navigationId: 'n', found: [{ ref: 'r1', candidate: { kind: 'script', code: 'alert(1)' } }] },
    ],
    [
      'an unknown platform',
      {
        type: 'page-candidates',
        pageUrl: 'x',
        navigationId: 'n',
        found: [{ ref: 'r1', candidate: { kind: 'platform', platform: 'evil', url: 'x', id: 'y' } }],
      },
    ],
    [
      'more than 300 candidates',
      {
        type: 'page-candidates',
        pageUrl: 'x',
        navigationId: 'n',
        found: Array.from({ length: 301 }, (_, i) => ({ ref: `r${i}`, candidate: { kind: 'link', url: 'https://a/b.json' } })),
      },
    ],
    ['an overlong ref', { type: 'recheck', ref: 'r'.repeat(65) }],
    ['a non-object', 'page-reset'],
    ['null', null],
  ])('rejects %s', (_name, message) => {
    expect(contentMessageSchema.safeParse(message).success).toBe(false);
  });

  it('keeps UI requests apart from content requests', () => {
    expect(uiMessageSchema.safeParse({ type: 'get-tab', tabId: 3 }).success).toBe(true);
    expect(contentMessageSchema.safeParse({ type: 'get-tab', tabId: 3 }).success).toBe(false);
    expect(uiMessageSchema.safeParse({ type: 'page-reset', pageUrl: 'x', navigationId: 'n' }).success).toBe(false);
    expect(uiMessageSchema.safeParse({ type: 'verify-input', input: { kind: 'text', text: '{}' } }).success).toBe(true);
    expect(
      uiMessageSchema.safeParse({
        type: 'set-settings',
        settings: { autoScan: true, disabledSites: [], allowLocalNetwork: 'yes', language: 'en' },
      }).success,
    ).toBe(false);
  });

  it('every result the core produces passes the schema the UI validates with', async () => {
    const http = generatedSiteHttp();
    for (const entry of generatedManifest()) {
      const [result] = await verifyBytes(readFileSync(`${GENERATED}/badges/${entry.file}`), entry.file, testEnv(http));
      const parsed = resultSchema.safeParse(result);
      expect(parsed.success, entry.file).toBe(true);
    }
  });

  it('rejects results with codes outside the catalog or unknown statuses', () => {
    const result = {
      source: 's',
      format: 'ob2-signed',
      status: 'verified',
      assurance: 'signed',
      checks: [{ id: 'proof', outcome: 'pass', code: 'proof.ok' }],
      credential: {},
      checkedAt: '2026-01-01T00:00:00Z',
    };
    expect(resultSchema.safeParse(result).success).toBe(true);
    expect(resultSchema.safeParse({ ...result, status: 'trusted' }).success).toBe(false);
    expect(resultSchema.safeParse({ ...result, checks: [{ id: 'proof', outcome: 'pass', code: 'proof.looks-fine' }] }).success).toBe(false);
    expect(
      toContentMessageSchema.safeParse({
        type: 'items',
        navigationId: 'n',
        items: [{ ref: 'r1', candidate: { kind: 'link', url: 'https://a/b.json' }, state: 'done', results: [result] }],
      }).success,
    ).toBe(true);
    expect(replySchema.safeParse({ ok: true, results: [result] }).success).toBe(true);
    expect(replySchema.safeParse({ ok: false }).success).toBe(false);
  });
});
