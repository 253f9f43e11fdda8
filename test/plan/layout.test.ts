import { recalculate } from '../../src/app/recalculate';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { buildMonthlyReturnWorkbook } from '../../src/example/monthlyReturnExample';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import type { SheetPlan, WorkbookPlan } from '../../src/plan';
import { styleLookup } from '../../src/plan/cellStyles';
import { shownText } from '../../src/plan/shownText';
import { parseRangeAddress } from '../../src/engine';

/**
 * Nothing clipped, checked on every planned sheet of both examples with a measure of its own
 * (not the plan's): a character is at least 0.85 of a column-width unit, bold 10% wider, larger
 * fonts in proportion. A cell that does not wrap must fit its column (text at the end of its row
 * may spill into the empty columns to its right, as Excel shows it; a merged cell, its span); a
 * wrapped cell must fit its longest word, and its row must be tall enough for its lines.
 */
const plans: [string, WorkbookPlan][] = [];

beforeAll(async () => {
  for (const [name, workbook] of [
    ['Kent', buildKentWorkbook()],
    ['Northbrook', buildMonthlyReturnWorkbook()],
  ] as const) {
    const outcome = await recalculate(new ExcelJsGateway(workbook));
    if (!outcome.ok) throw new Error(`${name}: ${JSON.stringify(outcome.issues)}`);
    plans.push([name, outcome.plan]);
  }
});

const measure = (text: string, style: { bold?: boolean; fontSize?: number }, perCharacter = 0.85): number =>
  text.length * perCharacter * (style.bold ? 1.1 : 1) * ((style.fontSize ?? 11) / 11);

/** Running text averages narrower than a string of digits: 0.8 a character, for counting lines. */
const TEXT = 0.8;

/** Lines a wrapped text needs at `width` characters, by the same lower-bound measure. */
function lines(text: string, width: number, style: { bold?: boolean; fontSize?: number }): number {
  let count = 0;
  for (const paragraph of text.split('\n')) {
    count += 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = measure(word, style, TEXT);
      const space = measure(' ', style, TEXT);
      if (used > 0 && used + space + w > width) {
        count += 1;
        used = w;
      } else used += (used > 0 ? space : 0) + w;
    }
  }
  return count;
}

function merges(sheet: SheetPlan): Map<string, { last: number; bottom: number }> {
  const byCell = new Map<string, { last: number; bottom: number }>();
  for (const range of sheet.merges) {
    const box = parseRangeAddress(range)!;
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++)
        byCell.set(
          `${r},${c}`,
          r === box.top && c === box.left ? { last: box.right, bottom: box.bottom } : { last: -1, bottom: -1 },
        );
  }
  return byCell;
}

/** What is clipped on a sheet, in words: empty when nothing is. */
function clipped(sheet: SheetPlan): string[] {
  const problems: string[] = [];
  const styleOf = styleLookup(sheet);
  const merged = merges(sheet);
  const widths = sheet.columnWidths;
  const sum = (from: number, to: number) => widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  sheet.cells.forEach((row, i) => {
    const r = i + 1;
    row.forEach((cell, j) => {
      const c = j + 1;
      const text = shownText(cell);
      const span = merged.get(`${r},${c}`);
      if (!text || span?.last === -1) return;
      const style = styleOf(r, c);
      const room = span ? sum(c, span.last) : (widths[j] ?? 0);
      const where = `${sheet.name}!R${r}C${c} "${text.slice(0, 40)}"`;
      if (style.wrap) {
        const longest = Math.max(...text.split(/\s+/).map((w) => measure(w, style)));
        if (room < longest) problems.push(`${where}: longest word needs ${longest.toFixed(1)}, column has ${room}`);
        const needed = lines(text, room, style) * 12 * Math.max(1, (style.fontSize ?? 11) / 11);
        const height = sheet.rowHeights[r] ?? 15;
        if (height < needed) problems.push(`${where}: needs ${needed} points of row, has ${height}`);
        return;
      }
      let end = c;
      // White header text spilling onto white shows nothing, so it does not count.
      const light = /^#?F{6}$/i.test(style.fontColor ?? '');
      const spills = !span && typeof cell.value === 'string' && (style.hAlign ?? 'left') === 'left' && !light;
      // Into the run of empty cells to its right (Excel's overflow), up to the next cell with something in it.
      while (spills && end < row.length && !shownText(row[end]!) && !merged.has(`${r},${end + 1}`)) end++;
      const available = spills ? sum(c, end) : room;
      if (available < measure(text, style)) {
        problems.push(`${where}: needs ${measure(text, style).toFixed(1)}, has ${available.toFixed(1)}`);
      }
    });
  });
  return problems;
}

test('every planned sheet of both examples shows every cell whole', () => {
  const sheets = plans.flatMap(([example, plan]) => plan.sheets.map((s) => [example, s] as const));
  expect(sheets.length).toBeGreaterThan(10);
  for (const [example, sheet] of sheets)
    expect({ example, sheet: sheet.name, clipped: clipped(sheet) }).toEqual({
      example,
      sheet: sheet.name,
      clipped: [],
    });
});

test('the Summary puts RAG-change indicator names in the wide column, whole', () => {
  const summary = plans[0]![1].sheets.find((s) => s.role === 'summary')!;
  const header = summary.cells.findIndex((row) => row[0]?.value === 'Indicator' && row[1]?.value === 'ID');
  expect(header).toBeGreaterThan(0);
  const names = summary.cells.slice(header + 1, header + 5).map((row) => row[0]?.value);
  expect(names).toContain('Numbers of Unallocated Cases');
  expect(clipped(summary)).toEqual([]);
});

test('a column that is too narrow for its content is caught', () => {
  const scorecard = plans[0]![1].sheets.find((s) => s.role === 'scorecard')!;
  const narrowed = { ...scorecard, columnWidths: scorecard.columnWidths.map((w, i) => (i === 4 ? 3 : w)) };
  expect(clipped(narrowed).length).toBeGreaterThan(0);
  const flattened = { ...scorecard, rowHeights: {} };
  expect(clipped(flattened).some((p) => p.includes('points of row'))).toBe(true);
});

test('the run log header row is tall enough for its wrapped headers and repeats on each printed page', () => {
  const runLog = plans[0]![1].sheets.find((s) => s.role === 'runLog');
  // The Kent example run by the pane's path writes a run log.
  if (!runLog) throw new Error('no run log planned');
  expect(runLog.rowHeights[1]).toBeGreaterThanOrEqual(30);
  expect(runLog.print?.titleRows).toEqual({ from: 1, to: 1 });
});
