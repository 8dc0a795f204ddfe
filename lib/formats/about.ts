import type { AboutCredential, EvidenceItem, SkillAlignment } from '../result/types';
import { asArray, isRecord, type Json } from '../util/json';
import { dateText, str } from './summary-fields';

const MAX_ITEMS = 50;

/** An alignment that states a level rather than a skill: EQF, NQF, "Level 6". */
const LEVEL_PATTERN = /eqf|nqf|qualifications framework|level|niveau/i;

/** Where an OB 2.0 badge class or OB 3.0 achievement (with its subject and credential) keeps each field. */
export interface AboutSources {
  achievement?: Json | undefined;
  subject?: Json | undefined;
  credential: Json;
  /** OB 2.0 `tags`, OB 3.0 `tag`. */
  tags: unknown;
  /** Every `alignment[]` that may name skills (the achievement's, its result descriptions', the subject's results'). */
  alignments: unknown[];
}

/** What an OB 3.0 / CLR 2.0 credential says about itself, for the card's "About this credential". */
export function aboutVc(credential: Json): AboutCredential | undefined {
  const subject = asArray(credential.credentialSubject).find(isRecord);
  const achievement = isRecord(subject?.achievement) ? subject.achievement : undefined;
  const alignments = [
    ...asArray(achievement?.alignment),
    ...asArray(achievement?.resultDescription).flatMap((d) => (isRecord(d) ? asArray(d.alignment) : [])),
    ...asArray(subject?.result).flatMap((r) => (isRecord(r) ? asArray(r.alignment) : [])),
  ];
  return aboutFrom({ achievement, subject, credential, tags: achievement?.tag, alignments });
}

/** What an OB 2.0 assertion and its badge class (the issuer's copy when fetched, else the one embedded) say about the badge. */
export function aboutOb2(assertion: Json, badgeClass?: Json): AboutCredential | undefined {
  const badge = badgeClass ?? (isRecord(assertion.badge) ? assertion.badge : undefined);
  return aboutFrom({ achievement: badge, credential: assertion, tags: badge?.tags, alignments: asArray(badge?.alignment) });
}

/** `{ about }` to spread into a report, or nothing when the credential states nothing about itself. */
export function aboutPart(about: AboutCredential | undefined): { about?: AboutCredential } {
  return about ? { about } : {};
}

function aboutFrom({ achievement, subject, credential, tags, alignments }: AboutSources): AboutCredential | undefined {
  const all = alignments.filter(isRecord);
  const level = all.find(isLevel);
  const about: AboutCredential = {
    ...str('achievementType', achievement?.achievementType),
    ...list(
      'tags',
      asArray(tags).filter((t): t is string => typeof t === 'string' && t.trim() !== ''),
    ),
    ...num('creditsAvailable', achievement?.creditsAvailable),
    ...num('creditsEarned', subject?.creditsEarned),
    ...str('creditUnit', achievement?.creditUnit ?? subject?.creditUnit),
    ...str('fieldOfStudy', achievement?.fieldOfStudy),
    ...str('specialization', achievement?.specialization),
    ...str('level', level?.targetName),
    ...str('activityStart', dateText(subject?.activityStartDate)),
    ...str('activityEnd', dateText(subject?.activityEndDate)),
    ...str('term', subject?.term),
    ...list('skills', dedupe(all.filter((a) => a !== level).flatMap(skillOf))),
    ...list('evidence', asArray(credential.evidence).flatMap(evidenceOf)),
  };
  return Object.keys(about).length > 0 ? about : undefined;
}

function isLevel(alignment: Json): boolean {
  const { targetType, targetFramework, targetName } = alignment;
  return (
    [targetType, targetFramework].some((v) => typeof v === 'string' && LEVEL_PATTERN.test(v)) &&
    typeof targetName === 'string' &&
    /\d/.test(targetName)
  );
}

function skillOf(alignment: Json): SkillAlignment[] {
  const name = alignment.targetName;
  if (typeof name !== 'string' || name.trim() === '') return [];
  return [
    {
      name: name.slice(0, 4000),
      ...str('framework', alignment.targetFramework),
      ...str('code', alignment.targetCode),
      ...str('url', httpsUrl(alignment.targetUrl)),
    },
  ];
}

function evidenceOf(item: unknown): EvidenceItem[] {
  if (typeof item === 'string') return httpsUrl(item) ? [{ url: item.slice(0, 4000) }] : [];
  if (!isRecord(item)) return [];
  const evidence: EvidenceItem = {
    ...str('name', item.name),
    ...str('description', item.description ?? item.narrative),
    ...str('url', httpsUrl(item.id) ?? httpsUrl(item.url)),
  };
  return Object.keys(evidence).length > 0 ? [evidence] : [];
}

function dedupe(skills: SkillAlignment[]): SkillAlignment[] {
  const seen = new Set<string>();
  return skills.filter((s) => {
    const key = `${s.name.toLowerCase()}\u0000${s.code ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A URL that can be offered as a link: https only. */
export function httpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return new URL(value).protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

function num<K extends string>(key: K, value: unknown): Partial<Record<K, number>> {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? ({ [key]: n } as Record<K, number>) : {};
}

function list<K extends string, T>(key: K, items: T[]): Partial<Record<K, T[]>> {
  return items.length > 0 ? ({ [key]: items.slice(0, MAX_ITEMS) } as Record<K, T[]>) : {};
}
