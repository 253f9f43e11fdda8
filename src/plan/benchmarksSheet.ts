import type { Direction, Indicator, ScorecardResults } from '../engine';
import { directionOfTravel, monthLabel } from '../engine';
import { figureFormat } from './presentation';
import { arrowFormula, catalogueRef, cellRef, NO_RESULT } from './formulas';
import { Grid } from './grid';
import { ARROW_FORMAT, HEADER_FILL, HEADER_FONT, TAB_COLOR, TITLE_STYLES } from './palette';
import type { ScorecardLayout } from './scorecardSheet';
import { SCORECARD_COLUMNS } from './scorecardSheet';
import type { CfRule, PlanCell, SheetPlan } from './types';

const WORDS: Record<Direction, string> = { improved: 'Better', same: 'Same', worse: 'Worse' };
const GLYPHS = { improved: WORDS.improved, same: WORDS.same, worse: WORDS.worse };

/** Where the scorecard's own result for an indicator is, for a live reference to it. */
function resultRef(sheetName: string, layout: ScorecardLayout, indicator: Indicator): string | undefined {
  const row = layout.rowOf.get(indicator.id);
  return row === undefined ? undefined : cellRef({ sheet: sheetName, cell: Grid.address(row, SCORECARD_COLUMNS.result) });
}

/**
 * Each indicator beside its comparators (statistical neighbours, England): better, same or worse
 * by the indicator's polarity (T: closer to the target is better). Live formulas over the
 * scorecard's result and the catalogue's comparator cells.
 */
export function benchmarksSheet(
  results: ScorecardResults,
  area: string,
  name: string,
  scorecard: { sheetName: string; layout: ScorecardLayout },
): SheetPlan | undefined {
  const rows = (results.byArea.get(area) ?? []).filter((r) => r.indicator.benchmarks?.length);
  if (rows.length === 0) return undefined;
  const labels = [...new Set(rows.flatMap((r) => r.indicator.benchmarks!.map((b) => b.label)))];
  const headers = ['ID', 'Indicator', 'Polarity', 'Result', ...labels.flatMap((l) => [l, `vs ${l}`])];
  const grid = new Grid(headers.length);
  grid.add([`Benchmarks - ${area}`]);
  grid.add([monthLabel(results.month)]);
  grid.add();
  const header = grid.add(headers);
  for (const { indicator, current } of rows) {
    const format = figureFormat(indicator.unit, indicator.decimals);
    const result = resultRef(scorecard.sheetName, scorecard.layout, indicator);
    const here = grid.nextRow;
    const cells: PlanCell[] = [
      { value: indicator.id },
      { value: indicator.name },
      { value: indicator.polarity ?? NO_RESULT },
      { value: current.value ?? NO_RESULT, ...(result ? { formula: `=${result}` } : {}), numberFormat: format },
    ];
    for (const label of labels) {
      const benchmark = indicator.benchmarks!.find((b) => b.label === label);
      if (!benchmark) {
        cells.push({ value: '-' }, { value: '-' });
        continue;
      }
      const at = indicator.at[label === 'England' ? 'england' : 'statNeighbours'];
      cells.push({ value: benchmark.value, ...(at ? { formula: `=${catalogueRef(indicator, at)}` } : {}), numberFormat: format });
      const mine = Grid.address(here, 4);
      const theirs = Grid.address(here, cells.length);
      const target = indicator.at.target ? catalogueRef(indicator, indicator.at.target) : String(indicator.target ?? 0);
      const direction = current.value === undefined ? undefined : directionOfTravel(indicator, current.value, benchmark.value);
      cells.push({
        value: direction ? WORDS[direction] : NO_RESULT,
        formula: `=${arrowFormula(indicator, mine, theirs, target, GLYPHS)}`,
      });
    }
    grid.add(cells);
  }
  const rules: CfRule[] = (['improved', 'same', 'worse'] as const).map((d) => ({
    type: 'textEquals',
    text: WORDS[d],
    format: ARROW_FORMAT[d],
  }));
  return {
    name,
    role: 'benchmarks',
    cells: grid.rows,
    columnWidths: [6, 60, 8, 9, ...labels.flatMap(() => [12, 10])],
    rowHeights: {},
    styles: [
      ...TITLE_STYLES,
      {
        range: Grid.span(header, 1, headers.length),
        style: { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true },
      },
    ],
    merges: [],
    conditionalFormats: labels.map((_, i) => ({ range: Grid.column(6 + i * 2, header + 1, grid.rows.length), rules })),
    freeze: { rows: header, columns: 2 },
    tabColor: TAB_COLOR,
  };
}
