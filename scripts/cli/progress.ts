import type { VerificationResult } from '../../lib/result/types';

export interface TextSink {
  write(text: string): void;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  started(input: string): void;
  finished(input: string, results: readonly VerificationResult[]): void;
  /** Around every write to standard output, so the line never lands in the middle of a table row. */
  around(write: () => Promise<void> | void): Promise<void>;
  close(): void;
}

const noProgress: Progress = { started() {}, finished() {}, around: async (write) => write(), close() {} };

/** "12/1000 checked · 10 verified · 2 not verified · badges/0013.png", redrawn in place on a terminal. */
export function createProgress(stderr: TextSink, total: number, stdoutIsTty: boolean): Progress {
  if (!stderr.isTTY || total < 2) return noProgress;
  const checking = new Set<string>();
  let done = 0;
  let verified = 0;
  let notVerified = 0;
  let shown = false;
  let closed = false;
  const draw = () => {
    if (closed) return;
    const current = checking.values().next().value ?? '';
    const line = `${done}/${total} checked · ${verified} verified · ${notVerified} not verified${current ? ` · ${current}` : ''}`;
    const width = Math.max(20, (stderr.columns || 80) - 1);
    stderr.write(`\r${line.length > width ? `${line.slice(0, width - 1)}…` : line}\x1b[K`);
    shown = true;
  };
  const clear = () => {
    if (shown) stderr.write('\r\x1b[K');
    shown = false;
  };
  return {
    started(input) {
      checking.add(input);
      draw();
    },
    finished(input, results) {
      checking.delete(input);
      done++;
      for (const r of results) {
        if (r.status === 'verified') verified++;
        else notVerified++;
      }
      draw();
    },
    async around(write) {
      if (!stdoutIsTty) return write();
      clear();
      await write();
      draw();
    },
    close() {
      clear();
      closed = true;
    },
  };
}
