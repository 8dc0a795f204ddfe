/**
 * The page platforms, one module each. Everything platform-specific elsewhere (the `Platform` type,
 * the protocol's enum, embed selectors, watched attributes, labels, data URLs) is derived from this list.
 */
import { accredible } from './accredible';
import { badgr } from './badgr';
import { coursera } from './coursera';
import { credly } from './credly';
import { linkedinLearning } from './linkedin-learning';
import { microsoftLearn } from './microsoft-learn';
import { moodle } from './moodle';
import { openBadgeFactory } from './open-badge-factory';
import { parchment } from './parchment';
import type { PagePlatform } from './platform';

export type { PagePlatform, PlatformCredential, PlatformEmbed } from './platform';

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

const BY_ID = /* @__PURE__ */ Object.fromEntries(PLATFORMS.map((platform) => [platform.id, platform])) as Record<
  Platform,
  PagePlatform<Platform>
>;

export function platformById(id: Platform): PagePlatform<Platform> {
  return BY_ID[id];
}

/** The attributes platform embeds are read from. */
export const PLATFORM_EMBED_ATTRIBUTES: readonly string[] = [
  ...new Set(PLATFORMS.flatMap((platform) => platform.embeds.map((embed) => embed.attribute))),
];
