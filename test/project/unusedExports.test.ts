/**
 * CI's unused-export check (`npm run check:exports`, a step in .ci/run) run as CI runs it, with
 * its own flags from package.json, on a small project given a deliberately unused export.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const root = join(__dirname, '..', '..');
const script: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts['check:exports'];

/** The check's exit code and report on a project made of `files`. */
function check(files: Record<string, string>): { code: number | null; report: string } {
  const dir = mkdtempSync(join(tmpdir(), 'unused-exports-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true }, include: ['*.ts'] }));
    // The script as package.json has it, pointed at the small project's tsconfig.
    const [command, ...args] = script.replace('tsconfig.json', join(dir, 'tsconfig.json')).split(' ');
    expect(command).toBe('ts-unused-exports');
    const run = spawnSync(
      join(root, 'node_modules/.bin/ts-unused-exports'),
      args.map((a) => a.replace(/'/g, '')),
      { cwd: root, encoding: 'utf8' },
    );
    return { code: run.status, report: run.stdout + run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const used = "import { area } from './shapes';\nexport const main = (): number => area(2);\n";

test('a deliberately unused export fails the check, and the report names it', () => {
  const { code, report } = check({
    'shapes.ts':
      'export const area = (r: number): number => 3 * r * r;\nexport const perimeter = (r: number): number => 6 * r;\n',
    'main.ts': used,
    'index.ts': "import { main } from './main';\nconsole.log(main());\n",
  });
  expect(code).not.toBe(0);
  expect(report).toContain('perimeter');
  expect(report).not.toContain('area');
});

test('a barrel line nobody imports through fails it too', () => {
  const { code, report } = check({
    'shapes.ts': 'export const area = (r: number): number => 3 * r * r;\n',
    'barrel.ts': "export { area } from './shapes';\n",
    'main.ts': used,
    'index.ts': "import { main } from './main';\nconsole.log(main());\n",
  });
  expect(code).not.toBe(0);
  expect(report).toMatch(/barrel\.ts: area/);
});

test('the same project with every export used passes', () => {
  const { code } = check({
    'shapes.ts': 'export const area = (r: number): number => 3 * r * r;\n',
    'main.ts': used,
    'index.ts': "import { main } from './main';\nconsole.log(main());\n",
  });
  expect(code).toBe(0);
});
