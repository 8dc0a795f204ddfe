import { describe, expect, it } from 'vitest';
import { shareConcurrentRequests } from '../../../entrypoints/background/shared-requests';
import type { HttpGet, HttpRequest } from '../../../lib/core/ports';

function countingHttp() {
  const asked: string[] = [];
  const http: HttpGet = async (request) => {
    asked.push(request.url);
    await new Promise((resolve) => setTimeout(resolve, 1));
    return {
      ok: true,
      status: 200,
      url: request.url,
      contentType: 'application/json',
      body: new TextEncoder().encode(`"${asked.length}"`),
    };
  };
  return { asked, http };
}
const get = (url: string, accept = 'application/json'): HttpRequest => ({ url, accept, maxBytes: 1000 });

describe('shared concurrent requests', () => {
  it('identical requests in flight at once make one request and get the same answer', async () => {
    const { asked, http } = countingHttp();
    const shared = shareConcurrentRequests(http);
    const answers = await Promise.all([shared(get('https://a.example.org/issuer')), shared(get('https://a.example.org/issuer'))]);
    expect(asked).toEqual(['https://a.example.org/issuer']);
    expect(answers[0]).toBe(answers[1]);
  });

  it('asks again once the first answer is in, and never shares across URLs, Accept headers or abortable requests', async () => {
    const { asked, http } = countingHttp();
    const shared = shareConcurrentRequests(http);
    await shared(get('https://a.example.org/issuer'));
    await Promise.all([
      shared(get('https://a.example.org/issuer')),
      shared(get('https://a.example.org/key')),
      shared(get('https://a.example.org/key', 'text/plain')),
      shared({ ...get('https://a.example.org/issuer'), signal: new AbortController().signal }),
    ]);
    expect(asked).toEqual([
      'https://a.example.org/issuer',
      'https://a.example.org/issuer',
      'https://a.example.org/key',
      'https://a.example.org/key',
      'https://a.example.org/issuer',
    ]);
  });
});
