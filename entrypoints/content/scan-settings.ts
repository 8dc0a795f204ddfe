/**
 * The stored settings as far as the eager content script reads them, without zod: `true` unless they
 * turn scanning off for this host. Only that answer is confirmed by the full schema (`view.ts`), since
 * settings that fail it count as the defaults, which scan.
 */
export function mayScan(stored: unknown, hostname: string): boolean {
  // `Object()` of a string, number or nothing has neither field: such settings scan.
  const { autoScan, disabledSites } = Object(stored) as { autoScan?: unknown; disabledSites?: unknown };
  return autoScan !== false && !(Array.isArray(disabledSites) && disabledSites.includes(hostname));
}
