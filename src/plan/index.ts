export type { CellValue, CfFormat, CfRule, ChartPlan, OutputRole, PlanCell, SheetPlan, Style, WorkbookPlan } from './types';
export { SCORECARD_COLUMNS } from './scorecardSheet';
export { KEPT_ROLES, OUTPUT_SHEET_NAMES, planWorkbook } from './workbookPlan';
export {
  COMMENTARY_HEADING,
  COMMENTARY_PROMPT,
  DATA_NOTES_HEADING,
  NARRATIVE_HEADING,
  NARRATIVE_HINT,
  NEW_DRAFT_HEADING,
  readPreviousOutput,
  RUN_LOG_HEADERS,
} from './previousOutput';
export { areaScorecards } from './areaSheets';
export { cutToCell } from './excelLimits';
export { ownedBox } from './extent';
