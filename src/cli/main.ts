#!/usr/bin/env node
import { existsSync, statSync } from 'fs';
import { userInfo } from 'os';
import { join, resolve } from 'path';
import { parseArgs } from 'util';
import { recalculate } from '../app/recalculate';
import type { Failure } from '../engine';
import { asFailure, FileProblem, unhandled } from '../engine';
import { FileGateway } from '../gateways/exceljs/fileGateway';
import type { SavedFile } from './files';
import { checkOutput, saveAtomically, sameFile, UsageProblem } from './files';
import { collectBetweenSteps } from './memory';
import { issueLines, outputLines, summaryLines } from './report';
import { OUTPUT_SHEET_NAMES } from '../plan';

export const EXIT = { ok: 0, inputErrors: 1, usage: 2, fileProblem: 3 } as const;

/** The output sheets a run may write, from the plan's own names (an area's scorecard per area). */
function outputSheetList(): string {
  return [...Object.values(OUTPUT_SHEET_NAMES), '"Scorecard - <area>" for each area'].join(', ');
}

const USAGE = `Usage:
  scorecard recalc <workbook.xlsx> [-o <output.xlsx>] [--in-place] [--check]
      Recalculates the scorecard in a workbook and writes the output sheets it needs, of these:
      ${outputSheetList()}.
      Only those sheets are written; every other part of the workbook is kept as it was.
      Without -o the result goes to <workbook>-scorecard.xlsx; the input file is not changed.
      --in-place  write the output sheets into the input file itself (never done otherwise).
      --check     validate and calculate only; write nothing.
  scorecard example [-o <output.xlsx>]
      Writes the bundled Kent April 2017 example workbook (the input, before recalculation).
  scorecard demo [--out-dir <folder>]
      Builds the Kent example and the Northbrook monthly return, and recalculates both (what "npm run demo" does).

Exit codes: 0 done; 1 the workbook has errors to fix (listed); 2 wrong usage; 3 a file could not be read or written;
4 a fault of the add-in's own (please report it).`;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** How a run treats its process: the CLI's own process collects its heap between steps (memory.ts); a caller's is left alone. */
interface RunOptions {
  collectBetweenSteps?: boolean;
}

async function open(path: string): Promise<FileGateway> {
  if (!existsSync(path)) throw new FileProblem(`There is no file ${path}.`);
  if (statSync(path).isDirectory()) throw new FileProblem(`${path} is a folder, not a workbook file.`);
  try {
    return await FileGateway.fromFile(path);
  } catch (error) {
    // A damaged or wrong file says so in its own words (WorkbookFileError is a FileProblem).
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(`Could not read ${path}: ${(error as Error).message}`);
  }
}

function writtenLine(target: string, saved: SavedFile): string {
  return `Written: ${target}${saved.createdFolder ? ` (made the folder ${saved.createdFolder})` : ''}`;
}

/** Who runs the CLI, for the run log: the login name, where the system tells. */
function runBy(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}

function defaultOutput(input: string): string {
  return input.replace(/(\.xlsx)?$/i, '-scorecard.xlsx');
}

interface RecalcRequest {
  input: string;
  output?: string;
  inPlace: boolean;
  checkOnly: boolean;
}

/** Where a recalculation writes; refused before any work when it would be the input unasked. */
function outputOf({ input, output, inPlace }: RecalcRequest): string {
  if (inPlace && output && !sameFile(input, output)) {
    throw new UsageProblem(`--in-place writes into the input file ${input}: leave out -o, or leave out --in-place.`);
  }
  const target = output ?? (inPlace ? input : defaultOutput(input));
  checkOutput(input, target, inPlace);
  return target;
}

/**
 * Reads, checks and calculates, then saves; the counts are printed only once the file is saved,
 * so a run that fails at the last step never looks as if it worked.
 */
