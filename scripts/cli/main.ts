import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createFetchHttp } from '../../lib/net/fetch-http';
import { createMemoryCache } from '../../lib/net/memory-cache';
import { systemClock, type Clock } from '../../lib/core/ports';
import type { VerificationResult } from '../../lib/result/types';
import { looksLikeHtml, verifyBytes, verifyUrl } from '../../lib/verify/pipeline';
import type { VerifyEnv } from '../../lib/core/session';
import { parseArgs, USAGE } from './args';
import { formatTable } from './format-table';
import { scanHtml } from './scan-html';

class InputError extends Error {}

async function readInput(input: string): Promise<Uint8Array> {
  try {
    if (input === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    }
    return new Uint8Array(await readFile(input));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(`cannot read ${input === '-' ? 'standard input' : input}: ${why}`);
  }
}

async function verifyInput(input: string, env: VerifyEnv): Promise<VerificationResult[]> {
  if (/^https?:\/\//i.test(input)) return verifyUrl(input, env, { onHtml: (html, url) => scanHtml(html, url, env) });
  const bytes = await readInput(input);
  const source = input === '-' ? 'stdin' : input;
  if (looksLikeHtml(bytes)) return scanHtml(new TextDecoder().decode(bytes), input === '-' ? 'about:blank' : pathToFileURL(resolve(input)).href, env);
  return verifyBytes(bytes, source, env);
}

async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  if ('help' in options) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if ('error' in options) {
    process.stderr.write(`badge-lens: ${options.error}\n${USAGE}\n`);
    return 2;
  }
  const clock: Clock = options.now !== undefined ? { now: () => options.now! } : systemClock;
  const env: VerifyEnv = {
    http: createFetchHttp({ fetch: globalThis.fetch, redirects: 'manual', mappings: options.mappings, offline: options.offline }),
    cache: createMemoryCache(clock),
    clock,
    ...(options.recipient !== undefined ? { recipient: options.recipient } : {}),
  };
  const showProgress = !options.json && process.stderr.isTTY && options.inputs.length > 1;
  const results: VerificationResult[] = [];
  for (const [i, input] of options.inputs.entries()) {
    if (showProgress) process.stderr.write(`\rchecking ${i + 1}/${options.inputs.length}: ${input.slice(0, 60)}\x1b[K`);
    try {
      results.push(...(await verifyInput(input, env)));
    } catch (e) {
      if (showProgress) process.stderr.write('\n');
      if (e instanceof InputError) {
        process.stderr.write(`badge-lens: ${e.message}\n`);
        return 2;
      }
      throw e;
    }
  }
  if (showProgress) process.stderr.write('\r\x1b[K');
  process.stdout.write(options.json ? `${JSON.stringify({ results }, null, 2)}\n` : formatTable(results));
  return results.every((r) => r.status === 'verified') ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`badge-lens: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
