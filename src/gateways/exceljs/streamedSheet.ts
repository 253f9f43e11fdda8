/**
 * A sheet read straight from its part's XML instead of from an ExcelJS model: a large data sheet
 * is scanned once per read, keeping only the cells inside the box asked for, so memory follows
 * what is read and no cell object is ever made. Values are read as ExcelJS reads them
 * (cellValues.ts); as there, only a merged area's top-left cell holds its value.
 */
import type { RangeBox, RawCell, RawFormula, RawRange, RawTable } from '../../engine';
import { boxAddress, cellAddress, MAX_TABLE_CELLS, parseRangeAddress, SHEET_COLUMNS, SHEET_ROWS } from '../../engine';
import type { BookSheet, Extent } from './book';
import type { CellContext, CellXml } from './cellValues';
import { cellValue, DateCache } from './cellValues';
import { slideFormula } from './sharedFormula';
import { KEEP_TEXT_BELOW, PIECE_BYTES, tailOf, textPieces } from './sheetPieces';
import type { XlsxPackage } from './xlsxPackage';
import type { Collected, Rows, WholeSheet } from './wholeSheet';
import { cutFromWhole, PREALLOCATE_WIDTH } from './wholeSheet';
import type { XmlHandler } from './xmlScan';
import { attribute, scanXml } from './xmlScan';

/** Column and row of an A1 address ("AB12"); 0 for a part the address lacks. */
function splitAddress(address: string): { column: number; row: number } {
  let column = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c >= 65 && c <= 90) column = column * 26 + (c - 64);
    else if (c >= 97 && c <= 122) column = column * 26 + (c - 96);
    else break;
  }
  return { column, row: Number(address.slice(i)) || 0 };
}

/** ExcelJS reads a linked cell as its text. */
function linkText(value: RawCell): RawCell {
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
}

const isOn = (value: string | undefined): boolean => value === '1' || value === 'true';

type Visit = (row: number, column: number, cell: CellXml) => void;

export class StreamedSheet implements BookSheet {
  private extentFound?: Extent;

  constructor(
    readonly name: string,
    private readonly pkg: XlsxPackage,
    private readonly path: string,
    private readonly context: () => CellContext,
  ) {}

  private xmlText?: string;
  private tailText?: string;

  /**
   * The part's XML, in pieces that each end at a row's end, and its text after the cells (merges,
   * links), when asked. A sheet is read several times in a run (its table, then each reference), so
   * a small part's text is kept whole; a large data sheet is inflated again for each read, a few
   * megabytes at a time (its text after the cells found in a pass of its own, once), so that
   * neither its whole text nor its bytes are ever held.
   */
  private read(): { pieces: Iterable<string>; tail: () => string } {
    if (this.xmlText === undefined && this.pkg.size(this.path) <= KEEP_TEXT_BELOW) this.xmlText = this.pkg.text(this.path);
    const whole = this.xmlText;
    if (whole !== undefined) return { pieces: [whole], tail: () => whole.slice(whole.lastIndexOf('sheetData>')) };
    return {
      pieces: textPieces(this.pkg.pieces(this.path, PIECE_BYTES)),
      tail: () => (this.tailText ??= tailOf(() => this.pkg.pieces(this.path, PIECE_BYTES))),
    };
  }

