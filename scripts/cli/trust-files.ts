import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseTrustList, type TrustList } from '../../lib/trust/trust-list';
import { InputError } from './verify-input';

/** The `--trust` files, each parsed; a file that cannot be read or is malformed stops the run with its reason. */
export async function readTrustLists(files: readonly string[]): Promise<TrustList[]> {
  const lists: TrustList[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      throw new InputError(`cannot read trust list ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const parsed = parseTrustList(text, basename(file));
    if (!parsed.ok) throw new InputError(`trust list ${file}: ${parsed.error}`);
    lists.push(parsed.list);
  }
  return lists;
}
