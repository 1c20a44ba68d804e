import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { importProblem, layerOf } from '../eslint/layers.js';
import {
  countCrossFeatureImports,
  findCycles,
  layerProblems,
  readImportGraph,
  type ImportGraph,
} from './importGraph.ts';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe('the import graph of src/', () => {
  const graph = readImportGraph(root);

  it('reads the modules and their relative imports', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('src/main.tsx')).toContain('src/app/App.tsx');
  });

  it('has no import cycle', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('has no import from one feature into another', () => {
    expect(countCrossFeatureImports(graph)).toEqual({ statements: 0, files: 0, pairs: [] });
  });

  it('keeps every import within the layers', () => {
    expect(layerProblems(graph)).toEqual([]);
  });
});

describe('findCycles', () => {
  it('finds none in a graph without cycles', () => {
    expect(findCycles(graphOf({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('finds a pair importing each other, a longer loop and a module importing itself', () => {
    const cycles = findCycles(
      graphOf({ a: ['b'], b: ['a'], c: ['d'], d: ['e'], e: ['c', 'a'], f: ['f'], g: ['a'] }),
    );
    expect(cycles.map((cycle) => cycle.join(' ')).sort()).toEqual(['a b', 'c d e', 'f']);
  });

  describe('on files written to disk', () => {
    let dir: string | null = null;
    afterEach(() => {
      if (dir !== null) rmSync(dir, { recursive: true, force: true });
      dir = null;
    });

    it('fails the moment a cycle is introduced, through type-only and dynamic imports too', () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'import-graph-'));
      const write = (file: string, text: string) => {
        mkdirSync(path.join(dir ?? '', path.dirname(file)), { recursive: true });
        writeFileSync(path.join(dir ?? '', file), text);
      };
      write('src/sync/a.ts', "import type { B } from './b.ts';\nexport type A = B;\n");
      write('src/sync/b.ts', "export type B = number;\n// import { a } from './a.ts';\n");
      write('src/sync/c.ts', "export const c = () => import('./d');\n");
      write('src/sync/d.ts', "import { a } from './a.ts';\nexport const d = a;\n");
      expect(findCycles(readImportGraph(dir))).toEqual([]);

      write('src/sync/b.ts', "import type { A } from './a.ts';\nexport type B = A;\n");
      write('src/sync/d.ts', "import { c } from './c.ts';\nexport const d = c;\n");
      expect(
        findCycles(readImportGraph(dir))
          .map((cycle) => cycle.join(' '))
          .sort(),
      ).toEqual(['src/sync/a.ts src/sync/b.ts', 'src/sync/c.ts src/sync/d.ts']);
    });
  });
});

describe('countCrossFeatureImports', () => {
  it('counts statements, files and pairs from one feature into another', () => {
    const graph = graphOf({
      'src/features/events/List.tsx': [
        'src/features/events/Row.tsx',
        'src/features/history/Badge.tsx',
        'src/features/watchlist/Star.tsx',
        'src/ui/events/EventDate.tsx',
      ],
      'src/features/history/Page.tsx': ['src/features/events/Row.tsx'],
      'src/app/routes/Route.tsx': ['src/features/events/List.tsx', 'src/features/history/Page.tsx'],
    });
    expect(countCrossFeatureImports(graph)).toEqual({
      statements: 3,
      files: 2,
      pairs: ['events → history', 'events → watchlist', 'history → events'],
    });
  });
});

describe('importProblem (the rule behind rendezvous/layers)', () => {
  it('places each folder of src/ in its layer', () => {
    expect(layerOf('src/lib/useNow.ts')).toBe('lib');
    expect(layerOf('src/sync/worker/syncWorker.ts')).toBe('sync');
    expect(layerOf('src/features/events/components/EventRow.tsx')).toBe('features');
    expect(layerOf('src/main.tsx')).toBe('app');
    expect(layerOf('e2e/events-list.spec.ts')).toBeNull();
  });

  it('lets a module import its own layer and lower ones', () => {
    expect(importProblem('src/ui/events/EventRow.tsx', 'src/domain/live.ts')).toBeNull();
    expect(importProblem('src/sync/runSync.ts', 'src/db/eventWrites.ts')).toBeNull();
    expect(importProblem('src/app/App.tsx', 'src/features/source/SourceProvider.tsx')).toBeNull();
    expect(importProblem('src/features/events/a.ts', 'src/features/events/b.ts')).toBeNull();
  });

  it('refuses a lower layer importing a higher one', () => {
    expect(importProblem('src/db/eventWrites.ts', 'src/sync/runSync.ts')).toMatch(
      /src\/db may not import src\/sync/,
    );
    expect(importProblem('src/ui/events/EventRow.tsx', 'src/features/events/a.ts')).toMatch(
      /src\/ui may not import src\/features/,
    );
    expect(importProblem('src/features/events/a.tsx', 'src/ui/NotFoundPage.tsx')).toBeNull();
    expect(importProblem('src/features/events/a.tsx', 'src/app/NotFoundPage.tsx')).toMatch(
      /src\/features may not import src\/app/,
    );
  });

  it('refuses one feature importing another, tests included', () => {
    expect(importProblem('src/features/events/a.tsx', 'src/features/history/b.tsx')).toMatch(
      /features\/events may not import features\/history/,
    );
    expect(importProblem('src/features/events/a.test.tsx', 'src/features/history/b.tsx')).toMatch(
      /may not import/,
    );
  });

  it("lets a test use the app's renderers, and nothing else of the app", () => {
    const test = 'src/features/sync/components/SyncStatus.test.tsx';
    expect(importProblem(test, 'src/app/testing/renderWithSource.tsx')).toBeNull();
    expect(importProblem(test, 'src/app/App.tsx')).toMatch(/may not import src\/app/);
    expect(
      importProblem('src/features/sync/components/SyncStatus.tsx', 'src/app/testing/x.tsx'),
    ).toMatch(/may not import src\/app/);
  });
});
