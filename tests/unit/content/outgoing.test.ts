import { describe, expect, it } from 'vitest';
import { pageCandidatesMessage, pageResetMessage } from '../../../entrypoints/content/candidates-message';
import { readToContentMessage } from '../../../entrypoints/content/outgoing';
import type { Candidate } from '../../../lib/detect/candidate';
import { contentMessageSchema } from '../../../lib/protocol/messages';
import { LIMITS, TRUNCATION_MARKER } from '../../../lib/protocol/limits';

const LONG_URL = `https://cv.example.net/?q=${'a'.repeat(9000)}`;

describe('what the content script sends', () => {
  it("a page reset with a 9,000-character URL passes the background's own schema", () => {
    const message = pageResetMessage(LONG_URL, 'n1');
    expect(contentMessageSchema.safeParse(message).success).toBe(true);
    expect(message.type === 'page-reset' && message.pageUrl.endsWith(TRUNCATION_MARKER)).toBe(true);
  });

  it('a batch with a 1.5 MB inline credential passes the schema, that candidate cut and marked too large, the others as they were', () => {
    const big: Candidate = { kind: 'embedded', text: `{"type":"OpenBadgeCredential","pad":"${'x'.repeat(1_500_000)}"}` };
    const small: Candidate = { kind: 'link', url: 'https://a.example.org/b.json' };
    const message = pageCandidatesMessage(
      LONG_URL,
      'n1',
      [
        { ref: 'r1', candidate: small },
        { ref: 'r2', candidate: big },
      ],
      7,
    );
    expect(contentMessageSchema.safeParse(message).success).toBe(true);
    if (message.type !== 'page-candidates') throw new Error('wrong message');
    expect(message.found[0]).toEqual({ ref: 'r1', candidate: small });
    expect(message.found[1]?.unchecked).toBe('too-large');
    expect(message.found[1]?.candidate.kind === 'embedded' && message.found[1].candidate.text.length).toBe(LIMITS.embedded);
    expect(message.notChecked).toBe(7);
  });
});

describe('what the content script reads', () => {
  const item = (detail: string) => ({
    ref: 'r1',
    candidate: { kind: 'link', url: 'https://a.example.org/b.json' },
    state: 'done',
    results: [
      {
        source: 's',
        format: 'ob3-jwt',
        status: 'unverifiable',
        assurance: 'none',
        checks: [{ id: 'proof', outcome: 'error', code: 'proof.alg-unsupported', detail }],
        credential: {},
        checkedAt: '2026-01-01T00:00:00Z',
      },
    ],
  });

  it('items with an over-long check detail are cut, not dropped', () => {
    const read = readToContentMessage({ type: 'items', navigationId: 'n1', items: [item('A'.repeat(25_000))] });
    expect(read?.items[0]?.results[0]?.checks[0]?.detail).toHaveLength(LIMITS.text);
  });

  it('anything else is not an items message', () => {
    expect(readToContentMessage({ type: 'items', navigationId: 'n1', items: [{ ...item('x'), state: 'stolen' }] })).toBeUndefined();
    expect(readToContentMessage('items')).toBeUndefined();
  });
});
