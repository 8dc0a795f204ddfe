import { ob2Version } from '../ob2/detect';
import { typesOf, vcKind } from '../ob3/detect';
import { asArray, isRecord } from '../../util/json';

const VC_CONTEXTS = ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/2018/credentials/v1'];

/** A W3C verifiable credential (VCDM 1.1 or 2.0) that is neither an Open Badge nor a CLR. */
export function isGenericVc(value: unknown): boolean {
  if (!isRecord(value) || ob2Version(value) !== undefined || vcKind(value) !== undefined) return false;
  return VC_CONTEXTS.includes(asArray(value['@context'])[0] as string) && typesOf(value).includes('VerifiableCredential');
}

/** `UniversityDegreeCredential` → `University Degree Credential`. */
export function typeInPlainWords(type: string): string {
  return type
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim();
}

/** The credential's own types in plain words, `VerifiableCredential` left out. */
export function credentialTypes(value: unknown): string[] {
  return typesOf(value)
    .filter((t) => t !== 'VerifiableCredential')
    .map((t) => typeInPlainWords(t.includes(':') ? t.slice(t.lastIndexOf(':') + 1) : t))
    .filter((t) => t !== '');
}
