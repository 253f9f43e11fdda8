/**
 * A declarative description of what to write: sheets, cells (values or formulas), number
 * formats, styles and conditional-format rules. Data, not calls: every gateway applies it.
 */

export type CellValue = string | number | boolean | null;

export interface PlanCell {
  /** The value to show; for a formula, the value the engine expects it to calculate. */
  value: CellValue;
  /** An Excel formula in A1 style, starting with '='. Text values are never formulas. */
  formula?: string;
  numberFormat?: string;
}

export interface Style {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
  /** A thin border under the range (header rows). */
  borderBottom?: boolean;
}

export interface StyledRange {
  range: string;
  style: Style;
}

export interface CfFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

/** Rules key on the cell's own value, which Excel re-evaluates reliably. */
export type CfRule =
  { type: 'textEquals'; text: string; format: CfFormat } | { type: 'between'; min: number; max: number; format: CfFormat };

export interface ConditionalFormat {
  range: string;
  rules: CfRule[];
}

/** What an output sheet is for; gateways find earlier output by role, even when renamed. */
export type OutputRole =
  'scorecard' | 'summary' | 'runLog' | 'impact' | 'areas' | 'exceptions' | 'activity' | 'benchmarks' | `area:${string}`;

/** A line chart over a block of the sheet's own cells, placed over a block of cells. */
export interface ChartPlan {
  /** Unique on the sheet; the gateway may add a suffix of its own. */
  name: string;
  title: string;
  /** The data, series in rows: the first column names the series, the first row the categories. */
  source: string;
  /** Top-left and bottom-right cells it covers. */
  from: string;
  to: string;
  /** Alternative text for people who cannot see the chart: a short title and what it shows. */
  altText: { title: string; description: string };
}

/**
 * How a sheet prints: landscape or not (SheetPlan.landscape), always one page wide and as many
 * pages tall as it needs, with the header rows repeated on every page and a new page before
 * each listed row (the sections of a long scorecard).
 */
interface PrintSetup {
  /** The rows repeated at the top of every printed page, 1-based and inclusive. */
  titleRows?: { from: number; to: number };
  /** 1-based rows that start a new printed page. */
  breaksBefore: number[];
  /** 1-based rows where a section starts: printSetup.ts breaks before one that would run over a page. */
  sections?: number[];
}

export interface SheetPlan {
  name: string;
  role: OutputRole;
  /** Rows of cells from A1; every row has the same length. */
  cells: PlanCell[][];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Heights in points of rows whose wrapped text needs more than one line, by 1-based row. */
  rowHeights: Record<number, number>;
  styles: StyledRange[];
  merges: string[];
  conditionalFormats: ConditionalFormat[];
  charts?: ChartPlan[];
  freeze?: { rows: number; columns: number };
  tabColor?: string;
  landscape?: boolean;
  print?: PrintSetup;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
}
