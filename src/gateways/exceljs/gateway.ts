import type ExcelJS from 'exceljs';
import { readFile } from 'fs/promises';
import { basename } from 'path';
import type { RangeLookup, Reference, WorkbookInput } from '../../engine';
import { SCENARIO_SHEET } from '../../engine';
import type { WorkbookPlan } from '../../plan';
import { KEPT_ROLES } from '../../plan';
import type { WorkbookGateway } from '../gateway';
import { singlyClaimed } from '../placement';
import { assertXlsx, fileKindProblem, WorkbookFileError } from './fileKind';
import { openLean, STREAM_ABOVE } from './leanOpen';
import { openWorkbook } from './otherTools';
import { withOnlySheets, writeXlsxBuffer } from './save';
import { splice } from './splice';
import { XlsxPackage } from './xlsxPackage';
import { findSheet, previousOutput, readInput, readReferences, usedRange } from './read';
import { ownedBoxOf } from './ownership';
import { applyPlan, outputSheets } from './write';

/** The gateway over a real .xlsx file, held in memory with ExcelJS. Used by the CLI and tests. */
export class ExcelJsGateway implements WorkbookGateway {
  /**
   * @param workbook the ExcelJS model. Opened from a file, large input sheets are in it without
   *   their cells (read from the file's XML instead): save with toBuffer, never by writing this model.
   * @param notKept what the file holds that a copy written from this workbook leaves out (notes
   *   stored where ExcelJS cannot follow): the caller says so, and never writes it over the file.
   */
  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly notKept: string[] = [],
    /** The file's own package, when opened from one: saving then writes only the output sheets into it. */
    private readonly source?: XlsxPackage,
  ) {}

  /** The sheets the last apply wrote. */
  private written: string[] = [];

  /**
   * Opens an .xlsx file, whichever tool saved it. A file that is not one (empty, .xls, encrypted,
   * text, cut short, damaged) throws a WorkbookFileError whose message says what it is and what to do.
   */
  static async fromFile(path: string, { streamAbove = STREAM_ABOVE } = {}): Promise<ExcelJsGateway> {
    const bytes = await readFile(path);
    const name = basename(path);
    assertXlsx(bytes, name);
    let opened;
    try {
      opened = await openLean(bytes, streamAbove, name);
    } catch (error) {
      if (error instanceof WorkbookFileError) throw error;
      // A library's own TypeError means nothing to the user; a zip reader's complaint may help.
      const detail = error instanceof Error && !(error instanceof TypeError) ? ` (details: ${error.message})` : '';
      throw new WorkbookFileError(`${fileKindProblem('damaged', name)}${detail}`, 'damaged');
    }
    // The output is written into the file's own package, which keeps every part of the
    // analyst's sheets (notes, names defined by formulas) as it was.
    return new ExcelJsGateway(opened.workbook, [], opened.pkg);
  }

  static async fromBuffer(buffer: ArrayBuffer | Buffer): Promise<ExcelJsGateway> {
    const opened = await openWorkbook(buffer);
    return new ExcelJsGateway(opened.workbook, opened.notKept);
  }

  /** Sheets this run reads (contract tables, referenced ranges): never written over. */
  private readonly inputSheets = new Set<string>();

  async readInput(): Promise<WorkbookInput> {
    const sheets = outputSheets(this.workbook);
    const input = readInput(this.workbook);
    for (const table of [input.catalogue, input.data, input.settings, input.activity]) {
      if (table) this.inputSheets.add(table.range.sheet);
    }
    if (findSheet(this.workbook, SCENARIO_SHEET)) this.inputSheets.add(findSheet(this.workbook, SCENARIO_SHEET)!.name);
    return {
      ...input,
      // Serial numbers in a 1904-system workbook count from 1904 (ExcelJS already converts date-formatted cells).
      date1904: this.workbook.properties.date1904 === true,
      outputSheets: singlyClaimed(new Map(Object.entries(sheets))),
      previousOutput: previousOutput(this.workbook, sheets, KEPT_ROLES, (role) => ownedBoxOf(this.workbook, role)),
      author: this.workbook.lastModifiedBy || this.workbook.creator || undefined,
      scenarios: usedRange(this.workbook, SCENARIO_SHEET),
    };
  }

  async readReferences(references: Reference[]): Promise<Map<string, RangeLookup>> {
    const found = readReferences(this.workbook, references);
    for (const lookup of found.values()) if (lookup.ok) this.inputSheets.add(lookup.range.sheet);
    return found;
  }

  async apply(plan: WorkbookPlan): Promise<void> {
    this.written = applyPlan(this.workbook, plan, this.inputSheets);
  }

  /**
   * The workbook as a file's bytes. Opened from a file, that is the file's own package with the
   * output sheets written into it and every other part unchanged; otherwise ExcelJS's copy.
   */
  async toBuffer(): Promise<Buffer> {
    if (!this.source) return writeXlsxBuffer(this.workbook);
    const bytes = await withOnlySheets(this.workbook, this.written, () => writeXlsxBuffer(this.workbook, true));
    return splice({ original: this.source, written: XlsxPackage.fromBytes(bytes), sheets: this.written });
  }
}
