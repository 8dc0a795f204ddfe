import { createMemoryCache } from '../../lib/net/memory-cache';
import type { Clock } from '../../lib/core/ports';
import type { VerifyEnv } from '../../lib/core/session';
import type { FakeHttp } from './fake-http';

export function fixedClock(iso = '2026-11-22T12:00:00Z'): Clock & { set(iso: string): void } {
  let now = Date.parse(iso);
  return { now: () => now, set: (next) => (now = Date.parse(next)) };
}

export function testEnv(http: FakeHttp, options: { now?: string; recipient?: string } = {}): VerifyEnv {
  const clock = fixedClock(options.now);
  return { http, cache: createMemoryCache(clock), clock, ...(options.recipient !== undefined ? { recipient: options.recipient } : {}) };
}
