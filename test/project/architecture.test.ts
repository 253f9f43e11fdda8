/**
 * The layers are kept by the build, not by memory: lint fails a wrong-direction import
 * (eslint.config.mjs). These checks feed the real lint configuration deliberate wrong imports.
 */
import { spawnSync } from 'child_process';
import { readdirSync, readFileSync } from 'fs';
import { join, relative, resolve, sep } from 'path';

const root = join(__dirname, '..', '..');

/** The project's own lint, run as CI runs it, on code given as if it were `file`. */
async function problems(file: string, code: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file, '--format', 'json'],
    {
      cwd: root,
      input: code,
      encoding: 'utf8',
    },
  );
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  if (!result) throw new Error(`lint gave no result: ${run.stderr}`);
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

test.each([
  ['src/engine/x.ts', "import { planWorkbook } from '../plan';\nexport const x = planWorkbook;\n"],
  ['src/engine/x.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n"],
  ['src/plan/x.ts', "import { ExcelJsGateway } from '../gateways/exceljs';\nexport const x = ExcelJsGateway;\n"],
  ['src/gateways/officejs/x.ts', "import { recalculate } from '../../app/recalculate';\nexport const x = recalculate;\n"],
  ['src/taskpane/x.ts', "import { readListing } from '../gateways/officejs/listing';\nexport const x = readListing;\n"],
  ['src/taskpane/x.ts', "import { OfficeJsGateway } from '../gateways/officejs';\nexport const x = OfficeJsGateway;\n"],
  ['src/taskpane/x.ts', "import { recalculate } from '../app/recalculate';\nexport const x = recalculate;\n"],
  ['src/taskpane/x.ts', "import { registerCommands } from '../commands/commands';\nexport const x = registerCommands;\n"],
  ['src/commands/x.ts', "import { App } from '../taskpane/App';\nexport const x = App;\n"],
  ['src/session/x.ts', "import { App } from '../taskpane/App';\nexport const x = App;\n"],
  ['src/session/x.ts', "import { registerCommands } from '../commands/commands';\nexport const x = registerCommands;\n"],
  ['src/session/x.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
  ['src/session/x.ts', "import { readListing } from '../gateways/officejs/listing';\nexport const x = readListing;\n"],
  ['src/app/x.ts', "import { store } from '../session/store';\nexport const x = store;\n"],
  ['src/cli/x.ts', "import { store } from '../session/store';\nexport const x = store;\n"],
  ['src/engine/x.ts', 'export const x = () => Excel.run;\n'],
  ['src/session/x.ts', 'export const x = () => Excel.run;\n'],
])(
  '%s: a wrong-direction import or an Office global fails lint',
  async (file, code) => {
    expect((await problems(file, code)).length).toBeGreaterThan(0);
  },
  30_000,
);

test.each([
  ['src/plan/x.ts', "import { monthLabel } from '../engine';\nexport const x = monthLabel;\n"],
  ['src/taskpane/x.ts', "import { ScorecardService } from '../session/service';\nexport const x = ScorecardService;\n"],
  ['src/taskpane/x.ts', "import { App } from './App';\nexport const x = App;\n"],
  ['src/commands/x.ts', "import { sharedService } from '../session/shared';\nexport const x = sharedService;\n"],
  ['src/session/x.ts', "import { OfficeJsGateway } from '../gateways/officejs';\nexport const x = OfficeJsGateway;\n"],
])(
  '%s: an import in the right direction passes',
  async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  },
  30_000,
);

/** The top-level folder under src/ of every relative import in src/, by importing folder. */
function folderImports(): Map<string, Set<string>> {
  const src = join(root, 'src');
  const graph = new Map<string, Set<string>>();
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.tsx?$/.test(entry.name)) {
        const from = relative(src, path).split(sep)[0] ?? '';
        for (const [, spec] of readFileSync(path, 'utf8').matchAll(/from '(\.[^']*)'/g)) {
          const to = relative(src, resolve(dir, spec ?? '')).split(sep)[0] ?? '';
          if (to !== from && !to.startsWith('..')) graph.set(from, (graph.get(from) ?? new Set()).add(to));
        }
      }
    }
  };
  visit(src);
  return graph;
}

/** A cycle among the folders, as a path, or undefined when there is none. */
function cycleIn(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const walk = (node: string, path: string[]): string[] | undefined => {
    if (state.get(node) === 'open') return [...path, node];
    if (state.get(node) === 'done') return undefined;
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) {
      const found = walk(next, [...path, node]);
      if (found) return found;
    }
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const found = walk(node, []);
    if (found) return found;
  }
  return undefined;
}

test('the folders of src/ import one another without a cycle (the pane and the ribbon meet in session)', () => {
  const graph = folderImports();
  expect(graph.get('commands')).toEqual(new Set(['session']));
  expect(graph.get('taskpane')?.has('commands')).toBe(false);
  expect(cycleIn(graph)).toBeUndefined();
});

test('the cycle check finds a cycle when there is one', () => {
  const graph = new Map([
    ['taskpane', new Set(['commands'])],
    ['commands', new Set(['session', 'taskpane'])],
  ]);
  expect(cycleIn(graph)).toEqual(['taskpane', 'commands', 'taskpane']);
});
