export type {
  CellList,
  CellLocation,
  CountKind,
  DataPeriod,
  Direction,
  FigureSource,
  Indicator,
  MonthKey,
  Observation,
  Rag,
  Unit,
} from './types';
export type { Issue } from './issues';
export { describeIssue, formatLocation, IssueList, quoteSheet } from './issues';
export type { Failure } from './errors';
export { asFailure, FileProblem, InputProblem, InvariantError, unhandled } from './errors';
export {
  addMonths,
  dateTimeSerial,
  monthEndSerial,
  monthLabel,
  serialOfDate,
  splitMonth,
  trailingMonths,
  yearToDateMonths,
} from './months';
export {
  isQuarterEnd,
  latestQuarterEnd,
  PERIOD_SPAN,
  periodEnd,
  periodMonths,
  quarterToDateMonths,
  rolling3Rated,
} from './periods';
export type { RangeBox, Reference } from './address';
export {
  absoluteCell,
  boxAddress,
  cellAddress,
  columnIndex,
  packedCell,
  parseCell,
  parseRangeAddress,
  parseReference,
  quotedSheet,
  SHEET_COLUMNS,
  SHEET_ROWS,
  sheetRef,
  unionBox,
  wholeLines,
} from './address';
export type { RawCell, RawFormula, RawRange } from './rawCell';
export { cellText, isErrorCell, rangeTo, UNCALCULATED } from './rawCell';
export { formatFor, formatResult, numberFormatFor, resultOf, roundShown, UNIT_SCALE } from './units';
export { isSmallDenominator, RAG_WORDS, ragApplies, ragFor } from './rag';
export { ARROW, DIRECTION_WORDS, directionOfTravel } from './directionOfTravel';
export { cellList, cellLocations } from './cellList';
export type { Figure } from './aggregation';
export { Dataset } from './aggregation';
export type { Comparison, Evaluated, IndicatorResult, ScorecardResults } from './scorecard';
export { computeScorecard } from './scorecard';
export { shownForArea, warnAreaGaps } from './areaGaps';
export type { Counts, Summary } from './summary';
export { noTargetCount, summarise } from './summary';
export type { RawTable, WorkbookInput } from './contract/tables';
export { MAX_TABLE_CELLS, SHEET_NAMES, TABLE_NAMES } from './contract/tables';
export type { Catalogue } from './contract/catalogue';
export { CATALOGUE_COLUMNS } from './contract/catalogue';
export { SETTING_KEYS } from './contract/settings';
export { DATA_COLUMNS } from './contract/data';
export type { RangeLookup } from './contract/references';
export { MAX_REFERENCE_CELLS } from './contract/references';
export type { ParsedInput } from './contract/workbook';
export { allObservations, parseInput, referencesAfterNames, reportingMonth } from './contract/workbook';
export { draftNarrative } from './narrative';
export { fingerprint, fingerprintCells } from './fingerprint';
export type { Override, WhatIfPreview } from './whatIf';
export { previewWhatIf } from './whatIf';
export type { Scenario } from './scenarios';
export { BASELINE, baselineOf, parseScenarios, saveScenario, SCENARIO_SHEET, scenarioRows, withBaseline } from './scenarios';
export type { CohortImpact, ImpactRow } from './cohortImpact';
export { bandingsInWords, dataNotes } from './dataNotes';
export type { ActivityTable } from './activity';
export { activityKey, activityTable, signedChange } from './activity';
export { ACTIVITY_COLUMNS } from './contract/activity';
export { excelCopyName, isReservedSheetName, sameSheetName, uniqueSheetName } from './sheetNames';
export type { SpcAssurance, SpcIndicator, SpcResult, SpcSignal, XmrChart } from './spc';
export {
  SPC_ASSURANCE_LABELS,
  SPC_ASSURANCE_WORDS,
  SPC_MINIMUM_POINTS,
  SPC_VARIATION_WORDS,
  spcAssurance,
  spcBoundsOf,
  spcFor,
  spcVariationLabel,
  trendSignals,
  xmrChart,
} from './spc';
export { SPC_HISTORY_MONTHS } from './spcHistory';
export { checkedReportingMonth, checkInferredMonth } from './inferredMonth';
export { checkPeriodPercentages } from './periodPercentages';
export { checkReferencedFormulas } from './referencedFormulas';
export { starterRows } from './contract/starter';
export type { Proposal, ProposedRow } from './contract/proposal';
export { newCatalogueRows, proposeRows, recogniseMonthlySheet, rowsUnderHeader } from './contract/proposal';
