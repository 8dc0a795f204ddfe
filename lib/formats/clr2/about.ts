import type { AboutAchievement, AboutCredential, VerificationResult } from '../../result/types';

/** A CLR's about section with its nested achievements listed and their credits added up, as `{ about }` to spread. */
export function withAchievements(about: AboutCredential | undefined, nested: readonly VerificationResult[]): { about?: AboutCredential } {
  const achievements = nested.map(achievementOf).filter((a): a is AboutAchievement => a !== undefined);
  if (achievements.length === 0) return about ? { about } : {};
  const credited = achievements.filter((a) => a.credits !== undefined);
  const creditsTotal = credited.reduce((sum, a) => sum + (a.credits ?? 0), 0);
  return { about: { ...about, achievements, ...(credited.length > 0 ? { creditsTotal } : {}) } };
}

/** Credits earned when the subject says so, else the credits the achievement offers. */
function achievementOf(result: VerificationResult): AboutAchievement | undefined {
  const { name } = result.credential;
  if (name === undefined) return undefined;
  const { about } = result;
  const credits = about?.creditsEarned ?? about?.creditsAvailable;
  return {
    name,
    ...(about?.achievementType ? { achievementType: about.achievementType } : {}),
    ...(credits !== undefined ? { credits } : {}),
  };
}
