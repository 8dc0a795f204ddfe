import { parseMapping, type UrlMapping } from '../../lib/net/url-map';

export const OUTPUTS = ['table', 'json', 'jsonl', 'csv'] as const;
export type Output = (typeof OUTPUTS)[number];

export interface CliOptions {
  output: Output;
  mappings: UrlMapping[];
  now?: number;
  recipient?: string;
  /** Whose credentials these should be (`--name`): compared with each credential's recipient name. */
  personName?: string;
  offline: boolean;
  /** Look Blockcerts anchors up with two public blockchain explorers (off unless asked). */
  anchors?: true;
  /** Inputs named on the command line, in order. */
  inputs: string[];
  /** Files listing more inputs, one a line (`-`: standard input). */
  inputLists: string[];
  concurrency: number;
  /** Trust lists (`--trust FILE`, repeatable): DCC issuer registries or plain lists; absent when none. */
  trustFiles?: string[];
}

export const DEFAULT_CONCURRENCY = 8;
export const MAX_CONCURRENCY = 256;

export const USAGE =
  'usage: badge-lens [--json | --jsonl | --csv] [--inputs FILE]... [--concurrency N] [--map FROM=TO]... [--now ISO] [--recipient VALUE] [--name NAME] [--trust FILE]... [--offline] [--anchors] <file|url|->...';

const OUTPUT_FLAGS: Record<string, Output> = { '--json': 'json', '--jsonl': 'jsonl', '--csv': 'csv' };

type Parsed = CliOptions | { error: string } | { help: true };

export function parseArgs(argv: readonly string[]): Parsed {
  const options: CliOptions = {
    output: 'table',
    mappings: [],
    offline: false,
    inputs: [],
    inputLists: [],
    concurrency: DEFAULT_CONCURRENCY,
  };
  let outputFlag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = () => inline ?? argv[++i];
    if (arg === '--help' || arg === '-h') return { help: true };
    const output = OUTPUT_FLAGS[arg];
    if (output) {
      if (outputFlag && outputFlag !== arg) return { error: `${outputFlag} and ${arg} cannot be combined: choose one output` };
      outputFlag = arg;
      options.output = output;
    } else if (arg === '--offline') options.offline = true;
    else if (arg === '--anchors') options.anchors = true;
    else if (flag === '--map') {
      const text = value();
      const mapping = text === undefined ? undefined : parseMapping(text);
      if (!mapping) return { error: `--map needs FROM=TO with two absolute URLs, got ${text ?? 'nothing'}` };
      options.mappings.push(mapping);
    } else if (flag === '--now') {
      const text = value();
      const ms = text === undefined ? NaN : Date.parse(text);
      if (Number.isNaN(ms)) return { error: `--now needs an ISO 8601 date, got ${text ?? 'nothing'}` };
      options.now = ms;
    } else if (flag === '--recipient') {
      const text = value();
      if (!text) return { error: '--recipient needs an email, URL or telephone number' };
      options.recipient = text;
    } else if (flag === '--name') {
      const text = value()?.trim();
      if (!text) return { error: "--name needs the person's name the credentials should be issued to" };
      options.personName = text;
    } else if (flag === '--trust') {
      const text = value();
      if (!text) return { error: '--trust needs a trust list file (a DCC issuer registry or a JSON list of DIDs and https origins)' };
      options.trustFiles = [...(options.trustFiles ?? []), text];
    } else if (flag === '--inputs') {
      const text = value();
      if (!text) return { error: '--inputs needs a file listing one path or URL a line (- for standard input)' };
      options.inputLists.push(text);
    } else if (flag === '--concurrency') {
      const text = value();
      const n = text !== undefined && /^\d+$/.test(text) ? Number(text) : NaN;
      if (!(n >= 1 && n <= MAX_CONCURRENCY))
        return { error: `--concurrency needs a whole number from 1 to ${MAX_CONCURRENCY}, got ${text ?? 'nothing'}` };
      options.concurrency = n;
    } else if (arg === '-' || !arg.startsWith('-')) options.inputs.push(arg);
    else return { error: `unknown option ${arg}` };
  }
  if (options.inputs.length === 0 && options.inputLists.length === 0)
    return { error: 'give at least one file, URL or - for standard input' };
  const stdinUses = options.inputs.filter((i) => i === '-').length + options.inputLists.filter((i) => i === '-').length;
  if (stdinUses > 1) return { error: 'standard input (-) can be read only once' };
  return options;
}
