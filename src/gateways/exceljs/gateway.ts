import ExcelJS from 'exceljs';
import type { RangeLookup, Reference, WorkbookInput } from '../../engine';
import { SCENARIO_SHEET } from '../../engine';
import type { WorkbookPlan } from '../../plan';
import { KEPT_ROLES } from '../../plan';
import type { WorkbookGateway } from '../gateway';
import { previousOutput, readInput, readReferences, usedRange } from './read';
import { applyPlan, outputSheets } from './write';

/** The gateway over a real .xlsx file, held in memory with ExcelJS. Used by the CLI and tests. */
export class ExcelJsGateway implements WorkbookGateway {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  static async fromFile(path: string): Promise<ExcelJsGateway> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    return new ExcelJsGateway(workbook);
  }

  static async fromBuffer(buffer: ArrayBuffer | Buffer): Promise<ExcelJsGateway> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as ArrayBuffer);
    return new ExcelJsGateway(workbook);
  }

  async readInput(): Promise<WorkbookInput> {
    const sheets = outputSheets(this.workbook);
    return {
      ...readInput(this.workbook),
      outputSheets: sheets,
      previousOutput: previousOutput(this.workbook, sheets, KEPT_ROLES),
      author: this.workbook.lastModifiedBy || this.workbook.creator || undefined,
      scenarios: usedRange(this.workbook, SCENARIO_SHEET),
    };
  }

  async readReferences(references: Reference[]): Promise<Map<string, RangeLookup>> {
    return readReferences(this.workbook, references);
  }

  async apply(plan: WorkbookPlan): Promise<void> {
    applyPlan(this.workbook, plan);
  }
}
