import type { UiMessage } from '../lib/protocol/messages';

/** Largest file the input area accepts (docs/SPEC.md §6: 8 MiB for images). */
export const MAX_INPUT_FILE_BYTES = 8 * 1024 * 1024;

export type VerifyInput = Extract<UiMessage, { type: 'verify-input' }>['input'];

export function fileTooLarge(size: number): boolean {
  return !(size >= 0 && size <= MAX_INPUT_FILE_BYTES);
}

/** Standard base64 of bytes, in chunks so large files do not overflow the argument stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Pasted text: one http(s) URL on its own is a link to fetch; anything else is credential text (JSON, JWT). */
export function inputFromText(text: string): VerifyInput | undefined {
  const value = text.trim();
  if (!value) return undefined;
  if (/^https?:\/\/\S+$/i.test(value)) {
    try {
      new URL(value);
      return { kind: 'url', url: value };
    } catch {
      // not a URL after all: let the verifier say what it is
    }
  }
  return { kind: 'text', text: value };
}
