import type { CredentialSummary } from '../result/types';

export const LINKEDIN_ADD_URL = 'https://www.linkedin.com/profile/add';

/** The fields of LinkedIn's "add license or certification" form, as far as the credential gives them. */
export interface CertificationFields {
  name?: string | undefined;
  organizationName?: string | undefined;
  issued?: string | undefined;
  expires?: string | undefined;
  /** A public https URL where the credential can be checked. */
  certUrl?: string | undefined;
  certId?: string | undefined;
}

/** The form's fields from a verified summary: issue and expiry dates as given, the credential's URL when it is public. */
export function certificationFields(credential: CredentialSummary, publicUrl?: string): CertificationFields {
  const url = publicUrl ?? (isHttps(credential.id) ? credential.id : undefined);
  return {
    name: credential.name,
    organizationName: credential.issuer?.name,
    issued: credential.issued,
    expires: credential.expires,
    certUrl: url,
    certId: credential.id,
  };
}

function isHttps(value: string | undefined): value is string {
  return value !== undefined && /^https:\/\//i.test(value);
}

/**
 * LinkedIn's public add-certification form, pre-filled: `startTask=CERTIFICATION_NAME` and each field
 * the credential has (months 1–12, in UTC); a missing or unreadable field is left out, never sent empty.
 */
export function linkedInAddUrl(fields: CertificationFields): string {
  const params = new URLSearchParams({ startTask: 'CERTIFICATION_NAME' });
  const put = (key: string, value: string | number | undefined) => {
    const text = value === undefined ? '' : String(value).trim();
    if (text !== '') params.set(key, text);
  };
  put('name', fields.name);
  put('organizationName', fields.organizationName);
  const issued = yearMonth(fields.issued);
  put('issueYear', issued?.year);
  put('issueMonth', issued?.month);
  const expires = yearMonth(fields.expires);
  put('expirationYear', expires?.year);
  put('expirationMonth', expires?.month);
  put('certUrl', fields.certUrl);
  put('certId', fields.certId);
  return `${LINKEDIN_ADD_URL}?${params.toString().replace(/\+/g, '%20')}`;
}

function yearMonth(value: string | undefined): { year: number; month: number } | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}
