import type { ComponentChildren } from 'preact';
import type { AboutCredential, Check, SkillAlignment } from '../lib/result/types';
import { achievementTypeText, activityDuration, creditsText } from './about-text';
import { formatDate } from './dates';
import { t, useLocale, type Lang } from './i18n';
import { EXTERNAL_LINK, safeLinkHref } from './safe';

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Skill({ skill }: { skill: SkillAlignment }) {
  const href = safeLinkHref(skill.url);
  const where = [skill.framework, skill.code].filter(Boolean).join(' ');
  return (
    <li class="bl-skill" data-testid="about-skill">
      {href ? (
        <a href={href} {...EXTERNAL_LINK}>
          {skill.name}
        </a>
      ) : (
        skill.name
      )}
      {where ? <span class="bl-muted"> ({where})</span> : null}
    </li>
  );
}

function credits(about: AboutCredential): string | undefined {
  const { creditsEarned: earned, creditsAvailable: available, creditUnit: unit } = about;
  if (earned !== undefined && available !== undefined && earned !== available)
    return t('about_credits_earned_of', creditsText(earned, unit), creditsText(available, unit));
  const value = earned ?? available;
  return value === undefined ? undefined : creditsText(value, unit);
}

function activityText(about: AboutCredential, lang: Lang): string | undefined {
  const start = formatDate(about.activityStart, lang);
  const end = formatDate(about.activityEnd, lang);
  const span = activityDuration(about);
  const dates = start && end ? `${start} – ${end}` : (start ?? end);
  if (!dates) return undefined;
  return span ? `${dates} (${t(`about_duration_${span.unit}`, span.count)})` : dates;
}

function SizeFacts({ about, lang }: { about: AboutCredential; lang: Lang }) {
  const amount = credits(about);
  const activity = activityText(about, lang);
  return (
    <>
      {about.achievementType ? <Fact label={t('about_kind')}>{achievementTypeText(about.achievementType)}</Fact> : null}
      {about.tags ? <Fact label={t('about_tags')}>{about.tags.join(', ')}</Fact> : null}
      {amount ? <Fact label={t('about_credits')}>{amount}</Fact> : null}
      {about.creditsTotal !== undefined ? (
        <Fact label={t('about_credits_total')}>{creditsText(about.creditsTotal, about.creditUnit)}</Fact>
      ) : null}
      {about.fieldOfStudy ? <Fact label={t('about_field')}>{about.fieldOfStudy}</Fact> : null}
      {about.specialization ? <Fact label={t('about_specialization')}>{about.specialization}</Fact> : null}
      {about.level ? <Fact label={t('about_level')}>{about.level}</Fact> : null}
      {activity ? <Fact label={t('about_activity')}>{activity}</Fact> : null}
      {about.term ? <Fact label={t('about_term')}>{about.term}</Fact> : null}
    </>
  );
}

function ListFacts({ about, endorsements }: { about: AboutCredential; endorsements: readonly Check[] }) {
  return (
    <>
      {about.skills ? (
        <Fact label={t('about_skills')}>
          <ul class="bl-about-list">
            {about.skills.map((skill) => (
              <Skill key={`${skill.name}:${skill.code ?? ''}`} skill={skill} />
            ))}
          </ul>
        </Fact>
      ) : null}
      {about.evidence ? (
        <Fact label={t('about_evidence')}>
          <ul class="bl-about-list">
            {about.evidence.map((e, i) => {
              const href = safeLinkHref(e.url);
              const label = e.name ?? (href ? new URL(href).host : t('about_evidence_unnamed'));
              return (
                <li key={i}>
                  {href ? (
                    <a href={href} {...EXTERNAL_LINK}>
                      {label}
                    </a>
                  ) : (
                    label
                  )}
                  {e.description ? <span class="bl-muted"> — {e.description}</span> : null}
                </li>
              );
            })}
          </ul>
        </Fact>
      ) : null}
      {endorsements.length > 0 ? (
        <Fact label={t('about_endorsements')}>
          <ul class="bl-about-list">
            {endorsements.map((c, i) => (
              <li key={i} data-testid="about-endorsement" data-verified={c.outcome === 'pass' ? 'true' : 'false'}>
                {c.outcome === 'pass' ? t('about_endorsement_verified') : t('about_endorsement_not_verified')}
                {c.detail ? <span class="bl-muted"> — {c.detail}</span> : null}
              </li>
            ))}
          </ul>
        </Fact>
      ) : null}
      {about.achievements ? (
        <Fact label={t('about_achievements')}>
          <ul class="bl-about-list">
            {about.achievements.map((a, i) => (
              <li key={i}>
                {a.name}
                {a.achievementType || a.credits !== undefined ? (
                  <span class="bl-muted">
                    {' '}
                    (
                    {[
                      a.achievementType ? achievementTypeText(a.achievementType) : undefined,
                      a.credits !== undefined ? creditsText(a.credits, about.creditUnit) : undefined,
                    ]
                      .filter(Boolean)
                      .join(', ')}
                    )
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </Fact>
      ) : null}
    </>
  );
}

/** "About this credential": only what the credential itself states about its kind, size and content. */
export function AboutSection({
  about,
  checks,
  Heading,
}: {
  about: AboutCredential | undefined;
  checks: readonly Check[];
  Heading: 'h2' | 'h3' | 'h4';
}) {
  const lang = useLocale();
  const endorsements = checks.filter((c) => c.id === 'endorsement');
  if (!about && endorsements.length === 0) return null;
  const facts = about ?? {};
  return (
    <section class="bl-about" data-testid="about-credential" aria-label={t('about_title')}>
      <Heading class="bl-section-title">{t('about_title')}</Heading>
      <dl class="bl-facts">
        <SizeFacts about={facts} lang={lang} />
        <ListFacts about={facts} endorsements={endorsements} />
      </dl>
    </section>
  );
}
