/**
 * The demo world on one local HTTPS server, routed by Host header: the generated issuer sites
 * (tests/fixtures/generated/site) with their special responses (site-routes.json), the platforms
 * (world.ts), the demo pages (scripts/demo/pages/<host>/) and the browser tests' pages
 * (tests/e2e/pages/<host>/), and the badge fixtures under /badges/ on every page host.
 * Chromium reaches it under the real host names through --host-resolver-rules (chromium.ts).
 *
 * For tools that cannot remap names (curl without --resolve, the CLI's --map), a request to
 * 127.0.0.1 or localhost is routed by its first path segment: https://127.0.0.1:<port>/<host>/<path>.
 * Listens on 127.0.0.1 only. The certificate in tests/fixtures/tls/ is self-signed and test-only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { dressSvgFixture } from './art';
import { dressPngFixture } from './png-art';
import { platformResources, type Resource } from './world';

export const GENERATED_DIR = resolve('tests/fixtures/generated');
export const PAGE_DIRS = [resolve('scripts/demo/pages'), resolve('tests/e2e/pages')];
export const ASSETS_DIR = resolve('scripts/demo/assets');
const TLS_DIR = resolve('tests/fixtures/tls');

export interface DemoServerOptions {
  /** 0 or absent: any free port. */
  port?: number;
  /** How long a `{fail: 'net.timeout'}` route holds the request before answering 504 (the extension gives up after 10 s). */
  timeoutDelayMs?: number;
  /** Called with one line per request. */
  log?: (line: string) => void;
  /** More resources by URL, answered before everything else (the page-scale bench's twenty issuers); their hosts are served too. */
  resources?: ReadonlyMap<string, Resource>;
}

/** One request the server received, as it arrived (tests assert on what the extension sends). */
export interface LoggedRequest {
  method: string;
  /** `https://<Host header><path and query>`, as requested (a port in the Host header stays in). */
  url: string;
  /** Header names lower-cased, as Node gives them. */
  headers: Record<string, string | string[] | undefined>;
  /** `held`: never answered (an issuer that times out); `not-tls`: not even HTTP over TLS (an `http:` request). */
  status: number | 'held' | 'not-tls';
}

export interface DemoServer {
  port: number;
  /** Every host name the server answers for. */
  hosts: string[];
  /** Every request received since the server started or `clearRequests` was last called, oldest first. */
  requests(): LoggedRequest[];
  clearRequests(): void;
  /** The demo issuer revokes the hosted assertion at `url` (its JSON says `revoked: true`), or takes that back with `revoked: false`. */
  setRevoked(url: string, revoked: boolean, reason?: string): void;
  close(): Promise<void>;
}

type Route = { status?: number; body?: string; contentType?: string } | { fail: string };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.json': 'application/ld+json',
  '.jws': 'text/plain; charset=utf-8',
  '.jwt': 'text/plain; charset=utf-8',
  '.pem': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** Images the issuers' badge classes point at, drawn for the demo (the generated sites hold JSON only). */
const ISSUER_IMAGES: Record<string, string> = {
  'https://badges.example-university.org/badges/data-science.png': 'art/data-science.png',
  'https://badges.example-university.org/logo.png': 'art/data-science.png',
  'https://learn.example-academy.net/badgeclasses/7/image': 'art/cloud-practitioner.png',
  'https://badges.flaky-issuer.org/badge.png': 'art/flaky.png',
  'https://www.old-badges.example.com/badge.png': 'art/legacy-web.png',
  'https://harvard-edu.example.org/badges/data-science.png': 'art/data-science-signed.png',
};

/**
 * The browser tests' redirecting issuer (tests/e2e/redirects.spec.ts): `/to[.json]?url=U` answers
 * 302 to any U, `/chain/N[.json]` redirects N more times before a plain JSON answer, and
 * `/links.html?u=U&u=…` is a page linking to each U (`.json` links are badge candidates).
 */
