import type { IssueList } from '../issues';
import { quoteSheet } from '../issues';
import { longMonthLabel } from '../months';
import type { CellLocation, Observation } from '../types';
import type { Catalogue } from './catalogue';

const where = (at: CellLocation): string => `${quoteSheet(at.sheet)}!${at.cell}`;
const keyOf = (o: Observation): string => `${o.indicatorId}\u0000${o.area}\u0000${o.month}`;

/**
 * A catalogue reference and data-table rows for the same indicator, area and month are two
 * answers to one question: the reference would be taken as the period figure and the rows
 * (the period figure again, or in-month counts that add up to it) would be ignored or
 * double-counted. Rather than pick one, report both cells once and leave the reference's
 * figure out. Rolling 3 months rows and figures excluding a cohort answer other questions.
 */
export function withoutConflictingReferences(
  fromData: Observation[],
  fromReferences: Observation[],
  catalogue: Catalogue,
  issues: IssueList,
): Observation[] {
  const dataRows = new Map<string, Observation[]>();
  for (const o of fromData) {
    if (o.excluding || o.basis === 'R3M') continue;
    const key = keyOf(o);
    const list = dataRows.get(key);
    if (list) list.push(o);
    else dataRows.set(key, [o]);
  }
  return fromReferences.filter((o) => {
    const rows = dataRows.get(keyOf(o));
    const first = rows?.[0];
    if (!rows || !first) return true;
    const indicator = catalogue.byId.get(o.indicatorId);
    const refCell = indicator?.at.numeratorRef ?? indicator?.row ?? o.at;
    const more = rows.length > 1 ? ` and ${rows.length - 1} more row${rows.length > 2 ? 's' : ''}` : '';
    const basis = first.basis === 'month' ? 'in-month counts' : "the indicator's own period figure";
    issues.error(
      'reference-and-data',
      `Indicator ${o.indicatorId}, ${o.area}, ${longMonthLabel(o.month)} has two sources: the catalogue reference (${where(o.at)}) and the data table (${where(first.at)}${more}, ${basis}). They could disagree, so neither is used.`,
      `Keep one: clear the Numerator and Denominator ref on ${where(refCell)} to use the data table, or delete the data table's ${longMonthLabel(o.month)} row${rows.length > 1 ? 's' : ''} for ${o.area}.`,
      refCell,
      o.indicatorId,
    );
    return false;
  });
}
