/** Property tests over every message schema: any JSON value parses to a success or a failure, never a throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as messages from '../../../lib/protocol/messages';
import * as schemas from '../../../lib/protocol/schemas';
import { RUNS } from './arbitraries';

type Schema = { safeParse(value: unknown): { success: boolean; data?: unknown } };

const all = (Object.entries({ ...messages, ...schemas }) as Array<[string, unknown]>)
  .filter(([name]) => name.endsWith('Schema'))
  .map(([name, schema]) => [name, schema as Schema] as const);

const FIELDS = [
  'type',
  'kind',
  'tabId',
  'ref',
  'pageUrl',
  'navigationId',
  'found',
  'candidate',
  'url',
  'markup',
  'text',
  'platform',
  'id',
  'input',
  'name',
  'base64',
  'recipient',
  'settings',
  'autoScan',
  'disabledSites',
  'allowLocalNetwork',
  'language',
  'items',
  'state',
  'results',
  'ok',
  'tab',
  'error',
  'nquads',
  'labels',
  'problem',
  'detail',
  'target',
  'document',
  'source',
  'format',
  'status',
  'assurance',
  'checks',
  'credential',
  'checkedAt',
  'outcome',
  'code',
  'pointer',
  'nested',
  '__proto__',
  'constructor',
];
const LITERALS = [
  'page-reset',
  'page-candidates',
  'recheck',
  'get-tab',
  'recheck-tab',
  'verify-input',
  'get-settings',
  'set-settings',
  'clear-cache',
  'items',
  'image',
  'svg-markup',
  'embedded',
  'link',
  'platform',
  'credly',
  'file',
  'text',
  'url',
  'pending',
  'done',
  'verified',
  'invalid',
  'unverifiable',
  'ob2-hosted',
  'signed',
  'pass',
  'fail',
  'net.blocked',
  'extract',
  'auto',
  'en',
  'unknown-context',
];

/** Objects shaped like the messages (their field names and literals), nested and mixed with any JSON. */
const messageLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<unknown>(...LITERALS, true, false, null, 0, -1, 1.5, Number.MAX_SAFE_INTEGER),
    fc.string({ maxLength: 20 }),
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(tie('value'), { maxLength: 4 }),
    tie('object'),
  ),
  object: fc.dictionary(fc.constantFrom(...FIELDS), tie('value'), { maxKeys: 6 }),
})).object;

const deep = fc.integer({ min: 1, max: 2000 }).map((n) => JSON.parse(`${'['.repeat(n)}${']'.repeat(n)}`) as unknown);

describe('message schemas (properties)', () => {
  it('covers every schema the protocol exports', () => {
    expect(all.map(([name]) => name)).toEqual(
      expect.arrayContaining(['contentMessageSchema', 'uiMessageSchema', 'replySchema', 'resultSchema', 'settingsSchema']),
    );
  });

  it.each(all)(
    `%s: ${RUNS.protocol} message-shaped values, any JSON and deep nestings parse or fail, never throw; what parses parses again`,
    (_name, schema) => {
      fc.assert(
        fc.property(fc.oneof(messageLike, fc.jsonValue(), deep), (value) => {
          const parsed = schema.safeParse(value);
          expect(typeof parsed.success).toBe('boolean');
          if (parsed.success) expect(schema.safeParse(JSON.parse(JSON.stringify(parsed.data))).success).toBe(true);
        }),
        { numRuns: RUNS.protocol },
      );
    },
  );
});
