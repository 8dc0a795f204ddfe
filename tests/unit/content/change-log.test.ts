import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createChangeLog } from '../../../entrypoints/content/changed-nodes';

/** A childList record as a browser makes it: the target is the parent the nodes went into. */
const added = (target: Element, ...nodes: Element[]) =>
  ({ type: 'childList', target, addedNodes: nodes, removedNodes: [] }) as unknown as MutationRecord;

describe('change log', () => {
  it('takes each added subtree once: one added inside another is left to the outer one, its parent told by the record', () => {
    const { document } = parseHTML('<!doctype html><html><body><main></main></body></html>');
    const main = document.querySelector('main')!;
    main.innerHTML = '<article id="a"><p></p></article><article id="b"></article>';
    const [a, b] = [...main.children] as unknown as Element[];
    const log = createChangeLog(() => false);
    log.take();
    const inner = document.createElement('img');
    a!.querySelector('p')!.append(inner);
    expect(log.mutation(added(main, a!, b!))).toBe(true);
    expect(log.mutation(added(a!.querySelector('p')!, inner))).toBe(true);
    const scope = log.take()!;
    expect(scope.parts).toBe(2);
    expect([...scope.querySelectorAll('article, img')].map((e) => e.id || e.localName)).toEqual(['a', 'img', 'b']);
  });

  it('takes a subtree removed since it was added (what it holds is dropped later, as no longer on the page)', () => {
    const { document } = parseHTML('<!doctype html><html><body><main><article></article></main></body></html>');
    const main = document.querySelector('main')!;
    const article = main.firstElementChild!;
    const log = createChangeLog(() => false);
    log.take();
    log.mutation(added(main, article));
    article.remove();
    expect(log.take()!.parts).toBe(1);
  });
});
