/**
 * The page platforms, one module each. Everything platform-specific elsewhere (the `Platform` type,
 * the protocol's enum, embed selectors, watched attributes, labels, data URLs) is derived from this list.
 */
import { accredible, accredibleFacts } from './accredible';
import { badgr, badgrFacts } from './badgr';
import { coursera, courseraFacts } from './coursera';
import { credly, credlyFacts } from './credly';
import { linkedinLearning, linkedinLearningFacts } from './linkedin-learning';
import { microsoftLearn, microsoftLearnFacts } from './microsoft-learn';
import { moodle, moodleFacts } from './moodle';
import { openBadgeFactory, openBadgeFactoryFacts } from './open-badge-factory';
import { parchment, parchmentFacts } from './parchment';
import type { PagePlatform, PlatformFacts } from './platform';

export type { LinkRule, PagePlatform, PlatformCredential, PlatformEmbed, PlatformFacts } from './platform';
export { embedCredential, linkCredential } from './platform';

export const PLATFORMS = [
  credly,
  badgr,
  accredible,
  moodle,
  openBadgeFactory,
  microsoftLearn,
  coursera,
  linkedinLearning,
  parchment,
] as const;

export type Platform = (typeof PLATFORMS)[number]['id'];

export const PLATFORM_IDS: readonly Platform[] = /* @__PURE__ */ PLATFORMS.map((platform) => platform.id);

const FACTS = {
  credly: credlyFacts,
  badgr: badgrFacts,
  accredible: accredibleFacts,
  moodle: moodleFacts,
  'open-badge-factory': openBadgeFactoryFacts,
  'microsoft-learn': microsoftLearnFacts,
  coursera: courseraFacts,
  'linkedin-learning': linkedinLearningFacts,
  parchment: parchmentFacts,
} satisfies Record<Platform, PlatformFacts>;

/** A platform's detection and its facts (`platform.ts`). */
export function platformById(id: Platform): PagePlatform<Platform> & PlatformFacts {
  return { ...PLATFORMS.find((platform) => platform.id === id)!, ...FACTS[id] };
}

/** The attributes platform embeds are read from. */
export const PLATFORM_EMBED_ATTRIBUTES: readonly string[] = [
  ...new Set(PLATFORMS.flatMap((platform) => platform.embeds.map((embed) => embed.attribute))),
];
