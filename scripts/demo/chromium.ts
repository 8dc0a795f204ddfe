/** How the demo and the browser tests start Debian's Chromium with Badge Lens and the demo world. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const INSTALL_HINT = 'Chromium is not installed. Install it with:  sudo apt-get install chromium';

export function chromiumInstalled(): boolean {
  return existsSync(CHROMIUM);
}

/** Every demo host to the local server; every other name fails to resolve, so nothing leaves the machine. */
export function hostResolverRules(port: number, hosts: readonly string[]): string {
  return [...hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost'].join(', ');
}

export function chromiumArgs(options: { extensionDir?: string; port: number; hosts: readonly string[] }): string[] {
  const extension = options.extensionDir ?? EXTENSION_DIR;
  return [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    `--host-resolver-rules=${hostResolverRules(options.port, options.hosts)}`,
    '--ignore-certificate-errors',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
}
