import { describe, expect, it } from 'vitest';
import { recipientMatch } from '../../../lib/checks/recipient-match';

describe('recipientMatch', () => {
  it('matches, or names the other person', () => {
    expect(recipientMatch({ recipient: { name: 'Ada Lovelace' } }, 'Ada King Lovelace')).toEqual({ match: 'match', name: 'Ada Lovelace' });
    expect(recipientMatch({ recipient: { name: 'John Smith' } }, 'Ada Lovelace')).toEqual({ match: 'mismatch', name: 'John Smith' });
  });
  it('unknown, and why', () => {
    expect(recipientMatch({ recipient: { hashed: true, type: 'email' } }, 'Ada Lovelace')).toEqual({ match: 'unknown', reason: 'hashed' });
    expect(recipientMatch({}, 'Ada Lovelace')).toEqual({ match: 'unknown', reason: 'no-recipient-name' });
    expect(recipientMatch({ recipient: { name: 'Ada Lovelace' } }, undefined)).toEqual({
      match: 'unknown',
      name: 'Ada Lovelace',
      reason: 'no-page-name',
    });
  });
});
