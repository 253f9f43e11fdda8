import type { RawCell, RawRange } from '../rawCell';
import { cellText } from '../rawCell';
import { cellAddress } from '../address';
import type { CellLocation } from '../types';
import type { IssueList } from '../issues';

/**
 * The workbook contract: three Excel tables the analyst keeps, found by table name
 * (or, failing that, by a sheet of the same name whose first row holds the headers).
 */
export const TABLE_NAMES = {
  catalogue: 'Catalogue',
  data: 'ScorecardData',
  settings: 'ScorecardSettings',
  activity: 'ScorecardActivity',
} as const;

export const SHEET_NAMES = {
  catalogue: 'Catalogue',
  data: 'Data',
  settings: 'Settings',
  activity: 'Activity',
} as const;

/** A table as a gateway read it: its whole range, header row first. */
export interface RawTable {
  name: string;
  range: RawRange;
}

export interface WorkbookInput {
  catalogue?: RawTable;
  data?: RawTable;
  settings?: RawTable;
  /** Team activity counts (optional): caseloads, referrals, … per team and month end. */
  activity?: RawTable;
  sheetNames: string[];
  /** Sheets earlier output went to, by output role (a renamed output sheet keeps its new name). */
  outputSheets?: Record<string, string>;
  /**
   * What earlier output sheets hold where people write (the summary's narrative, the run log),
   * by output role, so that a rerun keeps it.
   */
  previousOutput?: Record<string, RawRange>;
  /** Who last saved the workbook, where the client tells (for the run log). */
  author?: string;
  /** The saved what-if scenarios' sheet, as it stands (read with everything else). */
  scenarios?: RawRange;
}

export interface ColumnSpec<F extends string> {
  field: F;
  header: string;
  aliases: string[];
  required: boolean;
}

export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9%]+/g, '');
}

/** A table's rows, with each field's cell and where it sits. */
export interface TableRow<F extends string> {
  index: number;
  location: CellLocation;
  cell(field: F): RawCell;
  at(field: F): CellLocation;
  has(field: F): boolean;
}

/** One row of a table; methods on the prototype, so a 100,000-row table costs no closures. */
class TableRowView<F extends string> implements TableRow<F> {
  constructor(
    private readonly cells: RawCell[],
    private readonly sheet: string,
    private readonly rowNumber: number,
    private readonly left: number,
    private readonly columns: Map<F, number>,
    readonly index: number,
  ) {}

  get location(): CellLocation {
    return { sheet: this.sheet, cell: cellAddress(this.rowNumber, this.left) };
  }

  has(field: F): boolean {
    return this.columns.has(field);
  }

  cell(field: F): RawCell {
    const offset = this.columns.get(field);
    return offset === undefined ? null : (this.cells[offset] ?? null);
  }

  at(field: F): CellLocation {
    return { sheet: this.sheet, cell: cellAddress(this.rowNumber, this.left + (this.columns.get(field) ?? 0)) };
  }
}

/** Maps header names to fields and yields the non-blank rows. Reports missing or repeated headers. */
export function readTable<F extends string>(
  table: RawTable,
  specs: ColumnSpec<F>[],
  issues: IssueList,
): TableRow<F>[] | undefined {
  const { range } = table;
  const header = range.cells[0] ?? [];
  const columns = new Map<F, number>();
  header.forEach((cell, offset) => {
    const key = normaliseHeader(cellText(cell));
    if (!key) return;
    const spec = specs.find((s) => normaliseHeader(s.header) === key || s.aliases.some((a) => normaliseHeader(a) === key));
    if (!spec) return;
    const at = { sheet: range.sheet, cell: cellAddress(range.top, range.left + offset) };
    if (columns.has(spec.field)) {
      issues.error(
        'duplicate-column',
        `The ${table.name} table has two "${spec.header}" columns.`,
        'Rename or delete one of them.',
        at,
      );
      return;
    }
    columns.set(spec.field, offset);
  });
  const missing = specs.filter((s) => s.required && !columns.has(s.field));
  for (const spec of missing) {
    issues.error(
      'missing-column',
      `The ${table.name} table has no "${spec.header}" column.`,
      `Add a column headed "${spec.header}".`,
      { sheet: range.sheet, cell: cellAddress(range.top, range.left) },
    );
  }
  if (missing.length) return undefined;

  const rows: TableRow<F>[] = [];
  range.cells.forEach((cells, i) => {
    if (i === 0 || cells.every((c) => c === null || cellText(c) === '')) return;
    rows.push(new TableRowView(cells, range.sheet, range.top + i, range.left, columns, i - 1));
  });
  return rows;
}
