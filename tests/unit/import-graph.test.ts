import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The relative imports of the project's own code, as a graph: no file may reach itself through its
 * imports, the folders of lib/ form layers (no two reach each other), and lib/ reaches nothing outside lib/.
 * Type-only imports count too: a type cycle still ties the files together for a reader and for tooling.
 */

const ROOT = resolve('.');
const SOURCE_DIRS = ['lib', 'components', 'entrypoints', 'scripts'];
const SOURCE_FILE = /\.tsx?$/;

interface Edge {
  from: string;
  to: string;
  line: number;
  typeOnly: boolean;
}

interface ImportGraph {
  files: string[];
  /** Edges between source files; imports of assets (CSS, JSON) are in `assets`. */
  edges: Edge[];
  assets: Edge[];
  unresolved: Edge[];
}

type Adjacency = Map<string, Edge[]>;

const IMPORT = /\b(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"](\.[^'"]*)['"]|\bimport\s*\(\s*['"](\.[^'"]*)['"]\s*\)/g;

function sourceFiles(): string[] {
  return SOURCE_DIRS.flatMap((dir) =>
    (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
      .filter((f) => SOURCE_FILE.test(f) && !f.endsWith('.d.ts'))
      .map((f) => join(dir, f).split('\\').join('/')),
  ).sort();
}

/** Blanks comments out but keeps line breaks, so line numbers stay true. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\w])\/\/.*$/gm, '$1');
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(ROOT, dirname(from), specifier.replace(/\?.*$/, ''));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  return found && relative(ROOT, found).split('\\').join('/');
}

function importsOf(file: string, text: string, resolveSpecifier = resolveImport): { edges: Edge[]; unresolved: Edge[] } {
  const code = withoutComments(text);
  const edges: Edge[] = [];
  const unresolved: Edge[] = [];
  for (const match of code.matchAll(IMPORT)) {
    const specifier = (match[2] ?? match[3])!;
    const line = code.slice(0, match.index).split('\n').length;
    const typeOnly = match[1] !== undefined;
    const to = resolveSpecifier(file, specifier);
    if (to) edges.push({ from: file, to, line, typeOnly });
    else unresolved.push({ from: file, to: specifier, line, typeOnly });
  }
  return { edges, unresolved };
}

function buildGraph(): ImportGraph {
  const files = sourceFiles();
  const graph: ImportGraph = { files, edges: [], assets: [], unresolved: [] };
  for (const file of files) {
    const { edges, unresolved } = importsOf(file, readFileSync(join(ROOT, file), 'utf8'));
    for (const edge of edges) (SOURCE_FILE.test(edge.to) ? graph.edges : graph.assets).push(edge);
    graph.unresolved.push(...unresolved);
  }
  return graph;
}

function adjacency(edges: Edge[]): Adjacency {
  const out: Adjacency = new Map();
  for (const edge of edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  return out;
}

/** Strongly connected components with more than one node, or with an edge to themselves (Tarjan). */
function cyclicComponents(nodes: string[], out: Adjacency): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const { to } of out.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (out.get(node) ?? []).some((e) => e.to === node)) components.push(component.sort());
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return components;
}

/** One cycle through `start` inside its component, as the edges walked (breadth-first, so a shortest one). */
function cycleThrough(start: string, component: string[], out: Adjacency): Edge[] {
  const inside = new Set(component);
  const via = new Map<string, Edge>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const edge of out.get(node) ?? []) {
      if (!inside.has(edge.to) || via.has(edge.to)) continue;
      via.set(edge.to, edge);
      if (edge.to === start) {
        const path: Edge[] = [];
        for (let step: Edge | undefined = edge; step; step = step.from === start ? undefined : via.get(step.from)) path.unshift(step);
        return path;
      }
      queue.push(edge.to);
    }
  }
  return [];
}

const describeEdge = (e: Edge) => `  ${e.from}:${e.line} → ${e.to}${e.typeOnly ? ' (type only)' : ''}`;

function fileCycles(graph: ImportGraph): string[] {
  const out = adjacency(graph.edges);
  return cyclicComponents(graph.files, out).map((component) => {
    const cycle = cycleThrough(component[0]!, component, out);
    return [`${component.length} files import each other: ${component.join(', ')}`, 'for example:', ...cycle.map(describeEdge)].join('\n');
  });
}

/** `lib/formats/ob2/signed.ts` → `lib/formats`: the folders directly under lib/. */
const libFolderOf = (file: string): string | undefined => /^(lib\/[^/]+)\//.exec(file)?.[1];

function folderEdges(edges: Edge[]): Edge[] {
  const seen = new Map<string, Edge>();
  for (const edge of edges) {
    const from = libFolderOf(edge.from);
    const to = libFolderOf(edge.to);
    if (!from || !to || from === to || seen.has(`${from} ${to}`)) continue;
    seen.set(`${from} ${to}`, { ...edge, from, to, line: 0 });
  }
  return [...seen.values()];
}

