import ExcelJS from 'exceljs';
import { recalculate } from '../../src/app/recalculate';
import type { RecalcOutcome } from '../../src/app/recalculate';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { ExcelJsGateway, outputSheets } from '../../src/gateways/exceljs';
import { expectWorkbookWithinExcelLimits } from './excelLimits';

export interface KentRun {
  outcome: Extract<RecalcOutcome, { ok: true }>;
  /** The output as written to .xlsx bytes and read back: what a user would open. */
  written: ExcelJS.Workbook;
  buffer: Buffer;
}

/** Saves a workbook to .xlsx bytes and opens them again; what the run wrote must keep to Excel's limits. */
export async function writeAndReload(workbook: ExcelJS.Workbook): Promise<{ written: ExcelJS.Workbook; buffer: Buffer }> {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const written = new ExcelJS.Workbook();
  await written.xlsx.load(buffer as unknown as ArrayBuffer);
  expectWorkbookWithinExcelLimits(written, Object.values(outputSheets(written)));
  return { written, buffer };
}

export async function runKent(): Promise<KentRun> {
  const gateway = new ExcelJsGateway(buildKentWorkbook());
  const outcome = await recalculate(gateway);
  if (!outcome.ok) throw new Error(`Kent example failed: ${JSON.stringify(outcome.issues, null, 2)}`);
  return { outcome, ...(await writeAndReload(gateway.workbook)) };
}

/** The sheets of the analyst's Kent workbook, which a run must never change. */
export const KENT_INPUT_SHEETS = ['County figures', 'Catalogue', 'Data', 'Activity', 'Settings'];

/** What a run writes for the Kent example, in order, before the run log. */
export const KENT_OUTPUT_SHEETS = [
  'Scorecard',
  'Summary',
  'Areas',
  'Scorecard - North Kent',
  'Scorecard - East Kent',
  'Scorecard - South Kent',
  'Scorecard - West Kent',
  'Exceptions',
  'Cohort impact',
  'Activity report',
];