async function recalcFile(request: RecalcRequest, io: Io, options: RunOptions = {}): Promise<number> {
  const target = request.checkOnly ? undefined : outputOf(request);
  const gateway = await open(request.input);
  const refuseInPlace = (): void => {
    if (!target || gateway.notKept.length === 0 || !sameFile(request.input, target)) return;
    throw new FileProblem(
      `${request.input} was not changed: it holds ${gateway.notKept.join('; and ')}, and writing it in place would lose them. Give -o another file instead of --in-place.`,
    );
  };
  const onStep = options.collectBetweenSteps ? collectBetweenSteps() : undefined;
  const outcome = await recalculate(gateway, { checkOnly: request.checkOnly, user: runBy(), onStep });
  // What a copy would leave out is known once the output is laid out, before anything is saved.
  refuseInPlace();
  if (!outcome.ok) {
    for (const line of issueLines(outcome.issues)) (line.startsWith('Error') ? io.err : io.out)(line);
    io.err(
      `Nothing was written: fix the ${outcome.issues.filter((i) => i.severity === 'error').length} error(s) above and run again.`,
    );
    return EXIT.inputErrors;
  }
  const { results, summary } = outcome;
  const report = [
    ...gateway.notKept.map((what) => `Warning: the written copy leaves out ${what}; they are still in ${request.input}.`),
    ...gateway.notices.map((notice) => `Warning: ${notice}`),
    ...issueLines(outcome.issues),
    ...summaryLines(results.title, results.areas[0] ?? '', results.month, summary),
    ...outputLines(results, outcome.plan, Boolean(target)),
  ];
  if (target) report.push(writtenLine(target, await saveAtomically(gateway, target)));
  for (const line of report) io.out(line);
  return EXIT.ok;
}

export async function main(argv: string[], io: Io = consoleIo, options: RunOptions = {}): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        check: { type: 'boolean' },
        'in-place': { type: 'boolean' },
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
        if (rest.length !== 1 || rest[0] === undefined) break;
        return await recalcFile(
          {
            input: resolve(rest[0]),
            output: values.output && resolve(values.output),
            inPlace: Boolean(values['in-place']),
            checkOnly: Boolean(values.check),
          },
          io,
          options,
        );
      case 'example': {
        // The examples are built with ExcelJS, loaded only for these commands: a recalculation never needs it.
        const { buildKentWorkbook } = await import('../example/kentExample');
        const target = resolve(values.output ?? 'kent-2017-04.xlsx');
        if (!/\.xlsx$/i.test(target)) throw new UsageProblem(`The output ${target} must be an .xlsx file.`);
        io.out(writtenLine(target, await saveAtomically(buildKentWorkbook(), target)));
        return EXIT.ok;
      }
      case 'demo': {
        const { buildKentWorkbook } = await import('../example/kentExample');
        const { buildMonthlyReturnWorkbook } = await import('../example/monthlyReturnExample');
        const dir = resolve(values['out-dir'] ?? 'out');
        const input = join(dir, 'kent-2017-04.xlsx');
        await saveAtomically(buildKentWorkbook(), input);
        io.out(`Example workbook: ${input}`);
        const kent = await recalcFile(
          { input, output: join(dir, 'kent-2017-04-scorecard.xlsx'), inPlace: false, checkOnly: false },
          io,
        );
        if (kent !== EXIT.ok) return kent;
        // The second example: a monthly return read in place (months down the rows, localities across).
        const monthly = join(dir, 'northbrook-monthly-return.xlsx');
        await saveAtomically(buildMonthlyReturnWorkbook(), monthly);
        io.out('');
        io.out(`Example workbook: ${monthly}`);
        return await recalcFile(
          { input: monthly, output: join(dir, 'northbrook-monthly-return-scorecard.xlsx'), inPlace: false, checkOnly: false },
          io,
        );
      }
    }
  } catch (error) {
    if (error instanceof UsageProblem) {
      io.err(error.message);
      return EXIT.usage;
    }
    return failed(asFailure(error), io);
  }
  io.err(USAGE);
  return EXIT.usage;
}

/** A run that threw, by kind: the analyst's problems (exit 1), a file (exit 3), or a fault of ours (exit 4). */
function failed(failure: Failure, io: Io): number {
  switch (failure.category) {
    case 'input':
      for (const line of issueLines(failure.issues)) io.err(line);
      io.err('Nothing was written: fix the error(s) above and run again.');
      return EXIT.inputErrors;
    case 'file':
      io.err(failure.message);
      return EXIT.fileProblem;
    case 'invariant':
      throw failure.detail ?? failure;
    default:
      return unhandled(failure);
  }
}

if (require.main === module) {
  main(process.argv.slice(2), consoleIo, { collectBetweenSteps: true }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`Unexpected failure: ${error instanceof Error ? error.stack : String(error)}`);
      process.exit(4);
    },
  );
}
