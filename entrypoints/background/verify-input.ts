import type { UiMessage } from '../../lib/protocol/messages';
import type { VerificationResult } from '../../lib/result/types';
import { verifyBytes, verifyUrl } from '../../lib/verify/pipeline';
import type { VerifyEnv } from '../../lib/core/session';

type Input = Extract<UiMessage, { type: 'verify-input' }>['input'];

/** The popup's "Verify a file, text or link": what a learner checks before sharing a badge. */
export async function verifyUserInput(input: Input, env: VerifyEnv): Promise<VerificationResult[]> {
  switch (input.kind) {
    case 'file': {
      const bytes = Uint8Array.from(atob(input.base64), (c) => c.charCodeAt(0));
      return verifyBytes(bytes, input.name, env);
    }
    case 'url':
      return verifyUrl(input.url.trim(), env);
    case 'text': {
      const text = input.text.trim();
      if (/^https?:\/\/\S+$/i.test(text)) return verifyUrl(text, env);
      return verifyBytes(new TextEncoder().encode(text), 'pasted text', env);
    }
  }
}
