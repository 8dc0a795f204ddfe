import type { RecruiterNoteCode } from '../lib/backpack/recruiter-view';
import type { AlertReason } from '../lib/protocol/backpack-schemas';
import type { MessageKey } from './i18n';

/** The words for each reason a backpack badge needs attention (the card, the toolbar's notification). */
export const ALERT_MESSAGE_KEYS: Record<AlertReason, MessageKey> = {
  revoked: 'backpack_alert_revoked',
  suspended: 'backpack_alert_suspended',
  expired: 'backpack_alert_expired',
  invalid: 'backpack_alert_invalid',
  unreachable: 'backpack_alert_unreachable',
  'expires-soon': 'backpack_alert_expires_soon',
};

/** The words for each note of "How recruiters will see it". */
export const RECRUITER_NOTE_KEYS: Record<RecruiterNoteCode, MessageKey> = {
  signed: 'preview_note_signed',
  hosted: 'preview_note_hosted',
  'hosted-not-signed': 'preview_note_hosted_not_signed',
  'not-revoked': 'preview_note_not_revoked',
  revoked: 'preview_note_revoked',
  expired: 'preview_note_expired',
  expires: 'preview_note_expires',
  'recipient-named': 'preview_note_recipient_named',
  'recipient-hashed': 'preview_note_recipient_hashed',
  'recipient-missing': 'preview_note_recipient_missing',
  'issuer-vouched': 'preview_note_issuer_vouched',
  'issuer-self-declared': 'preview_note_issuer_self_declared',
  'issuer-slow': 'preview_note_issuer_slow',
  'issuer-unreachable': 'preview_note_issuer_unreachable',
  invalid: 'preview_note_invalid',
};
