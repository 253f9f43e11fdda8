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

/**
 * Everything to write for a recalculation, for the scorecard's own area. `existing` names the
 * sheets earlier output went to (renamed, perhaps), so formulas across sheets point at them.
 */
export function planWorkbook(
  results: ScorecardResults,
  area = results.areas[0],
  existing: Partial<Record<OutputRole, string>> = {},
): PlannedWorkbook {
  const names = { ...OUTPUT_SHEET_NAMES, ...existing };
  const scorecard = scorecardSheet(results, area, names.scorecard);
  const { sheet: summary, summary: counts } = summarySheet(results, area, names.summary, {
    sheetName: names.scorecard,
    layout: scorecard,
  });
  return { plan: { sheets: [scorecard.sheet, summary] }, summary: counts };
}
