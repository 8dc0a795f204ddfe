import type { AboutCredential } from '../lib/result/types';

/** Enum values whose words a camel-case split gets wrong. */
const TYPE_WORDS: Record<string, string> = {
  MicroCredential: 'Micro-credential',
  CoCurricular: 'Co-curricular',
  ProfessionalDoctorate: 'Professional doctorate',
  ResearchDoctorate: 'Research doctorate',
  QualityAssurance: 'Quality assurance',
  ApprenticeshipCertificate: 'Apprenticeship certificate',
};

/** OB 3.0 `achievementType` in plain words: `AssociateDegree` → "Associate degree", `ext:BootCamp` → "Boot camp". */
export function achievementTypeText(type: string): string {
  const bare = type.replace(/^ext:/, '');
  const known = TYPE_WORDS[bare];
  if (known) return known;
  const words = bare
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type DurationUnit = 'days' | 'weeks' | 'months' | 'years';

/** How long the activity ran, in whole units rounded down ("over 5 months"); undefined when the dates do not make a span. */
export function activityDuration(
  about: Pick<AboutCredential, 'activityStart' | 'activityEnd'>,
): { count: number; unit: DurationUnit } | undefined {
  const start = Date.parse(about.activityStart ?? '');
  const end = Date.parse(about.activityEnd ?? '');
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return undefined;
  const days = Math.floor((end - start) / 86_400_000);
  const a = new Date(start);
  const b = new Date(end);
  const months =
    (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth()) - (b.getUTCDate() < a.getUTCDate() ? 1 : 0);
  if (months >= 24) return { count: Math.floor(months / 12), unit: 'years' };
  if (months >= 2) return { count: months, unit: 'months' };
  if (days >= 14) return { count: Math.floor(days / 7), unit: 'weeks' };
  return { count: Math.max(days, 1), unit: 'days' };
}

/** Credits as the credential states them: "30 ECTS", "earned 5 of 6 credits" is left to the caller's words. */
export function creditsText(value: number, unit: string | undefined): string {
  const n = Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
  return unit ? `${n} ${unit}` : n;
}
