import { fromBase64 } from '../../lib/backpack/bytes';
import type { ContentProtocol, Failure, Handlers, UiProtocol } from '../../lib/protocol/messages';
import type { TabState } from '../../lib/protocol/schemas';
import type { AddInput, Backpack } from './backpack';

type BackpackUiTypes =
  | 'backpack-save'
  | 'backpack-list'
  | 'backpack-add'
  | 'backpack-recheck'
  | 'backpack-remove'
  | 'backpack-export'
  | 'backpack-file';

const refuse = (error: string): Failure => ({ ok: false, error });

/** Saves the candidate a tab shows under `ref`. */
async function saveFromTab(backpack: Backpack, tab: TabState | undefined, ref: string) {
  const item = tab?.items.find((i) => i.ref === ref);
  if (!item) return refuse('this badge is no longer on the page');
  const outcome = { added: 0, duplicates: 0, problems: [] as string[] };
  const id = await backpack.saveCandidate(item.candidate, outcome);
  return id ? { ok: true as const, added: outcome.added > 0, id } : refuse(outcome.problems.join('; ') || 'nothing to save');
}

/** The backpack's messages from the extension's pages. */
export function backpackUiHandlers(
  backpack: Backpack,
  tab: (tabId: number) => Promise<TabState | undefined>,
): Pick<Handlers<UiProtocol>, BackpackUiTypes> {
  return {
    'backpack-save': async (message) => saveFromTab(backpack, await tab(message.tabId), message.ref),
    'backpack-list': async () => ({ ok: true, items: await backpack.items() }),
    async 'backpack-add'(message) {
      const { input } = message;
      const add: AddInput = input.kind === 'file' ? { kind: 'file', name: input.name, bytes: fromBase64(input.base64) } : input;
      return { ok: true, ...(await backpack.add(add)) };
    },
    'backpack-recheck': async (message) => ({ ok: true, items: await backpack.recheck(message.which, message.id) }),
    async 'backpack-remove'(message) {
      await backpack.remove(message.id);
      return { ok: true };
    },
    'backpack-export': async () => ({ ok: true, base64: await backpack.exportBase64() }),
    async 'backpack-file'(message) {
      const file = await backpack.file(message.id);
      return file ? { ok: true, ...file } : refuse('this badge is not in the backpack');
    },
  };
}

/** "Save to my backpack" on a card the page overlay draws. */
export function backpackContentHandlers(
  backpack: Backpack,
  tab: (tabId: number) => Promise<TabState | undefined>,
): Pick<Handlers<ContentProtocol, number>, 'save-to-backpack'> {
  return { 'save-to-backpack': async (message, tabId) => saveFromTab(backpack, await tab(tabId), message.ref) };
}
