import { describe, expect, it } from 'vitest';
import { isLocalHost, refusalReason } from '../../../lib/net/address-policy';

describe('address policy', () => {
  it.each([
    ['https://badges.example.org/a.json', false],
    ['http://badges.example.org/a.json', true],
    ['ftp://badges.example.org/a.json', true],
    ['https://localhost/a', true],
    ['https://api.localhost/a', true],
    ['https://127.0.0.1/a', true],
    ['https://127.1/a', true],
    ['https://0x7f000001/a', true],
    ['https://10.1.2.3/a', true],
    ['https://172.16.0.1/a', true],
    ['https://172.32.0.1/a', false],
    ['https://192.168.1.1/a', true],
    ['https://169.254.169.254/latest', true],
    ['https://100.64.0.1/a', true],
    ['https://[::1]/a', true],
    ['https://[fd00::1]/a', true],
    ['https://[fe80::1]/a', true],
    ['https://[::ffff:127.0.0.1]/a', true],
    ['https://[2001:db8::1]/a', false],
    ['https://8.8.8.8/a', false],
  ])('%s refused: %s', (url, refused) => {
    expect(refusalReason(new URL(url), false) !== undefined).toBe(refused);
  });

  it('allows local addresses, and http to them, when the user allows the local network', () => {
    expect(refusalReason(new URL('http://127.0.0.1:8080/a'), true)).toBeUndefined();
    expect(refusalReason(new URL('https://192.168.1.1/a'), true)).toBeUndefined();
    expect(refusalReason(new URL('http://badges.example.org/a'), true)).toMatch(/only https/);
  });

  it('recognises hosts by name, not substrings', () => {
    expect(isLocalHost('localhost.example.org')).toBe(false);
    expect(isLocalHost('10.example.org')).toBe(false);
  });
});
