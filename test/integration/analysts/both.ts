import type ExcelJS from 'exceljs';
import { recalculate } from '../../../src/app/recalculate';
import type { RecalcOutcome } from '../../../src/app/recalculate';
import type { IndicatorResult } from '../../../src/engine';
import { describeIssue } from '../../../src/engine';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ExcelJsGateway } from '../../../src/gateways/exceljs';
import { FileGateway } from '../../../src/gateways/exceljs/fileGateway';
import { hostFor, recalcOnHost } from '../../helpers/office';

/**
 * One workbook recalculated through the ExcelJS gateway, through Office.js on the fake host, and,
 * saved to a file, through the CLI's file gateway, which must say and find what the ExcelJS
 * gateway does.
 */
export async function bothGateways(make: () => ExcelJS.Workbook): Promise<{ file: RecalcOutcome; office: RecalcOutcome }> {
  const now = () => new Date(2017, 4, 2, 9, 30);
  const file = await recalculate(new ExcelJsGateway(make()), { now });
  const office = await recalcOnHost(hostFor(make()));
  const path = join(mkdtempSync(join(tmpdir(), 'analysts-')), 'workbook.xlsx');
  await make().xlsx.writeFile(path);
  const disk = await recalculate(await FileGateway.fromFile(path), { now });
  expect(said(disk)).toEqual(said(file));
  if (disk.ok && file.ok) expect(disk.summary).toEqual(file.summary);
  return { file, office };
}

/**
 * One workbook recalculated through the ExcelJS gateway and, saved to a file, through the CLI's
 * file gateway, which must say and find the same: for what only the file gateways read.
 */
export async function fileGateways(make: () => ExcelJS.Workbook): Promise<RecalcOutcome> {
  const now = () => new Date(2017, 4, 2, 9, 30);
  const memory = await recalculate(new ExcelJsGateway(make()), { now });
  const path = join(mkdtempSync(join(tmpdir(), 'files-')), 'workbook.xlsx');
  await make().xlsx.writeFile(path);
  const disk = await recalculate(await FileGateway.fromFile(path), { now });
  expect(said(disk)).toEqual(said(memory));
  if (disk.ok && memory.ok) expect(disk.summary).toEqual(memory.summary);
  return memory;
}

/** The issues of an outcome as the user reads them, with their severity and code. */
export const said = (outcome: RecalcOutcome): string[] =>
  outcome.issues.map((i) => `${i.severity} ${i.code}: ${describeIssue(i)}`);

/** An area's result for an indicator, or a failure that shows the issues. */
export function resultOf(outcome: RecalcOutcome, area: string, id: string): IndicatorResult {
  if (!outcome.ok) throw new Error(said(outcome).join('\n'));
  const found = outcome.results.byArea.get(area)?.find((r) => r.indicator.id === id);
  if (!found) throw new Error(`no result for ${area}, ${id}`);
  return found;
}
