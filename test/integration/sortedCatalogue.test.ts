/**
 * A catalogue sorted after a run (Data > Sort moves a row's values, not the references to them):
 * the scorecard's live formulas must show an error for a row that no longer holds its indicator,
 * never another indicator's target and a RAG that looks right. Calculated by HyperFormula over
 * the Kent output as written, with two catalogue rows swapped as a sort would.
 */
import type { HyperFormula } from 'hyperformula';
import { loadIntoHyperFormula, evaluatePlanned, mismatches } from '../helpers/hyperformula';
import { runKent } from '../helpers/kent';
import { SCORECARD_COLUMNS as C } from '../../src/plan/scorecardColumns';

/** The sheet's row (1-based) whose column A holds `id`, as HyperFormula has it. */
function rowOfId(hf: HyperFormula, sheetName: string, id: string): number {
  const sheet = hf.getSheetId(sheetName)!;
  const height = hf.getSheetDimensions(sheet).height;
  for (let row = 0; row < height; row++) {
    if (String(hf.getCellValue({ sheet, row, col: 0 })) === id) return row + 1;
  }
  throw new Error(`No row for indicator ${id} on ${sheetName}`);
}

const valueAt = (hf: HyperFormula, sheetName: string, row: number, column: number): unknown =>
  hf.getCellValue({ sheet: hf.getSheetId(sheetName)!, row: row - 1, col: column - 1 });

const isError = (value: unknown): boolean => typeof value === 'object' && value !== null && 'type' in value;

test('a catalogue sorted after a run shows #N/A on the rows that moved, not another indicator’s target', async () => {
  const { outcome, written } = await runKent();
  const hf = loadIntoHyperFormula(written);
  const scorecard = outcome.plan.sheets.find((s) => s.role === 'scorecard')!;
  // As written, every formula calculates to the engine's value.
  expect(mismatches(evaluatePlanned(hf, scorecard))).toEqual([]);

  // Two rated indicators with different targets, swapped in the catalogue as a sort would swap them.
  const rated = outcome.results.byArea.get(outcome.results.areas[0]!)!.filter((r) => r.indicator.target !== undefined);
  const first = rated[0]!.indicator;
  const second = rated.find((r) => r.indicator.target !== first.target)!.indicator;
  const catalogue = hf.getSheetId(first.row.sheet)!;
  const rowA = rowOfId(hf, first.row.sheet, first.id) - 1;
  const rowB = rowOfId(hf, first.row.sheet, second.id) - 1;
  const width = hf.getSheetDimensions(catalogue).width;
  const contents = (row: number) =>
    Array.from({ length: width }, (_, col) => hf.getCellSerialized({ sheet: catalogue, row, col }));
  const a = contents(rowA);
  const b = contents(rowB);
  hf.setCellContents({ sheet: catalogue, row: rowA, col: 0 }, [b]);
  hf.setCellContents({ sheet: catalogue, row: rowB, col: 0 }, [a]);

  for (const indicator of [first, second]) {
    const row = rowOfId(hf, scorecard.name, indicator.id);
    // The target and the RAG over it are errors, so a reader sees something is wrong.
    expect(isError(valueAt(hf, scorecard.name, row, C.target))).toBe(true);
    expect(isError(valueAt(hf, scorecard.name, row, C.rag))).toBe(true);
  }
  // A row the sort did not move still shows its own target and RAG.
  const untouched = rated.find((r) => r.indicator !== first && r.indicator !== second)!;
  const row = rowOfId(hf, scorecard.name, untouched.indicator.id);
  expect(valueAt(hf, scorecard.name, row, C.target)).toBeCloseTo(untouched.indicator.target!, 9);
  expect(valueAt(hf, scorecard.name, row, C.rag)).toBe(untouched.current.rag ?? expect.any(String));
});
