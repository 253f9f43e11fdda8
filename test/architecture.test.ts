/**
 * The layers are kept by the build, not by memory: lint fails a wrong-direction import
 * (eslint.config.mjs). These checks feed the real lint configuration deliberate wrong imports.
 */
import { spawnSync } from 'child_process';
import { join } from 'path';

const root = join(__dirname, '..');

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
  ['src/engine/x.ts', 'export const x = () => Excel.run;\n'],
])(
  '%s: a wrong-direction import or an Office global fails lint',
  async (file, code) => {
    expect((await problems(file, code)).length).toBeGreaterThan(0);
  },
  30_000,
);

test.each([
  ['src/plan/x.ts', "import { monthLabel } from '../engine';\nexport const x = monthLabel;\n"],
  ['src/taskpane/x.ts', "import { OfficeJsGateway } from '../gateways/officejs';\nexport const x = OfficeJsGateway;\n"],
])(
  '%s: an import in the right direction passes',
  async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  },
  30_000,
);
