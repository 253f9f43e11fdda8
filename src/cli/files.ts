import { existsSync, mkdirSync, realpathSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'fs';
import { basename, dirname, join, relative } from 'path';
import type ExcelJS from 'exceljs';
import { FileProblem } from '../engine';
import { writeXlsxFile } from '../gateways/exceljs/save';

/** A request the CLI refuses before doing any work (exit 2). */
export class UsageProblem extends Error {}

/** The same file, even when reached by another path (a link, `..`, a different case on some systems). */
export function sameFile(a: string, b: string): boolean {
  if (!existsSync(a) || !existsSync(b)) return a === b;
  const [sa, sb] = [statSync(a), statSync(b)];
  if (sa.ino !== 0 && sa.ino === sb.ino && sa.dev === sb.dev) return true;
  return realpathSync.native(a) === realpathSync.native(b);
}

/**
 * Where a recalculation may write: never over its input unless asked (`inPlace`), only to an
 * .xlsx name, and never silently over a read-only file or a folder. Checked before any work.
 */
export function checkOutput(input: string, output: string, inPlace: boolean): void {
  if (sameFile(input, output) && !inPlace) {
    throw new UsageProblem(
      `The output ${output} is the input file itself. The scorecard does not overwrite its input unless asked: ` +
        `give another -o, or add --in-place to write the output sheets into ${basename(input)}.`,
    );
  }
  if (!/\.xlsx$/i.test(output)) {
    throw new UsageProblem(`The output ${output} must be an .xlsx file: give -o a name ending in .xlsx.`);
  }
  checkWritable(output);
}

/** Refuses an output that is a folder or an existing read-only file. */
function checkWritable(output: string): void {
  if (!existsSync(output)) return;
  const stat = statSync(output);
  if (stat.isDirectory()) throw new FileProblem(`The output ${output} is a folder: give -o a file name ending in .xlsx.`);
  // Permission bits rather than access(): an administrator may write anything, but a file marked
  // read-only was marked so on purpose and is not replaced.
  if ((stat.mode & 0o222) === 0) {
    throw new FileProblem(`The output ${output} is read-only, so it was not replaced: make it writable, or give another -o.`);
  }
}

/** Makes the output's folder if missing; returns the topmost folder made, to undo on failure. */
function makeFolder(folder: string): string | undefined {
  try {
    return mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new FileProblem(`Could not create the folder ${folder} for the output: ${(error as Error).message}`);
  }
}

/** Removes the folders makeFolder made, deepest first, where they are still empty. */
function removeFolders(top: string, deepest: string): void {
  for (let dir = deepest; ; dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
    if (dir === top || relative(top, dir).startsWith('..')) return;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function replaceMessage(target: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'EBUSY' || error.code === 'EPERM' || error.code === 'EACCES') {
    return `Could not replace ${target}: it is open in another program or not writable. Close it and run again, or give another -o.`;
  }
  return `Could not write ${target}: ${error.message}`;
}

export interface SavedFile {
  /** The folder that had to be made for the output, if any. */
  createdFolder?: string;
}

/**
 * Saves a workbook (or a gateway's file) so that a failure leaves nothing behind: it is written to a temporary file
 * beside the target and renamed over it only when complete. On any failure, or an interrupt
 * (Ctrl+C) meanwhile, the temporary file and any folder made for it are removed.
 */
export async function saveAtomically(
  workbook: ExcelJS.Workbook | { toBuffer(): Promise<Buffer> } | { writeFile(path: string): Promise<void> },
  target: string,
): Promise<SavedFile> {
  // A link (--in-place on a link to a shared workbook) is written through: the file it points at
  // gets the new contents, and the link stays a link.
  if (existsSync(target)) target = realpathSync.native(target);
  checkWritable(target);
  const folder = dirname(target);
  const createdFolder = makeFolder(folder);
  const temp = join(folder, `.~${basename(target)}.${process.pid}.tmp`);
  const cleanUp = (): void => {
    removeQuietly(temp);
    if (createdFolder) removeFolders(createdFolder, folder);
  };
  const interrupted = (signal: NodeJS.Signals): void => {
    cleanUp();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    try {
      // A gateway that writes its file piece by piece never holds the whole file's bytes.
      if ('writeFile' in workbook) await workbook.writeFile(temp);
      else if ('toBuffer' in workbook) writeFileSync(temp, await workbook.toBuffer());
      else await writeXlsxFile(workbook, temp);
    } catch (error) {
      throw new FileProblem(`Could not write ${target}: ${(error as Error).message}`);
    }
    try {
      renameSync(temp, target);
    } catch (error) {
      throw new FileProblem(replaceMessage(target, error as NodeJS.ErrnoException));
    }
    return { createdFolder };
  } catch (error) {
    cleanUp();
    throw error;
  } finally {
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
  }
}
