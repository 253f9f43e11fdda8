import type { Indicator } from '../engine';

/**
 * Formulas that depend on nothing but the indicator and where its row is (its RAG, its arrows, its
 * target, its result over the counts beside it), made once for every area's sheet of one plan:
 * the area sheets lay the indicators out on the same rows, so 49 sheets share each text instead
 * of building and keeping 49 copies. The figures' own formulas (the data cells behind them) differ
 * by area and are never shared. One plan's memo: indicators are read, never changed, while it runs.
 */
export class SharedFormulas {
  private readonly byIndicator = new Map<Indicator, Map<string, string>>();

  /** The formula `make` gives for this indicator and key (the row and what else the text depends on), made once. */
  get(indicator: Indicator, key: string, make: () => string): string {
    let formulas = this.byIndicator.get(indicator);
    if (!formulas) this.byIndicator.set(indicator, (formulas = new Map()));
    let formula = formulas.get(key);
    if (formula === undefined) formulas.set(key, (formula = make()));
    return formula;
  }
}
