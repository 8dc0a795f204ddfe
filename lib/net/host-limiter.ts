/** At most `perHost` tasks in flight per key (a host, or one shared key); the rest wait in order. */
export function createHostLimiter(perHost: number) {
  const active = new Map<string, number>();
  const waiting = new Map<string, Array<() => void>>();

  async function acquire(host: string): Promise<void> {
    const count = active.get(host) ?? 0;
    if (count < perHost) {
      active.set(host, count + 1);
      return;
    }
    await new Promise<void>((resolve) => {
      const queue = waiting.get(host) ?? [];
      queue.push(resolve);
      waiting.set(host, queue);
    });
  }

  function release(host: string): void {
    const next = waiting.get(host)?.shift();
    if (next) {
      next();
      return;
    }
    const count = (active.get(host) ?? 1) - 1;
    if (count <= 0) active.delete(host);
    else active.set(host, count);
  }

  return async function run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await acquire(host);
    try {
      return await task();
    } finally {
      release(host);
    }
  };
}
