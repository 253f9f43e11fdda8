import type ExcelJS from 'exceljs';
import type { RangeLookup, Reference, WorkbookInput } from '../../engine';
import { SCENARIO_SHEET } from '../../engine';
import type { WorkbookPlan } from '../../plan';
import { KEPT_ROLES } from '../../plan';
import type { WorkbookGateway } from '../gateway';
import { singlyClaimed } from '../placement';
import { outputSheetsOf, ownedBoxOf } from './markers';
import { findSheet, modelBook } from './modelBook';
import { openWorkbook } from './otherTools';
import { writeXlsxBuffer } from './save';
import { previousOutput, readInput, readReferences, usedRange } from './read';
import { applyPlan } from './write';

/**
 * The gateway over an ExcelJS workbook held in memory: one built in code, or read by ExcelJS
 * from a buffer. Files the CLI opens go through FileGateway (fileGateway.ts) instead, which
 * reads and writes the file's own package without a workbook model.
 */
export class ExcelJsGateway implements WorkbookGateway {
  /**
   * @param notKept what the file holds that a copy written from this workbook leaves out (notes
   *   stored where ExcelJS cannot follow): the caller says so, and never writes it over the file.
   */
  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly notKept: string[] = [],
  ) {}

  static async fromBuffer(buffer: ArrayBuffer | Buffer): Promise<ExcelJsGateway> {
    const opened = await openWorkbook(buffer);
    return new ExcelJsGateway(opened.workbook, opened.notKept);
  }

  private readonly book = modelBook(this.workbook);

  /** Sheets this run reads (contract tables, referenced ranges): never written over. */
  private readonly inputSheets = new Set<string>();

  async readInput(): Promise<WorkbookInput> {
    const sheets = outputSheetsOf(this.book);
    const input = readInput(this.book);
    for (const table of [input.catalogue, input.data, input.settings, input.activity]) {
      if (table) this.inputSheets.add(table.range.sheet);
    }
    const scenarios = findSheet(this.workbook, SCENARIO_SHEET);
    if (scenarios) this.inputSheets.add(scenarios.name);
    return {
      ...input,
      // Serial numbers in a 1904-system workbook count from 1904 (ExcelJS already converts date-formatted cells).
      date1904: this.workbook.properties.date1904 === true,
      outputSheets: singlyClaimed(new Map(Object.entries(sheets))),
      previousOutput: previousOutput(this.book, sheets, KEPT_ROLES, (role) => ownedBoxOf(this.book, role)),
      author: this.workbook.lastModifiedBy || this.workbook.creator || undefined,
      scenarios: usedRange(this.book, SCENARIO_SHEET),
    };
  }

  async readReferences(references: Reference[]): Promise<Map<string, RangeLookup>> {
    const found = readReferences(this.book, references);
    for (const lookup of found.values()) if (lookup.ok) this.inputSheets.add(lookup.range.sheet);
    return found;
  }

  async apply(plan: WorkbookPlan): Promise<void> {
    applyPlan(this.workbook, plan, this.inputSheets);
  }

  /** The workbook as a file's bytes, as ExcelJS writes it. */
  async toBuffer(): Promise<Buffer> {
    return writeXlsxBuffer(this.workbook);
  }
}
