export type BadgeMarker = 'openbadges' | 'openbadgecredential' | 'clrcredential';

export type PayloadContainer = 'png-itxt' | 'png-text' | 'svg' | 'text';

export type PayloadKind = 'url' | 'json' | 'jws';

export interface Payload {
  kind: PayloadKind;
  /** Trimmed; not parsed or validated beyond its kind. */
  text: string;
  container: PayloadContainer;
  marker?: BadgeMarker;
}

export type ExtractCode =
  | 'extract.png-truncated'
  | 'extract.png-bad-crc'
  | 'extract.png-chunk-too-large'
  | 'extract.png-too-many-chunks'
  | 'extract.png-bad-text-chunk'
  | 'extract.png-inflate-failed'
  | 'extract.svg-malformed'
  | 'extract.payload-unrecognized'
  | 'extract.unsupported-bytes'
  | 'extract.too-large';

export type ExtractOutcome =
  /** payload null: the input carries no badge data. */
  | { ok: true; payload: Payload | null }
  /** detail: short technical English for logs and the CLI. */
  | { ok: false; code: ExtractCode; detail: string };
