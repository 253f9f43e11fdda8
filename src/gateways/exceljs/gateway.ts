import ExcelJS from 'exceljs';
import type { RangeLookup, Reference, WorkbookInput } from '../../engine';
import type { WorkbookPlan } from '../../plan';
import type { WorkbookGateway } from '../gateway';
import { readInput, readReferences } from './read';
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
    return { ...readInput(this.workbook), outputSheets: outputSheets(this.workbook) };
  }

  async readReferences(references: Reference[]): Promise<Map<string, RangeLookup>> {
    return readReferences(this.workbook, references);
  }

  async apply(plan: WorkbookPlan): Promise<void> {
    applyPlan(this.workbook, plan);
  }
}
