/** Why JSON-LD processing of a credential stopped; each maps to one check code. */
export type JsonLdProblem =
  | { kind: 'unknown-context'; url: string }
  | { kind: 'safe-mode'; detail: string }
  | { kind: 'work-limit'; detail: string }
  | { kind: 'invalid'; detail: string };

export class JsonLdFailure extends Error {
  override readonly name = 'JsonLdFailure';
  constructor(readonly problem: JsonLdProblem) {
    super(problem.kind === 'unknown-context' ? `unknown JSON-LD context ${problem.url}` : problem.detail);
  }
}
