import type { Check } from '../result/types';
import type { MultikeyValue } from './multibase';

/** How a verification method was found: decides what its controller claim is worth. */
export type KeySource = 'did:key' | 'did:jwk' | 'did:web' | 'https' | 'fragment-multikey' | 'jwk-header';

export interface VerificationKey {
  /** The verification method id as resolved (absolute), or a description for header keys. */
  id: string;
  material: MultikeyValue;
  source: KeySource;
  /** Who the key belongs to, when anything says so. */
  controller?: string;
  /**
   * True when the controller is established by the key's own identifier (did:key, did:jwk) or by a
   * document the controller itself serves listing the key for assertions (did:web, https controller
   * documents). A controller only named next to the key is a claim, not proof.
   */
  controllerProven: boolean;
  /** Why the controller is not proven, for the binding check's detail. */
  bindingNote?: string;
  /** A network problem met while confirming the controller: the binding check reports it. */
  bindingError?: Check;
}

export type KeyResolution = { ok: true; key: VerificationKey } | { ok: false; check: Check };
