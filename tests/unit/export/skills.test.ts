import { describe, expect, it } from 'vitest';
import { skillsOnPage } from '../../../lib/export/skills';
import { makeResult } from '../../../lib/result/make-result';
import type { SkillAlignment, Status, VerificationResult } from '../../../lib/result/types';

const result = (name: string, status: Status, skills: SkillAlignment[], nested?: VerificationResult[]): VerificationResult => ({
  ...makeResult({ source: name, format: 'ob3-di', checks: [], credential: { name }, about: { skills }, ...(nested ? { nested } : {}) }, 0),
  status,
});
const PROGRAMMING = { name: 'Programming', framework: 'O*NET', code: '2.B.3.e' };

describe('skillsOnPage', () => {
  it('groups a skill across credentials, nested ones included, proven only by a verified one', () => {
    const skills = skillsOnPage([
      result('ML Certificate', 'verified', [PROGRAMMING, { name: 'Mathematics' }]),
      result('Tampered', 'invalid', [{ name: 'Leadership' }, { ...PROGRAMMING, name: 'programming' }]),
      result('CLR', 'verified', [], [result('SQL', 'unverifiable', [{ name: 'Leadership' }])]),
    ]);
    expect(skills.map((s) => [s.skill.name, s.proven, s.evidence.map((e) => `${e.name}:${e.status}`)])).toEqual([
      ['Mathematics', true, ['ML Certificate:verified']],
      ['Programming', true, ['ML Certificate:verified', 'Tampered:invalid']],
      ['Leadership', false, ['Tampered:invalid', 'SQL:unverifiable']],
    ]);
  });
  it('no skills, no entries', () => expect(skillsOnPage([result('x', 'verified', [])])).toEqual([]));
});
