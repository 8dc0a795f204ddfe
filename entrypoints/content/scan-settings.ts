/**
 * The stored settings as far as the eager content script reads them, without zod: `true` unless they
 * turn scanning off for this host. Only that answer is confirmed by the full schema (`view.ts`), since
 * settings that fail it count as the defaults, which scan.
 */
export function mayScan(stored: unknown, hostname: string): boolean {
  if (typeof stored !== 'object' || stored === null) return true;
  const { autoScan, disabledSites } = stored as { autoScan?: unknown; disabledSites?: unknown };
  if (autoScan === false) return false;
  return !(Array.isArray(disabledSites) && disabledSites.includes(hostname));
}
