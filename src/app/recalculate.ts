import type { Indicator, Issue, ParsedInput, RangeLookup, Scenario, ScorecardResults, Summary, WorkbookInput } from '../engine';
import {
  checkPeriodPercentages,
  activityTable,
  allObservations,
  computeScorecard,
  warnAreaGaps,
  fingerprintCells,
  IssueList,
  parseInput,
  referencesAfterNames,
  parseScenarios,
  checkedReportingMonth,
  checkReferencedFormulas,
  InputProblem,
} from '../engine';
import type { WorkbookGateway } from '../gateways/gateway';
import type { WorkbookPlan } from '../plan';
import { planWorkbook, readPreviousOutput } from '../plan';
import { staleOutputWarnings } from './staleOutput';

export type Step = 'reading' | 'calculating' | 'writing' | 'done';

export interface RecalcOptions {
  /** Check and calculate, but write nothing. */
  checkOnly?: boolean;
  onStep?: (step: Step) => void;
  /** The clock, for the run log (tests fix it). */
  now?: () => Date;
  /** Who is running it, for the run log, when the caller knows better than the workbook. */
  user?: string;
  /** Put the new narrative draft in place of an analyst's edited one. */
  replaceNarrative?: boolean;
}

interface OutcomeBase {
  issues: Issue[];
  /** The catalogue's valid indicators, when it could be read (for pickers and links). */
  indicators: Indicator[];
  /** What-if scenarios saved in the workbook. */
  scenarios: Scenario[];
  timings: Record<string, number>;
}

export type RecalcOutcome =
  | (OutcomeBase & {
      ok: true;
      results: ScorecardResults;
      summary: Summary;
      plan: WorkbookPlan;
      written: boolean;
      /** The narrative as it now stands on the summary sheet. */
      narrative: string[];
    })
  | (OutcomeBase & { ok: false });

/**
 * One recalculation: read the contract and the referenced cells, validate, compute, plan,
 * and only then write. Any error in the input stops it before the first write.
 */
export async function recalculate(gateway: WorkbookGateway, options: RecalcOptions = {}): Promise<RecalcOutcome> {
  const issues = new IssueList();
  const timings: Record<string, number> = {};
  const timed = async <T>(label: string, fn: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      timings[label] = performance.now() - start;
    }
  };
  const { computed, indicators, scenarios } = await readAndCompute(gateway, options, issues, timed);
  const fail = (): RecalcOutcome => ({ ok: false, issues: issues.items, indicators, scenarios, timings });
  if (!computed) return fail();

  // A check asks the gateway what the write would refuse, where it can without writing.
  const write = options.checkOnly ? gateway.rehearse?.bind(gateway) : gateway.apply.bind(gateway);
  if (write) {
    if (!options.checkOnly) options.onStep?.('writing');
    try {
      await timed(options.checkOnly ? 'rehearse' : 'apply', () => write(computed.plan));
    } catch (error) {
      if (error instanceof InputProblem) {
        issues.items.push(...error.issues);
        return fail();
      }
      throw error;
    }
  }
  options.onStep?.('done');
  return {
    ok: true,
    issues: issues.items,
    indicators,
    scenarios,
    results: computed.results,
    summary: computed.summary,
    plan: computed.plan,
    narrative: computed.narrative,
    written: !options.checkOnly,
    timings,
  };
}

type Timed = <T>(label: string, fn: () => Promise<T> | T) => Promise<T>;

/**
 * Reading, checking and calculating, up to the plan; `computed` is undefined when the input has
 * errors (they are in `issues`). The parsed input (a large data table's hundreds of thousands of
 * observations, each with the cells it came from) is let go when this returns, before the write.
 */
async function readAndCompute(
  gateway: WorkbookGateway,
  options: RecalcOptions,
  issues: IssueList,
  timed: Timed,
): Promise<{ computed?: ReturnType<typeof computeAndPlan>; indicators: Indicator[]; scenarios: Scenario[] }> {
  options.onStep?.('reading');
  const { parsed, input } = readParsed(await timed('readInput', () => gateway.readInput()), issues);
  const scenarios = input.scenarios ? parseScenarios(input.scenarios.cells) : [];
  if (!parsed) return { indicators: [], scenarios };
  const indicators = parsed.catalogue.indicators;
  const lookups = await timed('readReferences', () => gateway.readReferences(parsed.references));
  // The figures' formulas are judged; not those of cells read only to find a single cell's month.
  checkReferencedFormulas(new Map([...lookups].filter(([text]) => !parsed.monthContext.has(text))), issues);
  const besideNames = referencesAfterNames(parsed, lookups);
  if (besideNames.length > 0) for (const [text, found] of await gateway.readReferences(besideNames)) lookups.set(text, found);
  if (issues.hasErrors) return { indicators, scenarios };

  options.onStep?.('calculating');
  const computed = await timed('compute', () => computeAndPlan(parsed, input, lookups, issues, options));
  return { computed: computed && !issues.hasErrors ? computed : undefined, indicators, scenarios };
}

/**
 * The input parsed, and what of it the rest of the run still needs: the data and activity tables'
 * raw cells (hundreds of thousands of rows in a large workbook) are let go once parsed.
 */
function readParsed(
  read: WorkbookInput,
  issues: IssueList,
): { parsed: ReturnType<typeof parseInput>; input: Omit<WorkbookInput, 'data' | 'activity'> } {
  const parsed = parseInput(read, issues);
  const { data: _data, activity: _activity, ...input } = read;
  return { parsed, input };
}

/** Results and the plan for them, or undefined when the input has errors (they are in `issues`). */
function computeAndPlan(
  parsed: ParsedInput,
  input: Omit<WorkbookInput, 'data' | 'activity'>,
  lookups: Map<string, RangeLookup>,
  issues: IssueList,
  options: RecalcOptions,
) {
  const month = checkedReportingMonth(parsed, issues, lookups);
  if (!month) return undefined;
  const observations = allObservations(parsed, month, lookups, issues);
  if (issues.hasErrors) return undefined;
  const scored = computeScorecard(
    parsed.catalogue.indicators,
    observations,
    { title: parsed.settings.title, area: parsed.settings.area, month },
    issues,
  );
  if (scored) {
    checkPeriodPercentages(scored, issues);
    warnAreaGaps(scored, issues);
  }
  if (!scored || issues.hasErrors) return undefined;
  const results = { ...scored, activity: activityTable(parsed.activity, month) };
  const run = options.checkOnly
    ? undefined
    : {
        at: options.now?.() ?? new Date(),
        by: options.user ?? input.author ?? '',
        catalogueFingerprint: fingerprintCells(input.catalogue?.range.cells ?? []),
      };
  const planned = planWorkbook(results, results.areas[0] ?? parsed.settings.area, {
    existing: input.outputSheets,
    previous: readPreviousOutput(input.previousOutput, parsed.date1904),
    run,
    replaceNarrative: options.replaceNarrative,
    areaSheets: parsed.settings.areaSheets,
    date1904: parsed.date1904,
  });
  // A check plans no run log, which every run writes: it is not left behind.
  const alwaysWritten = run ? [] : ['runLog'];
  issues.items.push(...planned.notices, ...staleOutputWarnings(input.outputSheets, planned.plan, alwaysWritten));
  return { results, ...planned };
}
