import { InputProblem } from './errors';
import type { RawCell } from './rawCell';
import { cellText, readNumber } from './rawCell';
import type { Indicator } from './types';
import type { Override } from './whatIf';

/**
 * Named what-if scenarios, kept in the workbook on a sheet of their own: one row per scenario
 * and indicator. "Baseline" holds the catalogue's bandings as they were before the first
 * scenario was saved or applied, so the original targets can always be put back.
 */
export const SCENARIO_SHEET = 'Scorecard scenarios';
export const BASELINE = 'Baseline';
const SCENARIO_HEADERS = ['Scenario', 'Indicator ID', 'Target', 'Floor', 'Inner band', 'Outer band'] as const;

export interface Scenario {
  name: string;
  changes: Map<string, Override>;
}

const FIELDS: (keyof Override)[] = ['target', 'floor', 'inner', 'outer'];

/** Scenarios from the sheet's cells (header row first); rows that do not read are skipped. */
export function parseScenarios(cells: RawCell[][]): Scenario[] {
  const byName = new Map<string, Scenario>();
  for (const row of cells.slice(1)) {
    const name = cellText(row[0] ?? null);
    const id = cellText(row[1] ?? null);
    if (!name || !id) continue;
    const override: Override = {};
    FIELDS.forEach((field, i) => {
      const reading = readNumber(row[2 + i] ?? null, true);
      if (reading.ok) override[field] = reading.value;
    });
    if (!byName.has(name)) byName.set(name, { name, changes: new Map() });
    byName.get(name)!.changes.set(id, override);
  }
  return [...byName.values()];
}

/** The sheet's rows for these scenarios, header first, Baseline first. */
export function scenarioRows(scenarios: Scenario[]): (string | number | null)[][] {
  const ordered = [...scenarios].sort((a, b) => Number(b.name === BASELINE) - Number(a.name === BASELINE));
  const rows: (string | number | null)[][] = [[...SCENARIO_HEADERS]];
  for (const s of ordered) {
    for (const [id, o] of s.changes) rows.push([s.name, id, ...FIELDS.map((f) => o[f] ?? null)]);
  }
  return rows;
}

/** Every indicator's bandings as the catalogue has them now. */
export function baselineOf(indicators: Indicator[]): Scenario {
  return {
    name: BASELINE,
    changes: new Map(
      indicators.map((i) => [i.id, { target: i.target, floor: i.floor, inner: i.bands?.inner, outer: i.bands?.outer }]),
    ),
  };
}

/** The list with a Baseline taken from the catalogue, or the same list when it has one already. */
export function withBaseline(existing: Scenario[], indicators: Indicator[]): Scenario[] {
  return existing.some((s) => s.name === BASELINE) ? existing : [baselineOf(indicators), ...existing];
}

/**
 * The list with this scenario saved (replacing one of the same name), and a Baseline added from
 * the catalogue if there is none yet. The Baseline itself is never replaced.
 */
export function saveScenario(existing: Scenario[], scenario: Scenario, indicators: Indicator[]): Scenario[] {
  if (scenario.name.trim().toLowerCase() === BASELINE.toLowerCase()) {
    throw new InputProblem([
      {
        severity: 'error',
        code: 'scenario-name-reserved',
        message: `"${BASELINE}" is kept for the catalogue as it first was: choose another name.`,
        fix: 'Type another name for the scenario, then save it.',
      },
    ]);
  }
  const list = [...withBaseline(existing, indicators)];
  const at = list.findIndex((s) => s.name === scenario.name);
  if (at === -1) list.push(scenario);
  else list[at] = scenario;
  return list;
}