  /** Calls `visit` for each cell element in rows top..bottom, in order; returns how far rows and cells reach. */
  private scan(
    pieces: Iterable<string>,
    top: number,
    bottom: number,
    visit: Visit,
    withFormulas = false,
    hidden?: number[],
  ): Extent {
    const extent = { rowCount: 0, columnCount: 0 };
    let row = 0;
    let column = 0;
    let cell: CellXml | undefined;
    let capture: 'v' | 't' | 'f' | undefined;
    let phonetic = 0;
    let stopped = false;
    const handler: XmlHandler = {
      open(name, tag) {
        if (name === 'row') {
          row = Number(attribute(tag, 'r') ?? row + 1);
          column = 0;
          if (hidden && row >= top && row <= bottom && isOn(attribute(tag, 'hidden'))) hidden.push(row);
          extent.rowCount = Math.max(extent.rowCount, row);
          stopped = row > bottom;
          return stopped;
        }
        if (name === 'c') {
          const r = attribute(tag, 'r');
          column = r ? splitAddress(r).column : column + 1;
          extent.columnCount = Math.max(extent.columnCount, column);
          if (row < top && !withFormulas) return;
          cell = { type: attribute(tag, 't'), style: Number(attribute(tag, 's') ?? 0), value: undefined, formula: false };
        } else if (!cell) {
          return;
        } else if (name === 'f') {
          cell.formula = true;
          capture = 'f';
          if (attribute(tag, 't') === 'shared') cell.shared = { si: attribute(tag, 'si') ?? '', ref: attribute(tag, 'ref') };
        } else if (name === 'v') {
          // An empty <v></v> is a saved value: a formula's "" (=IF(…,"",…)), not one never calculated.
          capture = 'v';
          cell.value ??= '';
        } else if (name === 't' && phonetic === 0) capture = 't';
        else if (name === 'rPh') phonetic++;
      },
      close(name) {
        if (!cell) return;
        if (name === 'c') {
          if (row >= top) visit(row, column, cell);
          else if (cell.shared?.ref) visit(row, column, cell);
          cell = undefined;
        } else if (name === 'v' || name === 't' || name === 'f') capture = undefined;
        else if (name === 'rPh') phonetic--;
      },
      text(text) {
        if (!capture || !cell) return;
        if (capture === 'f') cell.formulaText = (cell.formulaText ?? '') + text;
        else cell.value = (cell.value ?? '') + text;
      },
    };
    // Each piece ends at a row's end, so the state above carries across them.
    for (const piece of pieces) {
      scanXml(piece, handler);
      if (stopped) break;
    }
    return extent;
  }

