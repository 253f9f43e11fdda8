import type { ActivityFigure } from './contract/activity';
import { addMonths } from './months';
import type { CellLocation, MonthKey } from './types';

/** One team's figure for one measure: this month and, where given, the month before. */
interface ActivityCell {
  now?: { count: number; at: CellLocation };
  before?: { count: number; at: CellLocation };
}

interface ActivityMeasure {
  name: string;
  /** Given for the month before too: shown as this month, last month and the change. */
  compared: boolean;
}

/** The "SCS Activity" table: teams down, measures across, in the order the data gives them. */
export interface ActivityTable {
  month: MonthKey;
  teams: string[];
  measures: ActivityMeasure[];
  cells: Map<string, ActivityCell>;
}

export const activityKey = (team: string, measure: string): string => `${team}\u0000${measure}`;

/** A change as the report prints it: '+240', '-19', '0'. */
export function signedChange(change: number): string {
  return change > 0 ? `+${change}` : String(change);
}

/** The activity table for a month, or undefined when the data has nothing for it. */
export function activityTable(figures: ActivityFigure[], month: MonthKey): ActivityTable | undefined {
  const before = addMonths(month, -1);
  const current = figures.filter((f) => f.month === month);
  if (current.length === 0) return undefined;
  const teams = [...new Set(current.map((f) => f.team))];
  const names = [...new Set(current.map((f) => f.measure))];
  const cells = new Map<string, ActivityCell>();
  for (const f of figures) {
    if (f.month !== month && f.month !== before) continue;
    const key = activityKey(f.team, f.measure);
    const cell = cells.get(key) ?? {};
    cell[f.month === month ? 'now' : 'before'] = { count: f.count, at: f.at };
    cells.set(key, cell);
  }
  const measures = names.map((name) => ({ name, compared: figures.some((f) => f.measure === name && f.month === before) }));
  return { month, teams, measures, cells };
}
