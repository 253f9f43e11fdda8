#!/usr/bin/env node
import { mkdirSync, renameSync, existsSync } from 'fs';
import { userInfo } from 'os';
import { dirname, join, resolve } from 'path';
import { parseArgs } from 'util';
import { recalculate } from '../app/recalculate';
import { buildKentWorkbook } from '../example/kentExample';
import { ExcelJsGateway } from '../gateways/exceljs';
import { issueLines, outputLines, summaryLines } from './report';

export const EXIT = { ok: 0, inputErrors: 1, usage: 2, fileProblem: 3 } as const;

const USAGE = `Usage:
  scorecard recalc <workbook.xlsx> [-o <output.xlsx>] [--check]
      Recalculates the scorecard in a workbook and writes the Scorecard, Summary and Run log sheets.
      Without -o the result goes to <workbook>-scorecard.xlsx; the input file is not changed.
      --check  validate and calculate only; write nothing.
  scorecard example [-o <output.xlsx>]
      Writes the bundled Kent April 2017 example workbook (the input, before recalculation).
  scorecard demo [--out-dir <folder>]
      Builds the Kent example and recalculates it (what "npm run demo" does).

Exit codes: 0 done; 1 the workbook has errors to fix (listed); 2 wrong usage; 3 a file could not be read or written.`;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

class FileProblem extends Error {}

async function saveAtomically(gateway: ExcelJsGateway, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await gateway.workbook.xlsx.writeFile(temp);
    renameSync(temp, path);
  } catch (error) {
    throw new FileProblem(`Could not write ${path}: ${(error as Error).message}`);
  }
}

async function open(path: string): Promise<ExcelJsGateway> {
  if (!existsSync(path)) throw new FileProblem(`There is no file ${path}.`);
  try {
    return await ExcelJsGateway.fromFile(path);
  } catch (error) {
    throw new FileProblem(`Could not read ${path} as an .xlsx workbook: ${(error as Error).message}`);
  }
}

/** Who runs the CLI, for the run log: the login name, where the system tells. */
function runBy(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}

export function defaultOutput(input: string): string {
  return input.replace(/(\.xlsx)?$/i, '-scorecard.xlsx');
}

async function recalcFile(input: string, output: string | undefined, checkOnly: boolean, io: Io): Promise<number> {
  const gateway = await open(input);
  const outcome = await recalculate(gateway, { checkOnly, user: runBy() });
  for (const line of issueLines(outcome.issues)) (line.startsWith('Error') ? io.err : io.out)(line);
  if (!outcome.ok) {
    io.err(
      `Nothing was written: fix the ${outcome.issues.filter((i) => i.severity === 'error').length} error(s) above and run again.`,
    );
    return EXIT.inputErrors;
  }
  const { results, summary } = outcome;
  for (const line of summaryLines(results.title, results.areas[0], results.month, summary)) io.out(line);
  for (const line of outputLines(results, outcome.plan, !checkOnly)) io.out(line);
  if (!checkOnly) {
    const target = output ?? defaultOutput(input);
    await saveAtomically(gateway, target);
    io.out(`Written: ${target}`);
  }
  return EXIT.ok;
}

export async function main(argv: string[], io: Io = consoleIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        check: { type: 'boolean' },
        'out-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  try {
    switch (command) {
      case 'recalc':
        if (rest.length !== 1) break;
        return await recalcFile(resolve(rest[0]), values.output && resolve(values.output), Boolean(values.check), io);
      case 'example': {
        const target = resolve(values.output ?? 'kent-2017-04.xlsx');
        await saveAtomically(new ExcelJsGateway(buildKentWorkbook()), target);
        io.out(`Written: ${target}`);
        return EXIT.ok;
      }
      case 'demo': {
        const dir = resolve(values['out-dir'] ?? 'out');
        const input = join(dir, 'kent-2017-04.xlsx');
        await saveAtomically(new ExcelJsGateway(buildKentWorkbook()), input);
        io.out(`Example workbook: ${input}`);
        return await recalcFile(input, join(dir, 'kent-2017-04-scorecard.xlsx'), false, io);
      }
    }
  } catch (error) {
    if (error instanceof FileProblem) {
      io.err(error.message);
      return EXIT.fileProblem;
    }
    throw error;
  }
  io.err(USAGE);
  return EXIT.usage;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`Unexpected failure: ${error instanceof Error ? error.stack : String(error)}`);
      process.exit(4);
    },
  );
}
