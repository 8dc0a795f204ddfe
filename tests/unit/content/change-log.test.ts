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

  it("reads each added node once (its tagName) and the record's target once, however many nodes a record adds", () => {
    let reads = 0;
    const node = (tag: string | undefined) => {
      const counted = {} as Record<string, unknown>;
      for (const key of ['tagName', 'nodeType', 'parentNode', 'parentElement', 'localName'])
        Object.defineProperty(counted, key, {
          get() {
            reads++;
            if (key === 'tagName') return tag;
            if (key === 'nodeType') return tag === undefined ? 3 : 1;
            return undefined;
          },
        });
      return counted as unknown as Element;
    };
    const feed = node('MAIN');
    const cards = Array.from({ length: 10 }, () => node('ARTICLE'));
    let targetReads = 0;
    const record = {
      type: 'childList',
      get target() {
        targetReads++;
        return feed;
      },
      addedNodes: cards,
      removedNodes: [],
    } as unknown as MutationRecord;
    const log = createChangeLog(() => false);
    log.take();
    expect(log.mutation(record)).toBe(true);
    expect(targetReads).toBe(1);
    expect(reads).toBe(cards.length + 1);
  });

  it('makes the element that text went into a root once, and skips text whose parent is no element', () => {
    const { document } = parseHTML('<!doctype html><html><body><main><script type="application/ld+json"></script></main></body></html>');
    const script = document.querySelector('script')!;
    const log = createChangeLog(() => false);
    log.take();
    const text = (value: string) => document.createTextNode(value) as unknown as Element;
    expect(log.mutation(added(script, text('{'), text('}')))).toBe(true);
    const scope = log.take()!;
    expect(scope.parts).toBe(1);
    expect([...scope.querySelectorAll('script')]).toEqual([script]);
    const fragment = document.createDocumentFragment() as unknown as Element;
    expect(log.mutation(added(fragment, text('x')))).toBe(true);
    expect(log.take()!.parts).toBe(0);
  });
});