/** Each cycle of lib/ folders, with every folder-to-folder import inside it and one file import for each. */
function folderCycles(graph: ImportGraph): string[] {
  const example = new Map<string, Edge>();
  for (const edge of graph.edges) {
    const key = `${libFolderOf(edge.from)} ${libFolderOf(edge.to)}`;
    const known = example.get(key);
    if (!known || (known.typeOnly && !edge.typeOnly)) example.set(key, edge);
  }
  const edges = folderEdges(graph.edges);
  const folders = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
  return cyclicComponents(folders, adjacency(edges)).map((component) => {
    const inside = edges.filter((e) => component.includes(e.from) && component.includes(e.to));
    const steps = inside.map((step) => `  ${step.from} → ${step.to}, e.g.\n  ${describeEdge(example.get(`${step.from} ${step.to}`)!)}`);
    return [`lib/ folders that import each other: ${component.join(', ')}`, ...steps].join('\n');
  });
}

const graph = buildGraph();

describe('the import graph', () => {
  it('is read from every source file, and every relative import resolves', () => {
    expect(graph.files.length).toBeGreaterThan(100);
    expect(graph.files).toContain('lib/verify/pipeline.ts');
    expect(graph.edges.some((e) => e.from === 'lib/verify/pipeline.ts' && e.to === 'lib/formats/index.ts')).toBe(true);
    expect(graph.edges.some((e) => e.from.startsWith('entrypoints/') && e.to.startsWith('components/'))).toBe(true);
    expect(graph.unresolved.map(describeEdge)).toEqual([]);
  });

  it('has no file-level import cycle', () => {
    expect(fileCycles(graph).join('\n\n')).toBe('');
  });

  it('has no cycle between the folders of lib/', () => {
    expect(folderCycles(graph).join('\n\n')).toBe('');
  });

  it('lib/ imports nothing outside lib/', () => {
    const outside = [...graph.edges, ...graph.assets].filter((e) => e.from.startsWith('lib/') && !e.to.startsWith('lib/'));
    expect(outside.map(describeEdge)).toEqual([]);
  });
});

describe('the graph tools', () => {
  const edge = (from: string, to: string, typeOnly = false): Edge => ({ from, to, line: 1, typeOnly });

  it('reads static, type-only, re-export, side-effect and dynamic imports, and skips comments and packages', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "export * from './d';",
      "import './e.css';",
      'const f = await import("./f");',
      "import {\n  g,\n  h,\n} from './gh';",
      "// import { x } from './commented';",
      "/* import { y } from './block'; */",
      "import { z } from 'zod/mini';",
      "const url = 'https://example.org/x'; // from './trailing'",
    ].join('\n');
    const { edges } = importsOf('lib/x/file.ts', text, (_from, specifier) => specifier);
    expect(edges.map((e) => [e.to, e.line, e.typeOnly])).toEqual([
      ['./a', 1, false],
      ['../b', 2, true],
      ['./c', 3, false],
      ['./d', 4, false],
      ['./e.css', 5, false],
      ['./f', 6, false],
      ['./gh', 7, false],
    ]);
  });

  it('finds a cycle, its files and the edges that close it', () => {
    const edges = [edge('a', 'b'), edge('b', 'c', true), edge('c', 'a'), edge('c', 'd'), edge('d', 'd'), edge('e', 'a')];
    const out = adjacency(edges);
    expect(cyclicComponents(['a', 'b', 'c', 'd', 'e'], out)).toEqual([['d'], ['a', 'b', 'c']]);
    expect(cycleThrough('a', ['a', 'b', 'c'], out).map((e) => `${e.from}>${e.to}`)).toEqual(['a>b', 'b>c', 'c>a']);
    expect(cyclicComponents(['a', 'b'], adjacency([edge('a', 'b')]))).toEqual([]);
  });

  it('lifts file edges to lib/ folders, once per pair', () => {
    const edges = [
      edge('lib/core/session.ts', 'lib/proofs/types.ts', true),
      edge('lib/core/ports.ts', 'lib/proofs/hash.ts'),
      edge('lib/proofs/suites.ts', 'lib/core/session.ts'),
      edge('lib/proofs/a.ts', 'lib/proofs/b.ts'),
      edge('components/x.ts', 'lib/core/ports.ts'),
    ];
    expect(folderEdges(edges).map((e) => `${e.from}>${e.to}`)).toEqual(['lib/core>lib/proofs', 'lib/proofs>lib/core']);
    expect(cyclicComponents(['lib/core', 'lib/proofs'], adjacency(folderEdges(edges)))).toEqual([['lib/core', 'lib/proofs']]);
  });
});
