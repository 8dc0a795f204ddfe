import type { BadgeMarker } from './types';

export const PNG_KEYWORDS: readonly BadgeMarker[] = ['openbadges', 'openbadgecredential', 'clrcredential'];

/** SVG marker elements, matched by namespace URI and local name. */
export const SVG_MARKERS: readonly { ns: string; local: string; marker: BadgeMarker }[] = [
  { ns: 'http://openbadges.org', local: 'assertion', marker: 'openbadges' },
  { ns: 'https://purl.imsglobal.org/ob/v3p0', local: 'credential', marker: 'openbadgecredential' },
  { ns: 'https://purl.imsglobal.org/clr/v2p0', local: 'credential', marker: 'clrcredential' },
];
