import { once } from 'node:events';
import { runCli } from './run';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

// A reader that stops early (`| head`) is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

runCli(process.argv.slice(2), {
  stdout: {
    write: async (text) => {
      if (!process.stdout.write(text)) await once(process.stdout, 'drain');
    },
    isTTY: process.stdout.isTTY === true,
  },
  stderr: process.stderr,
  readStdin,
  env: process.env,
  fetch: globalThis.fetch,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`badge-lens: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
