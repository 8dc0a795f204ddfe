import { findCandidates } from '../lib/detect/find-candidates';
import { backgroundImageOf } from '../entrypoints/content/background-image';

(window as unknown as { badgeLensScan(): number }).badgeLensScan = () =>
  findCandidates(document, location.href, { backgroundImageOf }).length;
