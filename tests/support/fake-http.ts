import { readFileSync } from 'node:fs';
import type { HttpGet, HttpResponse } from '../../lib/core/ports';
import type { NetCode } from '../../lib/result/catalog';

export type FakeRoute =
  | { file: string; status?: number; contentType?: string; maxAgeSeconds?: number }
  | { body: string | Uint8Array; status?: number; contentType?: string; maxAgeSeconds?: number }
  | { fail: NetCode };

export interface FakeHttp extends HttpGet {
  /** Every URL asked for, in order. */
  requests: string[];
  /** URLs no route answered: a test that sees one is testing the wrong thing. */
  unmapped: string[];
}

/** An HttpGet that answers from files and canned responses, and never touches the network. */
export function createFakeHttp(route: (url: string) => FakeRoute | undefined): FakeHttp {
  const requests: string[] = [];
  const unmapped: string[] = [];
  const get = (async (request) => {
    requests.push(request.url);
    const answer = route(request.url);
    if (!answer) {
      unmapped.push(request.url);
      return { ok: false, code: 'net.unreachable', detail: `fake: no route for ${request.url}` };
    }
    if ('fail' in answer) return { ok: false, code: answer.fail, detail: `fake: ${answer.fail} for ${request.url}` };
    const body =
      'file' in answer
        ? new Uint8Array(readFileSync(answer.file))
        : typeof answer.body === 'string'
          ? new TextEncoder().encode(answer.body)
          : answer.body;
    if (body.byteLength > request.maxBytes) return { ok: false, code: 'net.too-large', detail: 'fake: too large' };
    const response: HttpResponse = {
      ok: true,
      status: answer.status ?? 200,
      url: request.url,
      contentType: answer.contentType ?? 'application/json',
      body,
      ...('maxAgeSeconds' in answer && answer.maxAgeSeconds !== undefined ? { maxAgeSeconds: answer.maxAgeSeconds } : {}),
    };
    return response;
  }) as FakeHttp;
  get.requests = requests;
  get.unmapped = unmapped;
  return get;
}

/** Routes from a table: exact URLs first, then prefixes mapped onto a folder of files. */
export function routeTable(exact: Record<string, FakeRoute>, prefixes: Array<{ from: string; dir: string; filePrefix?: string }> = []) {
  return (url: string): FakeRoute | undefined => {
    if (exact[url]) return exact[url];
    for (const p of prefixes) {
      if (url.startsWith(p.from)) return { file: `${p.dir}/${p.filePrefix ?? ''}${url.slice(p.from.length)}` };
    }
    return undefined;
  };
}
