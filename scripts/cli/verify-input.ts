import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { VerifyEnv } from '../../lib/core/session';
import type { VerificationResult } from '../../lib/result/types';
import { looksLikeHtml, verifyBytes, verifyUrl } from '../../lib/verify/pipeline';

/** An input that cannot be read at all: bad usage, exit status 2. */
export class InputError extends Error {}

/** What one input gave: its results and, when it was a web page, the page they were found on. */
export interface InputResults {
  input: string;
  results: VerificationResult[];
  pageUrl?: string;
}

export type ReadStdin = () => Promise<Uint8Array>;

const REASONS: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'it is a directory', EACCES: 'permission denied' };

/** A file or standard input (`-`), or an InputError with a one-line reason. */
export async function readInput(input: string, readStdin: ReadStdin): Promise<Uint8Array> {
  try {
    return input === '-' ? await readStdin() : new Uint8Array(await readFile(input));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${input === '-' ? 'standard input' : input}: ${(code && REASONS[code]) ?? (e as Error).message}`);
  }
}

export async function verifyInput(input: string, env: VerifyEnv, readStdin: ReadStdin): Promise<InputResults> {
  let pageUrl: string | undefined;
  const scan = async (html: string, url: string) => {
    pageUrl = url;
    // The HTML parser is most of the bundle: loaded only when an input is a page.
    const { scanHtml } = await import('./scan-html');
    return scanHtml(html, url, env);
  };
  let results: VerificationResult[];
  if (/^https?:\/\//i.test(input)) results = await verifyUrl(input, env, { onHtml: scan });
  else {
    const bytes = await readInput(input, readStdin);
    if (looksLikeHtml(bytes))
      results = await scan(new TextDecoder().decode(bytes), input === '-' ? 'about:blank' : pathToFileURL(resolve(input)).href);
    else results = await verifyBytes(bytes, input === '-' ? 'stdin' : input, env);
  }
  return pageUrl === undefined ? { input, results } : { input, results, pageUrl };
}
