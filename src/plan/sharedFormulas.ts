import type { Indicator } from '../engine';

/**
 * What a formula that is shared depends on besides its indicator and row: one slot each, so a
 * formula is found by one number (row * SLOTS + slot), with no text key built for every cell.
 */
export const FORMULA_SLOT = {
  result: 0,
  /** The RAG with the denominator cell beside it as the minimum-denominator test. */
  ragOverDenominatorCell: 1,
  /** The RAG of a figure with no denominator. */
  ragWithoutDenominator: 2,
  target: 3,
  unrated: 4,
  /** An arrow: this slot plus the column of the earlier figure. */
  arrow: 5,
} as const;
const SLOTS = 64;

/**
 * Formulas that depend on nothing but the indicator and where its row is (its RAG, its arrows, its
 * target, its result over the counts beside it), made once for every area's sheet of one plan:
 * the area sheets lay the indicators out on the same rows, so 49 sheets share each text instead
 * of building and keeping 49 copies. The figures' own formulas (the data cells behind them) differ
 * by area and are never shared. One plan's memo: indicators are read, never changed, while it runs.
 */
export class SharedFormulas {
  private readonly byIndicator = new Map<Indicator, Map<number, string>>();

  /** The indicator's formulas, by row * SLOTS + slot. */
  private formulasOf(indicator: Indicator): Map<number, string> {
    let formulas = this.byIndicator.get(indicator);
    if (!formulas) this.byIndicator.set(indicator, (formulas = new Map()));
    return formulas;
  }

  /**
   * The formula in this slot of this indicator's row, if made: callers make it on a miss and
   * `keep` it (no closure made for every cell, as most calls find it).
   */
  find(indicator: Indicator, row: number, slot: number): string | undefined {
    if (slot < 0 || slot >= SLOTS) return undefined;
    return this.formulasOf(indicator).get(row * SLOTS + slot);
  }

  keep(indicator: Indicator, row: number, slot: number, formula: string): string {
    if (slot < 0 || slot >= SLOTS) return formula;
    this.formulasOf(indicator).set(row * SLOTS + slot, formula);
    return formula;
  }
}
