/** Reads the tables of docs/PERMISSIONS.md: one row per permission, the browsers that ask for it and why. */

export type PermissionKind = 'permission' | 'optional_permission' | 'host' | 'optional_host' | 'content_match';
export type ManifestBrowser = 'chrome' | 'firefox';

const SECTIONS: Record<PermissionKind, string> = {
  permission: 'Permissions',
  optional_permission: 'Optional permissions',
  host: 'Host permissions',
  optional_host: 'Optional host permissions',
  content_match: 'Content script matches',
};

/** The section's body: from its `## ` heading to the next one. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start < 0) return '';
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The names in a section's table for one browser, sorted; a row without a reason is not counted. */
export function documentedPermissions(markdown: string, kind: PermissionKind, browser: ManifestBrowser): string[] {
  const names: string[] = [];
  for (const line of section(markdown, SECTIONS[kind]).split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const name = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    const browsers = (cells[2] ?? '').toLowerCase();
    const why = cells[3] ?? '';
    if (name && browsers.includes(browser) && why.split(' ').length >= 8) names.push(name);
  }
  return names.sort();
}
