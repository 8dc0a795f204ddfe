import type { SkillAlignment, Status, VerificationResult } from '../result/types';

/** A skill named by the page's credentials, with the credentials that evidence it. */
export interface PageSkill {
  skill: SkillAlignment;
  evidence: Array<{ name: string; status: Status }>;
  /** At least one verified credential names it; otherwise it is only claimed. */
  proven: boolean;
}

/** Every skill the results (and a CLR's nested credentials) name, grouped by name and code, proven ones first. */
export function skillsOnPage(results: readonly VerificationResult[]): PageSkill[] {
  const groups = new Map<string, PageSkill>();
  const visit = (result: VerificationResult) => {
    for (const skill of result.about?.skills ?? []) {
      const key = `${skill.name.trim().toLowerCase()}\u0000${skill.code ?? ''}`;
      const group = groups.get(key) ?? { skill, evidence: [], proven: false };
      group.evidence.push({ name: result.credential.name ?? result.source, status: result.status });
      group.proven ||= result.status === 'verified';
      groups.set(key, group);
    }
    for (const nested of result.nested ?? []) visit(nested);
  };
  for (const result of results) visit(result);
  return [...groups.values()].sort((a, b) => Number(b.proven) - Number(a.proven) || a.skill.name.localeCompare(b.skill.name));
}
