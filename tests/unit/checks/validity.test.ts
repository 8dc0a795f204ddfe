import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkValidity } from '../../../lib/checks/validity';
import { createSession, DEFAULT_MAX_CLOCK_SKEW_MS, type VerifyEnv } from '../../../lib/core/session';
import { verifyBytes } from '../../../lib/verify/pipeline';
import { testEnv } from '../../support/env';
import { createFakeHttp } from '../../support/fake-http';
import { GENERATED, generatedSiteHttp } from '../../support/generated-site';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const inMinutes = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();
const issued = (value: string) => ({ issued: { value, pointer: '/issuedOn' } });
const validFrom = (value: string) => ({
  issued: { value: inMinutes(-60), pointer: '/issued' },
  validFrom: { value, pointer: '/validFrom' },
});

describe('checkValidity and the clock skew', () => {
  it.each([
    ['issued', issued, 'validity.issued-in-future'],
    ['valid from', validFrom, 'validity.not-yet-valid'],
  ] as const)('a %s date within the skew is accepted, one beyond it is not', (_name, dates, code) => {
    const time = { now: NOW, maxClockSkewMs: 10 * 60_000 };
    expect(checkValidity(dates(inMinutes(9)), time).code).toBe('validity.ok');
    expect(checkValidity(dates(inMinutes(11)), time)).toMatchObject({ outcome: 'fail', code });
    expect(checkValidity(dates(inMinutes(1)), { now: NOW, maxClockSkewMs: 0 })).toMatchObject({ outcome: 'fail', code });
    expect(checkValidity(dates(inMinutes(0)), { now: NOW, maxClockSkewMs: 0 }).code).toBe('validity.ok');
  });

  it('the skew never postpones an expiry', () => {
    expect(
      checkValidity(
        { ...issued(inMinutes(-60)), expires: { value: inMinutes(-1), pointer: '/expires' } },
        { now: NOW, maxClockSkewMs: 10 * 60_000 },
      ).code,
    ).toBe('validity.expired');
  });
});

describe('VerifyEnv.maxClockSkewMs', () => {
  const env = (maxClockSkewMs?: number): VerifyEnv => ({
    ...testEnv(createFakeHttp(() => undefined)),
    ...(maxClockSkewMs !== undefined ? { maxClockSkewMs } : {}),
  });

  it('defaults to five minutes, and a nonsense value falls back to the default', () => {
    expect(DEFAULT_MAX_CLOCK_SKEW_MS).toBe(5 * 60_000);
    expect(createSession(env()).maxClockSkewMs).toBe(DEFAULT_MAX_CLOCK_SKEW_MS);
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(createSession(env(bad)).maxClockSkewMs).toBe(DEFAULT_MAX_CLOCK_SKEW_MS);
    expect(createSession(env(0)).maxClockSkewMs).toBe(0);
    expect(createSession(env(90_000)).maxClockSkewMs).toBe(90_000);
  });

  it('is honoured for a credential: a hosted badge issued two minutes "from now"', async () => {
    const badge = readFileSync(`${GENERATED}/badges/hosted-valid.png`);
    const verify = async (maxClockSkewMs?: number) => {
      const base = testEnv(generatedSiteHttp(), { now: '2024-06-01T08:58:00Z' });
      const [result] = await verifyBytes(badge, 'x', { ...base, ...(maxClockSkewMs !== undefined ? { maxClockSkewMs } : {}) });
      return result!;
    };
    expect((await verify()).status).toBe('verified');
    const strict = await verify(60_000);
    expect(strict.status).toBe('invalid');
    expect(strict.checks.find((c) => c.id === 'validity')?.code).toBe('validity.issued-in-future');
  });

  it('is honoured for a status list: one valid from two minutes "from now"', async () => {
    const credential = readFileSync(`${GENERATED}/badges/ob3-status-active.json`);
    const statusCheck = async (maxClockSkewMs?: number) => {
      const base = testEnv(generatedSiteHttp(), { now: '2024-12-31T23:58:00Z' });
      const [result] = await verifyBytes(credential, 'x', { ...base, ...(maxClockSkewMs !== undefined ? { maxClockSkewMs } : {}) });
      return result!.checks.find((c) => c.id === 'status');
    };
    expect(await statusCheck()).toMatchObject({ outcome: 'pass', code: 'status.ok' });
    const strict = await statusCheck(0);
    expect(strict).toMatchObject({ outcome: 'error', code: 'status.list-invalid' });
    expect(strict?.detail).toContain('not valid yet');
  });
});
