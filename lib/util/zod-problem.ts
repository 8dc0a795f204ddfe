import type { core } from 'zod/mini';

/** The first zod issue as a JSON pointer and a short technical sentence. */
export function describeZodError(error: core.$ZodError, prefix = ''): { pointer: string; detail: string } {
  const issue = error.issues[0];
  if (!issue) return { pointer: prefix || '/', detail: 'does not match the expected shape' };
  const pointer = issue.path.length
    ? `${prefix}/${issue.path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`
    : prefix;
  const where = issue.path.length ? issue.path.join('.') : 'the document';
  const message =
    issue.code === 'invalid_type' && /received undefined/.test(issue.message)
      ? 'is missing'
      : issue.message.replace(/^Invalid input: /, '');
  return { pointer: pointer || '/', detail: `${where} ${message}` };
}
