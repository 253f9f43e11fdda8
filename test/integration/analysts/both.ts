import type ExcelJS from 'exceljs';
import { recalculate } from '../../../src/app/recalculate';
import type { RecalcOutcome } from '../../../src/app/recalculate';
import type { IndicatorResult } from '../../../src/engine';
import { describeIssue } from '../../../src/engine';
import { ExcelJsGateway } from '../../../src/gateways/exceljs';
import { hostFor, recalcOnHost } from '../../helpers/office';

/** One workbook recalculated through the ExcelJS gateway and through Office.js on the fake host. */
export async function bothGateways(make: () => ExcelJS.Workbook): Promise<{ file: RecalcOutcome; office: RecalcOutcome }> {
  const file = await recalculate(new ExcelJsGateway(make()));
  const office = await recalcOnHost(hostFor(make()));
  return { file, office };
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
