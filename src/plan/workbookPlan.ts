import type { ScorecardResults, Summary } from '../engine';
import { scorecardSheet } from './scorecardSheet';
import { summarySheet } from './summarySheet';
import type { OutputRole, WorkbookPlan } from './types';

/** Default names of the output sheets; a renamed output sheet keeps its new name. */
export const OUTPUT_SHEET_NAMES: Record<OutputRole, string> = {
  scorecard: 'Scorecard',
  summary: 'Summary',
};

export interface PlannedWorkbook {
  plan: WorkbookPlan;
  summary: Summary;
}

/** Everything to write for a recalculation, for the scorecard's own area. */
export function planWorkbook(results: ScorecardResults, area = results.areas[0]): PlannedWorkbook {
  const scorecard = scorecardSheet(results, area, OUTPUT_SHEET_NAMES.scorecard);
  const { sheet: summary, summary: counts } = summarySheet(results, area, OUTPUT_SHEET_NAMES.summary);
  return { plan: { sheets: [scorecard.sheet, summary] }, summary: counts };
}
