/**
 * docs/SPEC.md §6: https only; localhost and literal loopback / private / link-local addresses refused
 * unless the user allowed the local network. Returns why a URL is refused, or undefined.
 */
export function refusalReason(url: URL, allowLocalNetwork: boolean): string | undefined {
  if (url.protocol !== 'https:') {
    if (allowLocalNetwork && url.protocol === 'http:' && isLocalHost(url.hostname)) return undefined;
    return `${url.protocol} is not allowed, only https:`;
  }
  if (!allowLocalNetwork && isLocalHost(url.hostname)) return `${url.hostname} is a local or private address`;
  return undefined;
}

export function isLocalHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const v4 = parseIPv4(host);
  if (v4) return isPrivateIPv4(v4);
  if (host.includes(':')) return isPrivateIPv6(host);
  return false;
}

function parseIPv4(host: string): number[] | undefined {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return undefined;
  const octets = parts.map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}

function isPrivateIPv4([a = 0, b = 0]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224
  );
}

function isPrivateIPv6(host: string): boolean {
  if (host === '::' || host === '::1') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host);
  if (mapped?.[1]) return isPrivateIPv4(parseIPv4(mapped[1]) ?? [0]);
  if (/^::ffff:[0-9a-f]{1,4}:[0-9a-f]{1,4}$/.test(host)) return true;
  return /^(fc|fd|fe8|fe9|fea|feb|ff)/.test(host);
}
