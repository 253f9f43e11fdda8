import type { ActivityTable } from '../engine';
import { activityKey, monthLabel } from '../engine';
import { cellRef } from './formulas';
import { Grid } from './grid';
import { COUNT_FORMAT } from './presentation';
import { HEADER_FILL, HEADER_FONT, TAB_COLOR, TITLE_STYLES } from './palette';
import type { PlanCell, SheetPlan } from './types';

/** Shows a change signed, as the report does: +240, -19, 0. */
const CHANGE_FORMAT = '+0;-0;0';

/**
 * "SCS Activity": each team's counts this month, last month and the change, and the in-month
 * flows, like the 2017 report. Counts are formulas over the activity table's cells, and each
 * change is this month minus last, so an edited count moves its change too.
 */
export function activitySheet(activity: ActivityTable, name: string): SheetPlan {
  const headers = ['Team'];
  for (const m of activity.measures) {
    headers.push(...(m.compared ? [`${m.name} - This month`, `${m.name} - Last month`, `${m.name} - Change`] : [m.name]));
  }
  const grid = new Grid(headers.length);
  grid.add(['SCS Activity']);
  grid.add([monthLabel(activity.month)]);
  grid.add();
  const header = grid.add(headers);
  for (const team of activity.teams) {
    const row: PlanCell[] = [{ value: team }];
    const rowNumber = grid.nextRow;
    for (const m of activity.measures) {
      const cell = activity.cells.get(activityKey(team, m.name)) ?? {};
      const count = (c: { count: number; at: { sheet: string; cell: string } } | undefined): PlanCell =>
        c ? { value: c.count, formula: `=${cellRef(c.at)}`, numberFormat: COUNT_FORMAT } : { value: '-' };
      row.push(count(cell.now));
      if (!m.compared) continue;
      row.push(count(cell.before));
      if (cell.now && cell.before) {
        const column = row.length;
        const [now, before] = [Grid.address(rowNumber, column - 1), Grid.address(rowNumber, column)];
        row.push({ value: cell.now.count - cell.before.count, formula: `=${now}-${before}`, numberFormat: CHANGE_FORMAT });
      } else row.push({ value: '-' });
    }
    grid.add(row);
  }
  return {
    name,
    role: 'activity',
    cells: grid.rows,
    columnWidths: [26, ...headers.slice(1).map(() => 11)],
    rowHeights: { [header]: 45 },
    styles: [
      ...TITLE_STYLES,
      {
        range: Grid.span(header, 1, headers.length),
        style: { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, vAlign: 'top' },
      },
      { range: `B${header + 1}:${Grid.address(grid.rows.length, headers.length)}`, style: { hAlign: 'center' } },
    ],
    merges: [],
    conditionalFormats: [],
    freeze: { rows: header, columns: 1 },
    tabColor: TAB_COLOR,
    landscape: true,
  };
}
