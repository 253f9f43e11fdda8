import type { Issue, ScorecardResults, Summary } from '../engine';
import { addMonths, draftNarrative, InvariantError, uniqueSheetName } from '../engine';
import type { PreviousOutput } from './previousOutput';
import { activitySheet } from './activitySheet';
import { benchmarksSheet } from './benchmarksSheet';
import { areaScorecards, areasSheet } from './areaSheets';
import { exceptionsSheet } from './exceptionsSheet';
import { keepWithinExcelLimits } from './excelLimits';
import { impactSheet } from './impactSheet';
import { keepAnalystNotes } from './keptNotes';
import { runLogSheet } from './runLogSheet';
import { scorecardSheet } from './scorecardSheet';
import { SharedFormulas } from './sharedFormulas';
import { summarySheet } from './summarySheet';
import { fittedForPrint } from './printSetup';
import type { OutputRole, WorkbookPlan } from './types';

/** Default names of the output sheets; a renamed output sheet keeps its new name. */
export const OUTPUT_SHEET_NAMES: Record<Exclude<OutputRole, `area:${string}`>, string> = {
  scorecard: 'Scorecard',
  summary: 'Summary',
  runLog: 'Run log',
  areas: 'Areas',
  impact: 'Cohort impact',
  exceptions: 'Exceptions',
  activity: 'Activity report',
  benchmarks: 'Benchmarks',
};

/**
 * The sheet each area's scorecard goes to: where it went last time, else "Scorecard - <area>"
 * made into a name Excel accepts and unique, ignoring case, among all the output sheets (two
 * long area names cut alike, or differing only in case, get " (2)").
 */
function areaSheetNames(areas: string[], existing: Partial<Record<OutputRole, string>>, reserved: string[]): Map<string, string> {
  const taken = [...reserved, ...areas.map((a) => existing[`area:${a}`]).filter((n): n is string => Boolean(n))];
  const names = new Map<string, string>();
  for (const area of areas) {
    const name = existing[`area:${area}`] ?? uniqueSheetName(`Scorecard - ${area}`, taken);
    taken.push(name);
    names.set(area, name);
  }
  return names;
}

/** Output roles whose earlier sheets hold what people wrote or what must carry on. */
export const KEPT_ROLES: OutputRole[] = ['summary', 'runLog', 'exceptions', 'scorecard'];

interface PlannedWorkbook {
  plan: WorkbookPlan;
  summary: Summary;
  /** The narrative as it now stands on the summary sheet. */
  narrative: string[];
  /** Warnings about what was kept rather than replaced (an edited narrative). */
  notices: Issue[];
}

interface PlanOptions {
  /** The sheets earlier output went to (renamed, perhaps), so formulas across sheets point at them. */
  existing?: Partial<Record<OutputRole, string>>;
  previous?: PreviousOutput;
  /** This run, for the run log. */
  run?: { at: Date; by: string; catalogueFingerprint: string };
  /** Put the new narrative draft in place of an edited one. */
  replaceNarrative?: boolean;
  /** Write a scorecard sheet for each area too (the default). */
  areaSheets?: boolean;
  /** The workbook counts dates from 1904, so dates are written as its serials. */
  date1904?: boolean;
}

/** The scorecard's own area: the first the results have (the engine gives at least one). */
function firstArea(results: ScorecardResults): string {
  const [first] = results.areas;
  if (first === undefined) throw new InvariantError('A scorecard has at least one area.');
  return first;
}

/** Everything to write for a recalculation, for the scorecard's own area. */
export function planWorkbook(
  results: ScorecardResults,
  area: string = firstArea(results),
  options: PlanOptions = {},
): PlannedWorkbook {
  const names = { ...OUTPUT_SHEET_NAMES, ...options.existing };
  const previous = options.previous ?? { runLog: [], commentary: new Map() };
  const indicatorResults = results.byArea.get(area) ?? [];
  // The county's and every area's scorecard share the formulas that depend only on an indicator's row.
  const shared = new SharedFormulas();
  const scorecard = scorecardSheet(results, area, names.scorecard, shared);
  const notes = keepAnalystNotes(scorecard, previous);
  const written = summarySheet(
    results,
    area,
    names.summary,
    { sheetName: names.scorecard, layout: scorecard },
    {
      draft: (summary) => draftNarrative(indicatorResults, summary, results.month, addMonths(results.month, -1)).paragraphs,
      previous,
      replace: Boolean(options.replaceNarrative),
    },
  );
  const sheets = [scorecard.sheet, written.sheet];
  const areaNames = areaSheetNames(results.areas.slice(1), options.existing ?? {}, Object.values(names));
  const areaSheets = options.areaSheets === false ? [] : areaScorecards(results, (a) => areaNames.get(a)!, shared);
  if (areaSheets.length > 0) {
    const primary = { area, sheetName: names.scorecard, layout: scorecard, results: indicatorResults };
    sheets.push(areasSheet(results, names.areas, [primary, ...areaSheets]), ...areaSheets.map((a) => a.layout.sheet));
  }
  const benchmarks = benchmarksSheet(results, area, names.benchmarks, { sheetName: names.scorecard, layout: scorecard });
  if (benchmarks) sheets.push(benchmarks);
  const exceptions = exceptionsSheet(results, area, names.exceptions, previous.commentary);
  if (exceptions) sheets.push(exceptions.sheet);
  const impact = impactSheet(results, names.impact);
  if (impact) sheets.push(impact);
  if (results.activity) sheets.push(activitySheet(results.activity, names.activity));
  const narrative = written.narrative!;
  if (options.run) {
    sheets.push(
      runLogSheet(names.runLog, previous.runLog, {
        ...options.run,
        month: results.month,
        area,
        counts: written.summary.total,
        narrativeFingerprint: narrative.fingerprint,
        notesFingerprints: notes.fingerprints,
        date1904: options.date1904 === true,
      }),
    );
  }
  const plan = { sheets: sheets.map(fittedForPrint) };
  const cut = keepWithinExcelLimits(plan);
  return {
    plan,
    summary: written.summary,
    narrative: narrative.shown,
    notices: [narrative.notice, exceptions?.notice, ...notes.issues, ...cut].filter((n): n is Issue => n !== undefined),
  };
}
