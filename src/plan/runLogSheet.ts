import type { Counts, MonthKey } from '../engine';
import { dateTimeSerial, monthEndSerial } from '../engine';
import { Grid } from './grid';
import { HEADER_FILL, HEADER_FONT, TAB_COLOR } from './palette';
import { COUNT_FORMAT } from './presentation';
import { RUN_LOG_HEADERS } from './previousOutput';
import type { CellValue, PlanCell, SheetPlan } from './types';

/** One recalculation, as the run log records it. */
interface RunRecord {
  at: Date;
  /** Who ran it, where the client tells; blank otherwise. */
  by: string;
  month: MonthKey;
  area: string;
  counts: Counts;
  catalogueFingerprint: string;
  narrativeFingerprint: string;
  /** The add-in's own scorecard notes, fingerprinted, so a rerun tells an analyst's note from them. */
  notesFingerprints: string;
  /** The workbook counts dates from 1904 (its serials are 1,462 days smaller). */
  date1904: boolean;
}

const FORMATS: Partial<Record<(typeof RUN_LOG_HEADERS)[number], string>> = {
  'Recalculated at': 'dd/mm/yyyy hh:mm',
  'Reporting month': 'mmm yyyy',
  ...Object.fromEntries(
    (['Indicators', 'Green', 'Amber', 'Red', 'No RAG', 'Improved', 'Same', 'Worse'] as const).map((h) => [h, COUNT_FORMAT]),
  ),
};

function recordRow(r: RunRecord): CellValue[] {
  const c = r.counts;
  return [
    dateTimeSerial(r.at, r.date1904),
    r.by,
    monthEndSerial(r.month, r.date1904),
    r.area,
    c.total,
    c.G,
    c.A,
    c.R,
    c.none,
    c.improved,
    c.same,
    c.worse,
    r.catalogueFingerprint,
    r.narrativeFingerprint,
    r.notesFingerprints,
  ];
}

/**
 * The run log: every earlier row as it was, and this run's row at the foot. Values, not
 * formulas: it records what each run found.
 */
export function runLogSheet(name: string, earlier: CellValue[][], record: RunRecord): SheetPlan {
  const grid = new Grid(RUN_LOG_HEADERS.length);
  const header = grid.add([...RUN_LOG_HEADERS]);
  const cell = (value: CellValue, i: number): PlanCell => {
    const column = RUN_LOG_HEADERS[i];
    const format = column === undefined ? undefined : FORMATS[column];
    return format && typeof value === 'number' ? { value, numberFormat: format } : { value };
  };
  for (const row of [...earlier, recordRow(record)]) grid.add(row.map(cell));
  return {
    name,
    role: 'runLog',
    cells: grid.rows,
    // Sized to content, headers wrapped (widths.ts); these are the widths of columns still empty.
    columnWidths: RUN_LOG_HEADERS.map(() => 10),
    rowHeights: {},
    styles: [
      {
        range: Grid.span(header, 1, RUN_LOG_HEADERS.length),
        style: { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true },
      },
    ],
    merges: [],
    conditionalFormats: [],
    tabColor: TAB_COLOR,
    // The header row stays in view and is repeated on every printed page.
    freeze: { rows: header, columns: 1 },
    print: { titleRows: { from: header, to: header }, breaksBefore: [] },
  };
}
