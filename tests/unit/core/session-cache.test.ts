import { describe, expect, it } from 'vitest';
import { createSession, declaredLifetimeSeconds } from '../../../lib/core/session';
import { fixedClock } from '../../support/env';
import { createMemoryCache } from '../../../lib/net/memory-cache';
import { createFakeHttp } from '../../support/fake-http';

const NOW = Date.parse('2026-11-22T12:00:00Z');

describe('status list lifetimes', () => {
  it.each<[string, unknown, number | undefined]>([
    ['a ttl in milliseconds', { credentialSubject: { ttl: 60_000 } }, 60],
    ['validUntil', { validUntil: '2026-11-22T12:10:00Z' }, 600],
    ['the sooner of both', { validUntil: '2026-11-22T12:10:00Z', credentialSubject: { ttl: 30_000 } }, 30],
    ['an expired list', { expirationDate: '2026-01-01T00:00:00Z' }, 0],
    ['nothing said', { credentialSubject: {} }, undefined],
    ['not an object', 'x', undefined],
  ])('%s', (_name, value, seconds) => {
    expect(declaredLifetimeSeconds(value, NOW)).toBe(seconds);
  });

  it('a list is refetched once its own ttl is over, within the one-hour cap', async () => {
    const clock = fixedClock('2026-11-22T12:00:00Z');
    const http = createFakeHttp(() => ({ body: JSON.stringify({ credentialSubject: { ttl: 120_000 } }), maxAgeSeconds: 3600 }));
    const env = { http, cache: createMemoryCache(clock), clock };
    await createSession(env).getJson('https://status.example.org/1', 'status');
    clock.set('2026-11-22T12:01:00Z');
    await createSession(env).getJson('https://status.example.org/1', 'status');
    expect(http.requests).toHaveLength(1);
    clock.set('2026-11-22T12:02:30Z');
    await createSession(env).getJson('https://status.example.org/1', 'status');
    expect(http.requests).toHaveLength(2);
  });

  it('never keeps a status list longer than an hour, whatever the server says', async () => {
    const clock = fixedClock('2026-11-22T12:00:00Z');
    const http = createFakeHttp(() => ({ file: 'tests/fixtures/vectors/ob3/1edtech-val_bsl_testlist.json', maxAgeSeconds: 86_400 }));
    const env = { http, cache: createMemoryCache(clock), clock };
    await createSession(env).getJson('https://status.example.org/2', 'status');
    clock.set('2026-11-22T12:59:00Z');
    await createSession(env).getJson('https://status.example.org/2', 'status');
    expect(http.requests).toHaveLength(1);
    clock.set('2026-11-22T13:00:01Z');
    await createSession(env).getJson('https://status.example.org/2', 'status');
    expect(http.requests).toHaveLength(2);
  });
});
