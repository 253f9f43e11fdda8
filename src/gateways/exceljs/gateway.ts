import type ExcelJS from 'exceljs';
import type { RangeLookup, Reference, WorkbookInput } from '../../engine';
import type { WorkbookPlan } from '../../plan';
import type { WorkbookGateway } from '../gateway';
import { modelBook } from './modelBook';
import { openWorkbook } from './otherTools';
import { writeXlsxBuffer } from './save';
import { readInput, readReferences } from './read';
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
    return readInput(this.book, this.inputSheets, {
      date1904: this.workbook.properties.date1904 === true,
      author: this.workbook.lastModifiedBy || this.workbook.creator || undefined,
    });
  }

  async readReferences(references: Reference[]): Promise<Map<string, RangeLookup>> {
    return readReferences(this.book, references, this.inputSheets);
  }

  async apply(plan: WorkbookPlan): Promise<void> {
    applyPlan(this.workbook, plan, this.inputSheets);
  }

  /** The workbook as a file's bytes, as ExcelJS writes it. */
  async toBuffer(): Promise<Buffer> {
    return writeXlsxBuffer(this.workbook);
  }
}
