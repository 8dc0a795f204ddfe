import { describe, expect, it } from 'vitest';
import { createRedirectLedger } from '../../../lib/net/redirect-ledger';

describe('createRedirectLedger', () => {
  it('reveals a target recorded before the question', async () => {
    const ledger = createRedirectLedger({ now: () => 0 });
    ledger.record('https://a.example.org/1', 'https://b.example.org/2');
    expect(await ledger.reveal('https://a.example.org/1')).toBe('https://b.example.org/2');
  });

  it('waits for a report that comes after the question', async () => {
    const ledger = createRedirectLedger({ now: () => 0, waitMs: 1_000 });
    const answer = ledger.reveal('https://a.example.org/1');
    ledger.record('https://a.example.org/1', 'https://b.example.org/2');
    expect(await answer).toBe('https://b.example.org/2');
  });

  it('gives up after waitMs, and forgets old or surplus entries', async () => {
    let now = 0;
    const ledger = createRedirectLedger({ now: () => now, waitMs: 10, keepMs: 100, maxEntries: 2 });
    expect(await ledger.reveal('https://a.example.org/never')).toBeUndefined();
    ledger.record('https://a.example.org/old', 'https://b.example.org/');
    now = 200;
    expect(await ledger.reveal('https://a.example.org/old')).toBeUndefined();
    for (const n of [1, 2, 3]) ledger.record(`https://a.example.org/${n}`, 'https://b.example.org/');
    expect(await ledger.reveal('https://a.example.org/1')).toBeUndefined();
    expect(await ledger.reveal('https://a.example.org/3')).toBe('https://b.example.org/');
  });

  it('answers each question with its own report, in order, and uses a report once', async () => {
    const ledger = createRedirectLedger({ now: () => 0, waitMs: 10 });
    const first = ledger.reveal('https://a.example.org/r');
    const second = ledger.reveal('https://a.example.org/r');
    ledger.record('https://a.example.org/r', 'https://b.example.org/1');
    ledger.record('https://a.example.org/r', 'https://b.example.org/2');
    expect([await first, await second]).toEqual(['https://b.example.org/1', 'https://b.example.org/2']);
    ledger.record('https://a.example.org/r', 'https://b.example.org/3');
    expect(await ledger.reveal('https://a.example.org/r')).toBe('https://b.example.org/3');
    expect(await ledger.reveal('https://a.example.org/r')).toBeUndefined();
  });
});
