import { type Clock, systemClock } from '../../lib/core/ports';
import type { VerifyEnv } from '../../lib/core/session';
import { createFetchHttp } from '../../lib/net/fetch-http';
import { createMemoryCache } from '../../lib/net/memory-cache';
import { type CliOptions, parseArgs, USAGE } from './args';
import { paintFor, plain } from './colour';
import { HELP } from './help';
import { collectInputs } from './input-list';
import { runPool } from './pool';
import { createProgress, type TextSink } from './progress';
import { readTrustLists } from './trust-files';
import { withTrust } from '../../lib/trust/trust-list';
import { createWriter } from './writers';
import { exportedResult } from '../../lib/export/exported-result';
import type { VerificationResult } from '../../lib/result/types';
import { InputError, type ReadStdin, verifyInput } from './verify-input';

/** Everything the CLI touches, handed in: the process in `main.ts`, fakes in tests. */
export interface CliIo {
  /** May return a promise when the stream wants the writer to wait (backpressure). */
  stdout: { write(text: string): Promise<void> | void; isTTY: boolean };
  stderr: TextSink;
  readStdin: ReadStdin;
  env: Readonly<Record<string, string | undefined>>;
  fetch: typeof globalThis.fetch;
}

/** How far ahead of the last result printed inputs may start when output keeps input order. */
const REORDER_WINDOW_PER_WORKER = 4;

function createEnv(options: CliOptions, fetch: typeof globalThis.fetch): VerifyEnv {
  const now = options.now;
  const clock: Clock = now !== undefined ? { now: () => now } : systemClock;
  return {
    http: createFetchHttp({ fetch, redirects: 'manual', mappings: options.mappings, offline: options.offline }),
    cache: createMemoryCache(clock),
    clock,
    ...(options.recipient !== undefined ? { recipient: options.recipient } : {}),
    ...(options.anchors ? { anchors: true } : {}),
  };
}

/** Runs one command line; resolves to the exit status (docs/SPEC.md §4). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseArgs(argv);
  if ('help' in options) {
    await io.stdout.write(`${HELP}\n`);
    return 0;
  }
  if ('error' in options) {
    io.stderr.write(`badge-lens: ${options.error}\n${USAGE}\n`);
    return 2;
  }
  try {
    return await verifyAll(options, io);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.stderr.write(`badge-lens: ${e.message}\n`);
    return 2;
  }
}

async function verifyAll(options: CliOptions, io: CliIo): Promise<number> {
  const inputs = await collectInputs(options, io.readStdin);
  const env = createEnv(options, io.fetch);
  const lists = options.trustFiles ? await readTrustLists(options.trustFiles) : undefined;
  const writer = createWriter(options.output, options.output === 'table' ? paintFor(io.stdout.isTTY, io.env) : plain, options.personName);
  const progress = createProgress(io.stderr, inputs.length, io.stdout.isTTY);
  const print = async (text: string) => {
    if (text) await progress.around(() => io.stdout.write(text));
  };
  const { concurrency } = options;
  const annotate = (results: readonly VerificationResult[]): VerificationResult[] =>
    writer.exported ? results.map((r) => exportedResult(r, { personName: options.personName })) : [...results];
  let allVerified = true;
  try {
    await runPool(
      inputs,
      writer.ordered ? { concurrency, ordered: { window: concurrency * REORDER_WINDOW_PER_WORKER } } : { concurrency },
      async (input) => {
        progress.started(input);
        const entry = await verifyInput(input, env, io.readStdin);
        progress.finished(input, entry.results);
        const trusted = lists ? entry.results.map((r) => withTrust(r, lists)) : entry.results;
        return { ...entry, results: annotate(trusted) };
      },
      async (entry) => {
        if (entry.results.some((r) => r.status !== 'verified')) allVerified = false;
        await print(writer.write(entry));
      },
    );
  } catch (e) {
    progress.close();
    await print(writer.end(true));
    throw e;
  }
  progress.close();
  await print(writer.end(false));
  return allVerified ? 0 : 1;
}