  /** The merged areas' cells other than their top-left one, as row*16384+column keys. */
  private static covered(xml: string): Set<number> {
    const covered = new Set<number>();
    for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)) {
      const box = parseRangeAddress(attribute(m[0], 'ref') ?? '');
      if (!box) continue;
      for (let r = box.top; r <= box.bottom; r++) {
        for (let c = box.left; c <= box.right; c++) if (r !== box.top || c !== box.left) covered.add(r * 16_384 + c);
      }
    }
    return covered;
  }

  /** Cells holding a link: ExcelJS reads them as their text. */
  private static linked(xml: string): Set<string> {
    return new Set([...xml.matchAll(/<(?:\w+:)?hyperlink\b[^>]*>/g)].map((m) => attribute(m[0], 'ref') ?? ''));
  }

  /** A small sheet's cells, read once with their formulas, every box after cut from them (wholeSheet.ts). */
  private whole?: WholeSheet;

  /**
   * The cells of `box` that hold something, by row (from the box's top), and the box cut to its last
   * row and column holding a value. A large sheet is scanned for the box alone: memory follows what is read.
   */
  private collect(box: RangeBox, withFormulas = false): Collected {
    if (this.pkg.size(this.path) > KEEP_TEXT_BELOW) return this.scanBox(box, withFormulas);
    if (!this.whole) {
      const all = this.scanBox({ top: 1, left: 1, bottom: SHEET_ROWS, right: SHEET_COLUMNS }, true);
      this.whole = { ...all, formulaAt: new Set(all.formulas.map((f) => f.row * SHEET_COLUMNS + f.column)) };
    }
    return cutFromWhole(this.whole, box, withFormulas);
  }

  /**
   * The cells of `box` that hold something, read in one pass over the sheet's XML, by row (indexed
   * from the box's top); and the box cut to its last row and column holding a value.
   */
  private scanBox(box: RangeBox, withFormulas = false): Collected {
    const formulas: RawFormula[] = [];
    const masters = new Map<string, { formula: string; row: number; column: number }>();
    const context = this.context();
    const rows: Rows = [];
    // A row as wide as a narrow box is made whole at once: no spare slots in each of many rows.
    const width = box.right - box.left + 1;
    const newRow = width <= PREALLOCATE_WIDTH ? () => new Array<RawCell>(width).fill(null) : () => [];
    const dates = new DateCache();
    // Merges and links follow the cells in the part: found first, so one pass does the rest.
    const { pieces, tail } = this.read();
    const after = tail();
    const covered = StreamedSheet.covered(after);
    const linked = StreamedSheet.linked(after);
    let bottom = box.top;
    let right = box.left;
    const hidden: number[] = [];
    const extent = this.scan(
      pieces,
      box.top,
      box.bottom,
      (row, column, xmlCell) => {
        const shared = xmlCell.shared;
        if (shared?.ref && xmlCell.formulaText) masters.set(shared.si, { formula: xmlCell.formulaText, row, column });
        if (row < box.top || column < box.left || column > box.right || covered.has(row * 16_384 + column)) return;
        if (withFormulas && xmlCell.formula) {
          const master = shared && !xmlCell.formulaText ? masters.get(shared.si) : undefined;
          const formula = master ? slideFormula(master.formula, master, { row, column }) : xmlCell.formulaText;
          if (formula) formulas.push({ row, column, formula });
        }
        let value = cellValue(xmlCell, context);
        if (value === null) return;
        if (value instanceof Date) value = dates.shared(value);
        if (linked.size && linked.has(cellAddress(row, column))) value = linkText(value);
        const values = (rows[row - box.top] ??= newRow());
        values[column - box.left] = value;
        if (!xmlCell.formula && value === '') return;
        if (row > bottom) bottom = row;
        if (column > right) right = column;
      },
      withFormulas,
      hidden,
    );
    if (box.bottom >= extent.rowCount) this.extentFound ??= extent;
    return { rows, filled: { top: box.top, left: box.left, bottom, right }, formulas, hidden };
  }

  /**
   * The box's rows, each as wide as the box, from rows read from `from` (which holds `box`); a row
   * read from `from`'s left edge is reused, not copied.
   */
  private static dense(rows: Rows, from: RangeBox, box: RangeBox): RawCell[][] {
    const cells: RawCell[][] = new Array<RawCell[]>(box.bottom - box.top + 1);
    const width = box.right - box.left + 1;
    for (let r = box.top; r <= box.bottom; r++) {
      const values = rows[r - from.top];
      if (values && from.left === box.left) {
        if (values.length !== width) values.length = width;
        for (let i = 0; i < width; i++) values[i] ??= null;
        cells[r - box.top] = values;
        continue;
      }
      const line = new Array<RawCell>(width);
      for (let c = box.left; c <= box.right; c++) line[c - box.left] = values?.[c - from.left] ?? null;
      cells[r - box.top] = line;
    }
    return cells;
  }

  private range(box: RangeBox, cells: RawCell[][], formulas: RawFormula[] = []): RawRange {
    return {
      sheet: this.name,
      address: boxAddress(box),
      top: box.top,
      left: box.left,
      cells,
      ...(formulas.length ? { formulas } : {}),
    };
  }

  /** The cells of a box, blank where the sheet has none; with `withFormulas`, formula cells' text too. */
  readCells(box: RangeBox, withFormulas = false): RawRange {
    const { rows, formulas } = this.collect(box, withFormulas);
    return this.range(box, StreamedSheet.dense(rows, box, box), formulas);
  }

  /** Every cell holding something, however far apart (a stray value far out costs nothing more). */
  filledCells(): { row: number; column: number; value: RawCell }[] {
    const { rows } = this.collect({ top: 1, left: 1, bottom: SHEET_ROWS, right: SHEET_COLUMNS });
    const found: { row: number; column: number; value: RawCell }[] = [];
    rows.forEach((values, index) => values?.forEach((value, i) => found.push({ row: index + 1, column: i + 1, value })));
    return found;
  }

  /** The box cut to its last row and column holding a value. */
  filledBox(box: RangeBox): RangeBox {
    return this.collect(box).filled;
  }

  /**
   * A table's filled cells in one pass; when they are more than any scorecard needs (a stray
   * value in the sheet's far corner), only its first cell and how far the filled part reaches.
   */
  readTable(box: RangeBox): Pick<RawTable, 'range' | 'tooLarge' | 'hiddenRows'> {
    const { rows, filled, hidden } = this.collect(box);
    const count = (filled.bottom - filled.top + 1) * (filled.right - filled.left + 1);
    const hiddenRows = hidden.filter((row) => row <= filled.bottom);
    if (count <= MAX_TABLE_CELLS) {
      return { range: this.range(filled, StreamedSheet.dense(rows, box, filled)), ...(hiddenRows.length ? { hiddenRows } : {}) };
    }
    const corner = { ...filled, bottom: filled.top, right: filled.left };
    return {
      range: this.range(corner, StreamedSheet.dense(rows, box, corner)),
      tooLarge: { reaches: cellAddress(filled.bottom, filled.right), cells: count },
    };
  }

  /** How far the sheet's rows and cells reach, as ExcelJS's rowCount and columnCount. */
  extent(): Extent {
    this.extentFound ??= this.scan(this.read().pieces, 1, Number.MAX_SAFE_INTEGER, () => undefined);
    return this.extentFound;
  }
}
