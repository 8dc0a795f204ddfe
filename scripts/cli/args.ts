import { parseMapping, type UrlMapping } from '../../lib/net/url-map';

export interface CliOptions {
  json: boolean;
  mappings: UrlMapping[];
  now?: number;
  recipient?: string;
  offline: boolean;
  inputs: string[];
}

export const USAGE = 'usage: npm run -s verify -- [--json] [--map FROM=TO]... [--now ISO] [--recipient VALUE] [--offline] <file|url|->...';

export function parseArgs(argv: readonly string[]): CliOptions | { error: string } | { help: true } {
  const options: CliOptions = { json: false, mappings: [], offline: false, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = () => inline ?? argv[++i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--json') options.json = true;
    else if (arg === '--offline') options.offline = true;
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
    } else if (arg === '-' || !arg.startsWith('-')) options.inputs.push(arg);
    else return { error: `unknown option ${arg}` };
  }
  if (options.inputs.length === 0) return { error: 'give at least one file, URL or - for standard input' };
  return options;
}
