import type { Check, VouchedBy } from '../../result/types';
import type { Json } from '../../util/json';

/** A blockchain address the issuer lists as its own, with the window it may issue in (ms since the epoch). */
export interface IssuerKey {
  address: string;
  created?: number;
  revoked?: number;
  expires?: number;
}

export interface IssuerProfile {
  id: string;
  /** Where the profile was fetched from (after redirects). */
  url: string;
  value: Json;
  keys: IssuerKey[];
  revocationList?: string;
}

export interface IssuerReading {
  checks: Check[];
  id?: string;
  /** An https profile; DID issuers have none. */
  profile?: IssuerProfile;
  /** The issuing keys: the profile's, or those of a DID's document. */
  keys?: IssuerKey[];
  vouchedBy?: VouchedBy;
}
