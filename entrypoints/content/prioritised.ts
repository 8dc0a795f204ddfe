import { byPriority, candidatePriority } from '../../lib/detect/priority';
import type { Unseen } from './page-scanner';
import { visibilityOf } from './visibility';

/**
 * When a page has more candidates than the per-page limit leaves room for: the ones a reader sees and
 * that look like badges first, page order among equals. Carried by the view (`view.ts`), since only a
 * page with candidates needs it; the scanner asks for it through `ScannerOptions.prioritise`.
 */
export function prioritised<T extends Unseen>(unseen: T[]): T[] {
  return byPriority(unseen, ({ candidate, element }) => candidatePriority(candidate, visibilityOf(element)));
}
