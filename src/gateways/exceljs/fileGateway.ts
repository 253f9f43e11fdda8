/**
 * The gateway over a workbook file, whichever tool saved it, without a workbook model: inputs are
 * read from the package's XML (packageBook.ts) and the output sheets are written straight from
 * the plan into the file's own package (outputParts.ts, splice.ts), every other part copied as
 * the very bytes it was. Its cost follows what a run reads and writes, not the size of the data.
 */
import { readFile } from 'fs/promises';
import { basename } from 'path';
import type { RangeLookup, Reference, WorkbookInput } from '../../engine';
import { isReservedSheetName } from '../../engine';
import type { WorkbookPlan } from '../../plan';
import type { WorkbookGateway } from '../gateway';
import { assertXlsx, fileKindProblem, reservedSheetNameError, strictError, WorkbookFileError } from './fileKind';
import { outputParts } from './outputParts';
import { PackageBook } from './packageBook';
import { readInput, readReferences } from './read';
import { splice } from './splice';
import { tagsOf, XlsxPackage } from './xlsxPackage';
import { attribute, decodeXml } from './xmlScan';
import type { ZipEntry } from './zip';
import { writeZip, writeZipFile } from './zip';

/** Who last saved the file, or who made it, from its core properties. */
function authorOf(pkg: XlsxPackage): string | undefined {
  const core = pkg.relationships('').find((r) => r.type.endsWith('/core-properties'))?.target;
  if (!core || !pkg.has(core)) return undefined;
  const xml = pkg.text(core);
  const field = (name: string) => new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>([^<]*)<`).exec(xml)?.[1];
  const found = field('lastModifiedBy') || field('creator');
  return found ? decodeXml(found).trim() || undefined : undefined;
}

const isOn = (value: string | undefined): boolean => value === '1' || value === 'true';

function opened(bytes: Buffer, file: string): XlsxPackage {
  try {
    const pkg = XlsxPackage.fromBytes(bytes);
    pkg.text(pkg.workbookPath);
    return pkg;
  } catch (error) {
    const detail = error instanceof Error ? ` (details: ${error.message})` : '';
    throw new WorkbookFileError(`${fileKindProblem('damaged', file)}${detail}`, 'damaged');
  }
}

export class FileGateway implements WorkbookGateway {
  /**
   * What people added to earlier output that the written copy leaves out (Excel tables, rules of
   * Excel 2010 and later, …), known once a plan is applied: the CLI warns, and refuses --in-place.
   */
  notKept: string[] = [];
  /** Other things a written copy's reader should check (notes whose rows now hold something else). */
  notices: string[] = [];
  private readonly book: PackageBook;
  /** Sheets this run reads (contract tables, referenced ranges): never written over. */
  private readonly inputSheets = new Set<string>();
  /** The written package's entries: new parts compressed, every other one the input's own bytes. */
  private written?: ZipEntry[];

  constructor(private readonly pkg: XlsxPackage) {
    const workbookPr = tagsOf(pkg.text(pkg.workbookPath), 'workbookPr')[0] ?? '';
    this.book = new PackageBook(pkg, isOn(attribute(workbookPr, 'date1904')));
  }

  /**
   * Opens an .xlsx file, whichever tool saved it. A file that is not one (empty, .xls, encrypted,
   * text, cut short, damaged) throws a WorkbookFileError whose message says what it is and what to do.
   */
  static async fromFile(path: string): Promise<FileGateway> {
    const bytes = await readFile(path);
    const name = basename(path);
    assertXlsx(bytes, name);
    const pkg = opened(bytes, name);
    // No sheet Excel saves is named History (engine/sheetNames.ts).
    if (pkg.sheets.some((s) => isReservedSheetName(s.name))) throw reservedSheetNameError(name);
    // Strict Open XML's parts use other namespaces: parts written in the usual ones would not mix.
    if (pkg.text(pkg.workbookPath).includes('http://purl.oclc.org/ooxml/spreadsheetml/main')) throw strictError(name);
    return new FileGateway(pkg);
  }

  async readInput(): Promise<WorkbookInput> {
    return readInput(this.book, this.inputSheets, { date1904: this.book.date1904, author: authorOf(this.pkg) });
  }

  async readReferences(references: Reference[]): Promise<Map<string, RangeLookup>> {
    return readReferences(this.book, references, this.inputSheets);
  }

  async apply(plan: WorkbookPlan): Promise<void> {
    const { dropped, notices, ...parts } = outputParts(this.pkg, this.book, plan, this.inputSheets);
    this.notKept = dropped;
    this.notices = notices;
    this.written = splice({ original: this.pkg, ...parts });
  }

  /** What apply would refuse, found as apply finds it, with nothing kept: the package is only read. */
  async rehearse(plan: WorkbookPlan): Promise<void> {
    outputParts(this.pkg, this.book, plan, this.inputSheets);
  }

  private entries(): ZipEntry[] {
    if (!this.written) throw new Error('nothing was applied to this workbook');
    return this.written;
  }

  /** The file's own package with the output sheets written into it and every other part unchanged. */
  async toBuffer(): Promise<Buffer> {
    return writeZip(this.entries());
  }

  /** The same package as toBuffer's, written to a file entry by entry (the whole file is never held at once). */
  async writeFile(path: string): Promise<void> {
    writeZipFile(path, this.entries());
  }
}
