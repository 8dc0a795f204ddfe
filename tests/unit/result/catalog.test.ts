import { describe, expect, it } from 'vitest';
import { CHECK_CATALOG, type CheckCode, effectOf, isNetCode, vouchesForContent } from '../../../lib/result/catalog';

const codes = Object.keys(CHECK_CATALOG) as CheckCode[];

describe('check catalog', () => {
  it("a proof that holds and the issuer's hosted copy are what vouch for a credential's content", () => {
    expect(codes.filter(vouchesForContent)).toEqual(['hosted.fetched', 'proof.ok']);
  });

  it('only pass codes vouch', () => {
    for (const code of codes.filter(vouchesForContent)) expect(effectOf(code), code).toBe('none');
  });

  it('network codes are the net.* codes, and they never vote for more than unverifiable', () => {
    const net = codes.filter(isNetCode);
    expect(net.length).toBeGreaterThan(5);
    expect(net.every((code) => code.startsWith('net.'))).toBe(true);
    for (const code of net) expect(effectOf(code), code).toBe('unverifiable');
    expect(isNetCode('status.list-invalid')).toBe(false);
  });

  it('too many links to follow has its own code, which still makes the badge invalid', () => {
    expect(effectOf('format.too-many-links')).toBe('invalid');
  });
});