export const REDIRECT_HOST = 'redirect.example-issuer.org';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function redirectRoute(pathname: string, params: URLSearchParams): { status: number; location?: string; body: string; type?: string } {
  const to = params.get('url');
  if (/^\/to(\.json)?$/.test(pathname) && to) return { status: 302, location: to, body: '' };
  if (pathname === '/links.html') {
    const links = params.getAll('u').map((u) => `<li><a href="${escapeHtml(u)}">${escapeHtml(u)}</a></li>`);
    return {
      status: 200,
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><title>Redirect links</title><ul>${links.join('')}</ul>`,
    };
  }
  const chain = /^\/chain\/(\d{1,2})(\.json)?$/.exec(pathname);
  if (!chain) return { status: 404, body: 'Not found\n' };
  const left = Number(chain[1]);
  return left > 0
    ? { status: 302, location: `/chain/${left - 1}${chain[2] ?? ''}`, body: '' }
    : { status: 200, body: '{"note":"end of the chain"}' };
}

function listDirs(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()) : [];
}

/** A path under base, or undefined when it would leave it. */
function inside(base: string, path: string): string | undefined {
  const full = normalize(join(base, path));
  return full === base || full.startsWith(base + sep) ? full : undefined;
}

function fileAt(path: string | undefined): string | undefined {
  return path && existsSync(path) && statSync(path).isFile() ? path : undefined;
}

export function loadRoutes(): Record<string, Route> {
  const file = join(GENERATED_DIR, 'site-routes.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Route>) : {};
}

/** Every host the demo world has, without starting anything. */
export function demoHosts(): string[] {
  const hosts = new Set<string>();
  for (const host of listDirs(join(GENERATED_DIR, 'site'))) hosts.add(host);
  for (const url of Object.keys(loadRoutes())) hosts.add(new URL(url).hostname);
  for (const url of platformResources().keys()) hosts.add(new URL(url).hostname);
  for (const url of Object.keys(ISSUER_IMAGES)) hosts.add(new URL(url).hostname);
  hosts.add(REDIRECT_HOST);
  for (const dir of PAGE_DIRS) for (const host of listDirs(dir)) hosts.add(host);
  return [...hosts].sort();
}

function pageHostDir(host: string): string | undefined {
  for (const dir of PAGE_DIRS) {
    const hostDir = inside(dir, host);
    if (hostDir && existsSync(hostDir) && statSync(hostDir).isDirectory()) return hostDir;
  }
  return undefined;
}

/** A fixture from tests/fixtures/generated/badges, optionally dressed in artwork: `/badges/<file>` or `/badges/<art>/<file>`. */
export function badgeBytes(path: string): Buffer | undefined {
  const parts = path.split('/').filter(Boolean);
  if (parts.length < 1 || parts.length > 2 || parts.some((p) => p.startsWith('.'))) return undefined;
  const name = parts[parts.length - 1]!;
  // unbaked.png (the fixtures' plain PNG, no badge in it) lives beside the badges.
  const file =
    fileAt(inside(join(GENERATED_DIR, 'badges'), name)) ?? (name === 'unbaked.png' ? fileAt(join(GENERATED_DIR, name)) : undefined);
  if (!file) return undefined;
  const bytes = readFileSync(file);
  if (parts.length === 1) return bytes;
  const art = parts[0]!;
  if (file.endsWith('.svg')) return Buffer.from(dressSvgFixture(bytes.toString('utf8'), art));
  const artwork = fileAt(inside(ASSETS_DIR, `art/${art}.png`));
  return file.endsWith('.png') && artwork ? dressPngFixture(bytes, readFileSync(artwork)) : undefined;
}

/**
 * Demo pages may pull fixture content in, so pages never fall out of step with the fixtures:
 * `<!--#include badge="[art/]file" -->` (a badge fixture as text, SVG without its XML prolog) and
 * `<!--#include file="path under tests/fixtures/generated" -->`.
 */
export function expandIncludes(html: string): string {
  return html.replace(/<!--#include (badge|file)="([^"]+)"\s*-->/g, (_whole, kind: string, path: string) => {
    const bytes =
      kind === 'badge'
        ? badgeBytes(path)
        : (() => {
            const file = fileAt(inside(GENERATED_DIR, path));
            return file ? readFileSync(file) : undefined;
          })();
    if (!bytes) return `<!-- missing ${kind} ${path} -->`;
    return bytes
      .toString('utf8')
      .replace(/^<\?xml[^>]*\?>\s*/, '')
      .trim();
  });
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const routes = loadRoutes();
  const platform = platformResources();
  const hosts = [...new Set([...demoHosts(), ...[...(options.resources?.keys() ?? [])].map((url) => new URL(url).hostname)])].sort();
  const known = new Set(hosts);
  const held = new Set<NodeJS.Timeout>();
  let logged: LoggedRequest[] = [];
  const timeoutDelayMs = options.timeoutDelayMs ?? 15_000;
  const revocations = new Map<string, string>();

  const send = (res: ServerResponse, status: number, contentType: string, body: string | Buffer, headers: Record<string, string> = {}) => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, {
      'content-type': contentType,
      'content-length': String(bytes.length),
      'access-control-allow-origin': '*',
      ...headers,
    });
    res.end(res.req.method === 'HEAD' ? undefined : bytes);
    return status;
  };
  const notFound = (res: ServerResponse) => send(res, 404, 'text/plain; charset=utf-8', 'Not found\n');

  const sendFile = (res: ServerResponse, file: string, fallbackType = 'application/octet-stream') => {
    const type = TYPES[extname(file).toLowerCase()] ?? fallbackType;
    if (type.startsWith('text/html'))
      return send(res, 200, type, expandIncludes(readFileSync(file, 'utf8')), { 'cache-control': 'no-cache' });
    return send(res, 200, type, readFileSync(file));
  };

  const servePage = (res: ServerResponse, hostDir: string, pathname: string): number | undefined => {
    if (pathname.startsWith('/badges/')) {
      const bytes = badgeBytes(pathname.slice('/badges/'.length));
      return bytes ? send(res, 200, TYPES[extname(pathname).toLowerCase()] ?? 'application/octet-stream', bytes) : notFound(res);
    }
    if (pathname.startsWith('/assets/')) {
      const file = fileAt(inside(ASSETS_DIR, pathname.slice('/assets/'.length)));
      return file ? sendFile(res, file) : notFound(res);
    }
    const base = inside(hostDir, pathname);
    if (!base) return notFound(res);
    const file = pathname.endsWith('/') ? fileAt(join(base, 'index.html')) : (fileAt(base) ?? fileAt(`${base}.html`));
    if (file && !file.split(sep).pop()!.startsWith('_')) return sendFile(res, file);
    if (!pathname.endsWith('/') && fileAt(join(base, 'index.html'))) return send(res, 301, 'text/plain', '', { location: `${pathname}/` });
    // A single-page app's shell answers every other path of its host (the LinkedIn-like profiles).
    const shell = fileAt(join(hostDir, '_spa.html'));
    return shell && !extname(pathname) ? sendFile(res, shell) : undefined;
  };

  const serveResource = (res: ServerResponse, resource: Resource, accept: string) => {
    if (resource.html !== undefined && !/json/i.test(accept))
      return send(res, 200, 'text/html; charset=utf-8', resource.html, { 'cache-control': 'no-cache' });
    return send(res, resource.status ?? 200, resource.contentType, resource.body, resource.headers);
  };

  function handle(req: IncomingMessage, res: ServerResponse): number | 'held' {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed\n', { allow: 'GET, HEAD' });
    let host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', 'https://placeholder.invalid');
    let pathname = url.pathname;
    if (host === '127.0.0.1' || host === 'localhost') {
      const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
      if (!match || !known.has(match[1]!)) {
        return send(
          res,
          200,
          'text/plain; charset=utf-8',
          `Badge Lens demo world. Hosts (also reachable here as /<host>/<path>):\n${hosts.join('\n')}\n`,
        );
      }
      host = match[1]!;
      pathname = match[2] ?? '/';
    }
    const full = `https://${host}${pathname}`;

    const extra = options.resources?.get(full);
    if (extra) return serveResource(res, extra, req.headers.accept ?? '');

    const route = routes[full];
    if (route) {
      if ('fail' in route) {
        // An issuer that does not answer: hold the request well past the extension's 10 s timeout.
        const timer = setTimeout(() => {
          held.delete(timer);
          if (!res.writableEnded) send(res, 504, 'text/plain', 'Gateway Timeout\n');
        }, timeoutDelayMs);
        held.add(timer);
        return 'held';
      }
      return send(res, route.status ?? 200, route.contentType ?? 'application/ld+json', route.body ?? '');
    }

    const resource = platform.get(full);
    if (resource) return serveResource(res, resource, req.headers.accept ?? '');

    if (host === 'www.linkedin.com' && pathname === '/redir/redirect') {
      const target = url.searchParams.get('url');
      if (target && /^https:\/\//.test(target)) return send(res, 302, 'text/plain', '', { location: target });
    }

    if (host === REDIRECT_HOST) {
      const answer = redirectRoute(pathname, url.searchParams);
      return send(res, answer.status, answer.type ?? 'application/json', answer.body, answer.location ? { location: answer.location } : {});
    }

    const image = ISSUER_IMAGES[full];
    if (image) return sendFile(res, join(ASSETS_DIR, image));

    const siteFile = fileAt(inside(join(GENERATED_DIR, 'site'), `${host}${pathname === '/' ? '/index' : pathname}`));
    const revocationReason = revocations.get(full);
    if (siteFile && revocationReason !== undefined) {
      const revoked = { ...JSON.parse(readFileSync(siteFile, 'utf8')), revoked: true, revocationReason };
      return send(res, 200, 'application/ld+json', JSON.stringify(revoked), { 'cache-control': 'no-cache' });
    }
    if (siteFile) return sendFile(res, siteFile, 'application/ld+json');

    const hostDir = pageHostDir(host);
    if (hostDir) {
      const served = servePage(res, hostDir, pathname);
      if (served !== undefined) return served;
    }
    return notFound(res);
  }

  const tls = { key: readFileSync(join(TLS_DIR, 'key.pem')), cert: readFileSync(join(TLS_DIR, 'cert.pem')) };
  const server: Server = createServer(tls, (req, res) => {
    const started = Date.now();
    let outcome: number | 'held';
    const entry: LoggedRequest = {
      method: req.method ?? '',
      url: `https://${req.headers.host ?? '?'}${req.url ?? ''}`,
      headers: { ...req.headers },
      status: 'held',
    };
    logged.push(entry);
    try {
      outcome = handle(req, res);
    } catch (error) {
      outcome = send(res, 500, 'text/plain', `demo server error: ${(error as Error).message}\n`);
    }
    entry.status = outcome;
    if (options.log) {
      const line = () => `${req.headers.host ?? '?'}${req.url ?? ''} ${res.statusCode} ${Date.now() - started}ms`;
      if (outcome === 'held') res.on('close', () => options.log!(`${line()} (held)`));
      else options.log(line());
    }
  });
  const sockets = new Set<Duplex>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A plain-text http: request on this TLS port is logged too, so tests see one that was never answered.
  server.on('tlsClientError', (error: NodeJS.ErrnoException) => {
    if (error.code === 'ERR_SSL_HTTP_REQUEST')
      logged.push({ method: '', url: '(an http: request on the https port)', headers: {}, status: 'not-tls' });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    hosts,
    requests: () => logged.map((entry) => ({ ...entry, headers: { ...entry.headers } })),
    clearRequests() {
      logged = [];
    },
    setRevoked(url, revoked, reason = 'Revoked by the demo issuer') {
      if (revoked) revocations.set(url, reason);
      else revocations.delete(url);
    },
    close: () =>
      new Promise<void>((resolvePromise) => {
        for (const timer of held) clearTimeout(timer);
        held.clear();
        server.close(() => resolvePromise());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

// `npx tsx scripts/demo/server.ts [port]`: serve the demo world until Ctrl-C, logging requests.
if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/demo/server.ts')) {
  const server = await startDemoServer({ port: Number(process.argv[2] ?? 8443), log: (line) => console.log(line) });
  console.log(`demo world on https://127.0.0.1:${server.port} for ${server.hosts.length} hosts:\n  ${server.hosts.join('\n  ')}`);
  console.log(`try: curl -k --resolve cv.example.net:${server.port}:127.0.0.1 https://cv.example.net:${server.port}/`);
  process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
}
