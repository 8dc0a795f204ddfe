import { fail } from '../result/check';
import { decodeMultikey } from './multibase';
import type { KeyResolution } from './types';

/** `did:key:z6Mk…` with or without `#z6Mk…`: the key is the identifier itself (offline). */
export function resolveDidKey(vm: string): KeyResolution {
  const [did, fragment] = vm.split('#', 2) as [string, string | undefined];
  const id = did.slice('did:key:'.length);
  if (fragment !== undefined && fragment !== id) {
    return { ok: false, check: fail('key', 'key.vm-not-found', `${vm}: a did:key names only its own key, #${id}`) };
  }
  const material = decodeMultikey(id);
  if (!material) return { ok: false, check: fail('key', 'key.unsupported', `${did} is not an Ed25519, P-256, P-384 or secp256k1 did:key`) };
  return { ok: true, key: { id: `${did}#${id}`, material, source: 'did:key', controller: did, controllerProven: true } };
}
