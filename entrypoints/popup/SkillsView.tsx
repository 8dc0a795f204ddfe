import { t } from '../../components/i18n';
import { StatusChip } from '../../components/StatusChip';
import { skillsOnPage } from '../../lib/export/skills';
import type { VerificationResult } from '../../lib/result/types';

/** "Skills on this page": each skill with the credentials that evidence it; unverified evidence is never shown as proof. */
export function SkillsView({ results }: { results: readonly VerificationResult[] }) {
  const skills = skillsOnPage(results);
  if (skills.length === 0) return null;
  return (
    <details class="bl-skills" data-testid="skills">
      <summary>{t('skills_title', skills.length)}</summary>
      <ul class="bl-skills-list">
        {skills.map(({ skill, evidence, proven }) => (
          <li key={`${skill.name}:${skill.code ?? ''}`} data-testid="skill" data-proven={proven ? 'true' : 'false'}>
            <strong>{skill.name}</strong>
            {skill.framework || skill.code ? (
              <span class="bl-muted"> ({[skill.framework, skill.code].filter(Boolean).join(' ')})</span>
            ) : null}
            {proven ? null : <span class="bl-muted"> — {t('skills_not_proven')}</span>}
            <ul class="bl-skills-evidence">
              {evidence.map((e, i) => (
                <li key={i}>
                  <StatusChip status={e.status} size="small" /> {e.name}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}
