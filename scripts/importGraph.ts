import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { featureOf, importProblem } from '../eslint/layers.js';

/**
 * The import graph of `src/`: every module and the modules it imports by a relative specifier
 * (static, type-only, re-export and dynamic imports alike, read by TypeScript's own pre-processor,
 * so comments and strings never count). Paths are relative to the root, with `/` separators.
 */
export type ImportGraph = Map<string, string[]>;

const sourceExtensions = ['.ts', '.tsx'];

function listSourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return listSourceFiles(full);
    return sourceExtensions.includes(path.extname(name)) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolveRelative(fromFile: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [base, ...sourceExtensions.map((ext) => base + ext)]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not this candidate; try the next extension.
    }
  }
  return null;
}

/** Reads every `.ts`/`.tsx` file under `root/folder` and the relative imports between them. */
export function readImportGraph(root: string, folder = 'src'): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of listSourceFiles(path.join(root, folder))) {
    const imported = ts
      .preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.map((ref) => ref.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveRelative(file, specifier))
      .filter((resolved): resolved is string => resolved !== null)
      .map((resolved) => toPosix(path.relative(root, resolved)));
    graph.set(toPosix(path.relative(root, file)), imported);
  }
  return graph;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Every import cycle, as the strongly connected components of more than one module (or a module
 * importing itself), each sorted, found by Tarjan's algorithm.
 */
export function findCycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfImport = (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || selfImport) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

export interface CrossFeatureImports {
  /** Import statements from one feature folder into another (each `from '…'` counts once). */
  statements: number;
  /** Modules holding at least one such import. */
  files: number;
  /** Distinct feature pairs, `from → to`. */
  pairs: string[];
}

/** Counts the imports from one feature folder into another, the mesh decision 015 forbids. */
export function countCrossFeatureImports(graph: ImportGraph): CrossFeatureImports {
  let statements = 0;
  const files = new Set<string>();
  const pairs = new Set<string>();
  for (const [file, imports] of graph) {
    const from = featureOf(file);
    if (from === null) continue;
    for (const target of imports) {
      const to = featureOf(target);
      if (to === null || to === from) continue;
      statements += 1;
      files.add(file);
      pairs.add(`${from} → ${to}`);
    }
  }
  return { statements, files: files.size, pairs: [...pairs].sort() };
}

/** Every import the layer rules forbid (eslint/layers.js), as `from → to: why`. */
export function layerProblems(graph: ImportGraph): string[] {
  const problems: string[] = [];
  for (const [file, imports] of graph) {
    for (const target of imports) {
      const problem = importProblem(file, target);
      if (problem !== null) problems.push(`${file} → ${target}: ${problem}`);
    }
  }
  return problems;
}
