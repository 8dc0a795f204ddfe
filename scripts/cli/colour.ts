import type { Status } from '../../lib/result/types';

export type Paint = (text: string, tone: Tone) => string;
export type Tone = 'good' | 'bad' | 'caution' | 'dim';

const SGR: Record<Tone, string> = { good: '32', bad: '31', caution: '33', dim: '2' };

export const STATUS_TONE: Record<Status, Tone> = {
  verified: 'good',
  invalid: 'bad',
  revoked: 'bad',
  suspended: 'caution',
  expired: 'caution',
  unverifiable: 'caution',
};

export const plain: Paint = (text) => text;
export const ansi: Paint = (text, tone) => `\x1b[${SGR[tone]}m${text}\x1b[0m`;

/** Colour only on a terminal, and never when NO_COLOR is set to anything but the empty string (no-color.org). */
export function paintFor(stdoutIsTty: boolean, env: Readonly<Record<string, string | undefined>>): Paint {
  return stdoutIsTty && !env.NO_COLOR ? ansi : plain;
}
