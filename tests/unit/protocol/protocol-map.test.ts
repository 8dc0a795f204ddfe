import { describe, expect, it } from 'vitest';
import { contentProtocol, failureSchema, replySchema, toContentProtocol, uiProtocol } from '../../../lib/protocol/messages';
import { DEFAULT_SETTINGS } from '../../../lib/protocol/schemas';
import { CHECK_IDS, FORMAT_IDS, STATUSES } from '../../../lib/result/vocabulary';
import { checkSchema, resultSchema } from '../../../lib/protocol/schemas';

describe('request → reply map', () => {
  it.each(Object.entries({ ...contentProtocol, ...uiProtocol, ...toContentProtocol }))(
    '%s is registered under its own type',
    (type, entry) => {
      expect(entry.request.shape.type.def.values).toEqual([type]);
    },
  );

  it('each reply schema accepts its own answer only', () => {
    expect(uiProtocol['get-settings'].reply.safeParse({ ok: true, settings: DEFAULT_SETTINGS }).success).toBe(true);
    expect(uiProtocol['get-settings'].reply.safeParse({ ok: true, tab: null }).success).toBe(false);
    expect(uiProtocol['get-tab'].reply.safeParse({ ok: true, tab: null }).success).toBe(true);
    expect(uiProtocol['get-tab'].reply.safeParse({ ok: true }).success).toBe(false);
    expect(uiProtocol['verify-input'].reply.safeParse({ ok: true, results: [] }).success).toBe(true);
    expect(uiProtocol['verify-input'].reply.safeParse({ ok: true }).success).toBe(false);
    expect(contentProtocol['page-candidates'].reply.safeParse({ ok: true, tab: null }).success).toBe(false);
  });

  it('a refusal is the same plain shape for every request', () => {
    expect(failureSchema.safeParse({ ok: false, error: 'unknown sender' }).success).toBe(true);
    expect(failureSchema.safeParse({ ok: false, error: 3 }).success).toBe(false);
    expect(replySchema.safeParse({ ok: false, error: 'unknown sender' }).success).toBe(true);
  });
});

describe('closed vocabularies', () => {
  const check = { id: 'proof', outcome: 'pass', code: 'proof.ok' };
  const result = {
    source: 's',
    format: 'ob2-signed',
    status: 'verified',
    assurance: 'signed',
    checks: [check],
    credential: {},
    checkedAt: '2026-01-01T00:00:00Z',
  };

  it('the schemas accept every word of each vocabulary and nothing else', () => {
    for (const id of CHECK_IDS) expect(checkSchema.safeParse({ ...check, id }).success, id).toBe(true);
    expect(checkSchema.safeParse({ ...check, id: 'vibes' }).success).toBe(false);
    for (const format of FORMAT_IDS) expect(resultSchema.safeParse({ ...result, format }).success, format).toBe(true);
    expect(resultSchema.safeParse({ ...result, format: 'ob4' }).success).toBe(false);
    for (const status of STATUSES) expect(resultSchema.safeParse({ ...result, status }).success, status).toBe(true);
    expect(resultSchema.safeParse({ ...result, credential: { issuer: { nameSource: 'rumour' } } }).success).toBe(false);
  });

  it('optional fields are absent or set, never undefined', () => {
    expect(checkSchema.safeParse({ ...check, detail: 'x' }).success).toBe(true);
    expect(checkSchema.safeParse({ ...check, detail: undefined }).success).toBe(false);
  });
});
