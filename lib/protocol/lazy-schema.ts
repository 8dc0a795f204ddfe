import type * as z from 'zod/mini';

/**
 * A schema built on first use. Building zod schemas is most of what evaluating the protocol costs a
 * worker start or the page's overlay half (tens of thousands of objects), and each of them uses a
 * few of the schemas: the rest are never built there. The answer stands in for the schema wherever
 * one goes (parsing, composing, `capUnknown` reading its definition).
 */
export function lazySchema<T extends z.core.$ZodType>(build: () => T): T {
  let built: T | undefined;
  const schema = () => (built ??= build());
  return new Proxy({} as T, {
    get(_, key) {
      const target = schema();
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    has: (_, key) => Reflect.has(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
