import { error, fail } from '../result/check';
import type { Session } from '../core/session';
import { isRecord } from '../util/json';
import { findAssertionMethod, isControllerDocument, keyMaterial, listsAssertionMethod } from './controller-document';
import { resolveDidJwk } from './did-jwk';
import { resolveDidKey } from './did-key';
import { didWebUrl } from './did-web';
import { decodeMultikey } from './multibase';
import type { KeyResolution, VerificationKey } from './types';

/**
 * Finds the public key a verification method (a proof's `verificationMethod`, a JWT `kid`) names,
 * and who controls it. DID documents and key documents are read as plain JSON, never as JSON-LD.
 */
export async function resolveVerificationMethod(vm: string, session: Session): Promise<KeyResolution> {
  if (vm.length > 8192) return { ok: false, check: fail('key', 'key.malformed', 'verification method id too long') };
  if (vm.startsWith('did:key:')) return resolveDidKey(vm);
  if (vm.startsWith('did:jwk:')) return resolveDidJwk(vm);
  if (vm.startsWith('did:web:')) return resolveDidWeb(vm, session);
  if (vm.startsWith('did:'))
    return {
      ok: false,
      check: error(
        'key',
        'key.did-method-unsupported',
        `the DID method did:${vm.split(':')[1]} is not supported (did:key, did:jwk and did:web are)`,
      ),
    };
  if (/^https?:\/\//i.test(vm)) return resolveHttp(vm, session);
  return { ok: false, check: fail('key', 'key.malformed', `${vm.slice(0, 120)} is neither a DID nor a URL`) };
}

async function resolveDidWeb(vm: string, session: Session): Promise<KeyResolution> {
  const did = vm.split('#')[0]!;
  const url = didWebUrl(did);
  if (!url) return { ok: false, check: fail('key', 'key.malformed', `${did.slice(0, 120)} is not a valid did:web`) };
  const fetched = await session.getJson(url, 'key');
  if (!fetched.ok) return { ok: false, check: error('key', fetched.code, `DID document of ${did} (${url}): ${fetched.detail}`) };
  const doc = fetched.value;
  if (!isRecord(doc) || doc.id !== did) {
    return { ok: false, check: fail('key', 'key.document-invalid', `${url} is not the DID document of ${did}`) };
  }
  const found = findAssertionMethod(doc, did, vm);
  if (!found.ok) return found;
  return { ok: true, key: { id: found.methodId, material: found.material, source: 'did:web', controller: did, controllerProven: true } };
}

async function resolveHttp(vm: string, session: Session): Promise<KeyResolution> {
  const [base, fragment] = vm.split('#', 2) as [string, string | undefined];
  const fragmentKey = fragment !== undefined ? decodeMultikey(fragment) : undefined;
  // `<controller>#z6Mk…`: the key is in the fragment; the controller's document may confirm it.
  const fallback = (note: string): KeyResolution =>
    fragmentKey
      ? {
          ok: true,
          key: { id: vm, material: fragmentKey, source: 'fragment-multikey', controller: base, controllerProven: false, bindingNote: note },
        }
      : { ok: false, check: fail('key', 'key.document-invalid', note) };

  const fetched = await session.getJson(base, 'key');
  if (!fetched.ok) {
    if (fragmentKey)
      return fallback(`the key is named in the credential only; ${base} could not be fetched to confirm it (${fetched.detail})`);
    return { ok: false, check: error('key', fetched.code, `key ${base}: ${fetched.detail}`) };
  }
  const doc = fetched.value;

  if (isControllerDocument(doc)) {
    const docId = typeof doc.id === 'string' ? doc.id : base;
    if (docId !== base) return { ok: false, check: fail('key', 'key.document-invalid', `${base} describes ${docId}, not itself`) };
    const found = findAssertionMethod(doc, docId, vm);
    if (!found.ok) return found;
    return { ok: true, key: { id: found.methodId, material: found.material, source: 'https', controller: docId, controllerProven: true } };
  }

  if (isRecord(doc) && Array.isArray(doc.keys)) {
    const keys = doc.keys.filter(isRecord);
    const chosen = keys.length === 1 ? keys[0] : keys.find((k) => k.kid === fragment || k.kid === vm);
    if (!chosen) return { ok: false, check: fail('key', 'key.vm-not-found', `${base} has no key ${fragment ?? ''}`) };
    const material = keyMaterial(chosen);
    if (!material.ok) return material;
    return {
      ok: true,
      key: {
        id: vm,
        material: material.material,
        source: 'https',
        controllerProven: false,
        bindingNote: `${base} is a key set that names no controller`,
      },
    };
  }

  if (isRecord(doc) && ('publicKeyMultibase' in doc || 'publicKeyJwk' in doc || 'publicKeyBase58' in doc || 'kty' in doc)) {
    if (typeof doc.id === 'string' && doc.id !== vm && doc.id !== base) {
      return fragmentKey
        ? fallback(`${base} describes another key (${doc.id})`)
        : { ok: false, check: fail('key', 'key.document-invalid', `${base} describes ${doc.id}, not ${vm}`) };
    }
    const material = keyMaterial(doc);
    if (!material.ok) return material;
    const key: VerificationKey = { id: vm, material: material.material, source: 'https', controllerProven: false };
    const controller = typeof doc.controller === 'string' ? doc.controller : undefined;
    if (!controller) return { ok: true, key: { ...key, bindingNote: `the key document ${base} names no controller` } };
    return { ok: true, key: await confirmController({ ...key, controller }, session) };
  }

  return fallback(`${base} is neither a key nor a controller document`);
}

/** Two-way binding for a key document: its controller's own document must list it for assertions. */
async function confirmController(key: VerificationKey, session: Session): Promise<VerificationKey> {
  const controller = key.controller!;
  const url = controller.startsWith('did:web:')
    ? didWebUrl(controller.split('#')[0]!)
    : /^https?:\/\//i.test(controller)
      ? controller
      : undefined;
  if (!url) return { ...key, bindingNote: `the controller ${controller} cannot be looked up to confirm the key` };
  const fetched = await session.getJson(url, 'key');
  if (!fetched.ok) return { ...key, bindingError: error('binding', fetched.code, `controller ${controller}: ${fetched.detail}`) };
  const doc = fetched.value;
  const docId = isRecord(doc) && typeof doc.id === 'string' ? doc.id : url;
  if (isRecord(doc) && docId === controller && listsAssertionMethod(doc, docId, key.id)) return { ...key, controllerProven: true };
  return { ...key, bindingNote: `the controller ${controller} does not list ${key.id} as an assertion method` };
}
