import type { IssueList } from '../issues';
import { longMonthLabel } from '../months';
import { cellText, describeNotANumber, NUMBER_AS_TEXT_FIX, readNumber } from '../rawCell';
import type { CellLocation, MonthKey } from '../types';
import { readMonthCell } from './monthCells';
import type { ColumnSpec, RawTable } from './tables';
import { readTable } from './tables';
import { calculatedRows } from './uncalculatedText';

type ActivityField = 'team' | 'measure' | 'month' | 'count';

export const ACTIVITY_COLUMNS: ColumnSpec<ActivityField>[] = [
  { field: 'team', header: 'Team', aliases: ['Area'], required: true },
  { field: 'measure', header: 'Measure', aliases: ['Activity'], required: true },
  { field: 'month', header: 'Month end', aliases: ['Month', 'Date'], required: true },
  { field: 'count', header: 'Count', aliases: ['Value', 'Number'], required: true },
];

export interface ActivityFigure {
  team: string;
  measure: string;
  month: MonthKey;
  count: number;
  at: CellLocation;
}

/** A team's or measure's name as compared: case and spacing aside ("team a " is "Team A"). */
const comparable = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The first spelling of each name, so a later row spelt differently ("team a " after "Team A") is
 * counted with it rather than as a team of its own; each other spelling is pointed out once.
 */
class Spellings {
  private readonly first = new Map<string, { name: string; at: CellLocation }>();
  private readonly told = new Set<string>();
  constructor(
    private readonly what: 'team' | 'measure',
    private readonly issues: IssueList,
  ) {}
  of(name: string, at: CellLocation): string {
    const key = comparable(name);
    const earlier = this.first.get(key);
    if (!earlier) {
      this.first.set(key, { name, at });
      return name;
    }
    if (earlier.name !== name && !this.told.has(name)) {
      this.told.add(name);
      this.issues.warn(
        'activity-spelling',
        `The ${this.what} "${name}" is counted as "${earlier.name}" (${earlier.at.sheet}!${earlier.at.cell}): the two differ only in capitals or spaces.`,
        `Spell it "${earlier.name}" throughout, or, if they are two ${this.what}s, name them apart.`,
        at,
      );
    }
    return earlier.name;
  }
}

/** Reads the activity table: one row per team, measure and month end, each with its count. */
export function parseActivity(table: RawTable, issues: IssueList, date1904 = false): ActivityFigure[] {
  const figures: ActivityFigure[] = [];
  const seen = new Map<string, CellLocation>();
  const teams = new Spellings('team', issues);
  const measures = new Spellings('measure', issues);
  for (const row of calculatedRows(readTable(table, ACTIVITY_COLUMNS, issues), ACTIVITY_COLUMNS, issues)) {
    const typedTeam = cellText(row.cell('team'));
    const typedMeasure = cellText(row.cell('measure'));
    const team = typedTeam && teams.of(typedTeam, row.at('team'));
    const measure = typedMeasure && measures.of(typedMeasure, row.at('measure'));
    if (!team && !measure) continue;
    const reading = readMonthCell(row.cell('month'), 'Month end', date1904);
    if (!reading.ok) {
      issues.error(
        reading.kind === 'implausible' ? 'implausible-month' : 'activity-bad-month',
        reading.message,
        reading.fix,
        row.at('month'),
      );
      continue;
    }
    const month = reading.month;
    const count = readNumber(row.cell('count'));
    if (!count.ok) {
      const asText = count.problem === 'numeric-text';
      issues.error(
        asText ? 'number-as-text' : 'activity-not-a-number',
        `The ${measure || 'activity'} count for ${team || 'this row'} ${describeNotANumber(count)}.`,
        asText ? NUMBER_AS_TEXT_FIX : 'Type the count, or delete the row.',
        row.at('count'),
      );
      continue;
    }
    if (count.value < 0) {
      issues.error(
        'activity-negative',
        `The ${measure || 'activity'} count for ${team || 'this row'} is ${count.value}: a count of cases or people cannot be below zero.`,
        'Type the count as it was (0 where there were none), or delete the row.',
        row.at('count'),
      );
      continue;
    }
    if (!team || !measure) {
      issues.error(
        'activity-incomplete',
        'This activity row has no team or no measure.',
        'Fill in both, or delete the row.',
        row.location,
      );
      continue;
    }
    const key = `${team}\u0000${measure}\u0000${month}`;
    const earlier = seen.get(key);
    if (earlier) {
      issues.error(
        'activity-duplicate',
        `${measure} for ${team}, ${longMonthLabel(month)} is given twice (also at ${earlier.sheet}!${earlier.cell}).`,
        'Keep one of the two rows.',
        row.location,
      );
      continue;
    }
    seen.set(key, row.location);
    figures.push({ team, measure, month, count: count.value, at: row.at('count') });
  }
  return figures;
}
