import type { Visibility } from '../../lib/detect/priority';

const MIN_SIZE_PX = 2;

/** Whether a reader can see `element`: its size, its styles (and its ancestors' opacity), where it is. */
export function visibilityOf(element: Element): Visibility {
  // A <source> has no box; its <picture> has.
  const target = element.localName === 'source' ? (element.closest('picture') ?? element) : element;
  const rect = target.getBoundingClientRect();
  const styled = styledVisible(target);
  const sized = rect.width > MIN_SIZE_PX && rect.height > MIN_SIZE_PX;
  const shown = !styled || !inDocument(rect) ? 'no' : sized ? 'yes' : loading(target) ? 'unknown' : 'no';
  return { shown, nearViewport: shown !== 'no' && nearViewport(rect) };
}

/** Not `display: none` (itself or an ancestor), not `visibility: hidden`, not transparent (itself or an ancestor). */
function styledVisible(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') {
    return element.checkVisibility({ opacityProperty: true, visibilityProperty: true, checkOpacity: true, checkVisibilityCSS: true });
  }
  const style = getComputedStyle(element);
  return style.display !== 'none' && style.visibility !== 'hidden' && style.visibility !== 'collapse' && Number(style.opacity) !== 0;
}

/** An image still loading has no size yet unless the page gave it one. */
function loading(element: Element): boolean {
  return element instanceof HTMLImageElement && !element.complete && !element.getAttribute('width') && !element.getAttribute('height');
}

function inDocument(rect: DOMRect): boolean {
  const root = document.documentElement;
  const left = rect.left + scrollX;
  const top = rect.top + scrollY;
  return (
    rect.right + scrollX > 0 &&
    rect.bottom + scrollY > 0 &&
    left < Math.max(root.scrollWidth, innerWidth) &&
    top < Math.max(root.scrollHeight, innerHeight)
  );
}

function nearViewport(rect: DOMRect): boolean {
  return rect.bottom > -innerHeight && rect.top < 2 * innerHeight && rect.right > -innerWidth && rect.left < 2 * innerWidth;
}
