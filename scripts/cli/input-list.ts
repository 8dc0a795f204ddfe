import type { CliOptions } from './args';
import { type ReadStdin, readInput } from './verify-input';

/** One path or URL a line; blank lines and `#` comments are skipped. */
export function parseInputList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The inputs named on the command line, then those of each `--inputs` list, in order. */
export async function collectInputs(options: Pick<CliOptions, 'inputs' | 'inputLists'>, readStdin: ReadStdin): Promise<string[]> {
  const listed: string[] = [];
  for (const list of options.inputLists) listed.push(...parseInputList(new TextDecoder().decode(await readInput(list, readStdin))));
  return [...options.inputs, ...listed];
}
