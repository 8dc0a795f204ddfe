import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseCredentialDate } from '../../../lib/util/dates';
import { matchIdentityHash } from '../../../lib/util/identity-hash';
import { md5Hex } from '../../../lib/util/md5';

describe('parseCredentialDate', () => {
  it.each<[unknown, string | undefined]>([
    ['2016-12-31T23:59:59Z', '2016-12-31T23:59:59.000Z'],
    ['2016-12-31T23:59:59+00:00', '2016-12-31T23:59:59.000Z'],
    ['2016-12-31T23:59:59.123-05:00', '2017-01-01T04:59:59.123Z'],
    ['2016-12-31T23:59:59+0200', '2016-12-31T21:59:59.000Z'],
    ['2016-12-31', '2016-12-31T00:00:00.000Z'],
    ['2016-12-31T10:00:00', '2016-12-31T10:00:00.000Z'],
    [1404000000, '2014-06-29T00:00:00.000Z'],
    ['1404000000', '2014-06-29T00:00:00.000Z'],
    ['2016-02-30T00:00:00Z', undefined],
    ['last Tuesday', undefined],
    [null, undefined],
    [{}, undefined],
    [Number.NaN, undefined],
  ])('%j → %s', (value, iso) => {
    const ms = parseCredentialDate(value);
    expect(ms === undefined ? undefined : new Date(ms).toISOString()).toBe(iso);
  });
});

describe('recipient hashes', () => {
  it('md5 matches Node for assorted lengths', () => {
    for (const text of ['', 'a', 'abc', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'é©®'.repeat(40)]) {
      expect(md5Hex(new TextEncoder().encode(text))).toBe(createHash('md5').update(text).digest('hex'));
    }
  });

  it.each([
    ['sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942', 'deadsea', 'nobody@example.org', 'match'],
    ['SHA256$ECF5409F3F4B91AB60CC5EF4C02AEF7032354375E70CF4D8E43F6A1D29891942', 'deadsea', 'nobody@example.org', 'match'],
    ['sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399', 'Kosher', 'a@example.com', 'match'],
    ['sha256$7a1a1b3f6c2d3a9cbd5d4e8cb8cbcaa0a7c1c0dba7f5d3f7e6c9a1d0e1c60c6', undefined, 'mayze', 'mismatch'],
    ['sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942', 'deadsea', 'somebody@example.org', 'mismatch'],
    [`md5$${createHash('md5').update('ada@example.comnacl').digest('hex')}`, 'nacl', 'ada@example.com', 'match'],
    ['whirlpool$abcd', '', 'x', 'unsupported'],
    ['nodollar', '', 'x', 'unsupported'],
  ])('%s with salt %s against %s → %s', async (hash, salt, candidate, outcome) => {
    expect(await matchIdentityHash(hash, salt, candidate)).toBe(outcome);
  });
});
