/**
 * A percentage over a period is its numerators over its denominators as the period adds them up.
 * Each month's pair is checked as it is read (contract/figures.ts), but a pair of sides that add
 * up differently can pass every month and still go past 100% over the period: twelve months of
 * referrals (a Flow) over one month-end caseload (a Stock), say. The result is no percentage, so
 * the run stops at the indicator, naming the figures.
 */
import type { IssueList } from './issues';
import { monthLabel } from './months';
import { quoteNumber } from './quote';
import type { ScorecardResults } from './scorecard';

export function checkPeriodPercentages(results: Pick<ScorecardResults, 'byArea'>, issues: IssueList): void {
  const told = new Set<string>();
  for (const [area, rows] of results.byArea) {
    for (const { indicator, current, monthAgo, yearAgo, rolling3 } of rows) {
      if (indicator.unit !== 'percentage' || told.has(indicator.id)) continue;
      const figures: { label: string; month?: string; value?: number; numerator?: number; denominator?: number }[] = [
        { label: indicator.period, ...current },
        { label: 'R3M', ...rolling3 },
        { label: indicator.period, month: monthAgo?.month, value: monthAgo?.value },
        { label: indicator.period, month: yearAgo?.month, value: yearAgo?.value },
      ];
      const over = figures.find((f) => f.value !== undefined && Math.abs(f.value) > 1 + 1e-9);
      if (!over || over.value === undefined) continue;
      told.add(indicator.id);
      const when = over.month ? `, ${monthLabel(over.month)}` : '';
      const sides =
        over.numerator !== undefined && over.denominator !== undefined
          ? `: ${quoteNumber(over.numerator)} over ${quoteNumber(over.denominator)}`
          : '';
      issues.error(
        'numerator-above-denominator',
        `The ${over.label} result for ${area}${when} comes to ${(over.value * 100).toFixed(1)}%${sides}, and a percentage cannot pass 100%, though each month's figures are within it.`,
        'Check Numerator type and Denominator type (a Flow numerator over a Stock denominator adds a year of events over one month-end count) and that both references count the same children.',
        indicator.at.numeratorKind ?? indicator.at.numeratorRef ?? indicator.row,
        indicator.id,
      );
    }
  }
}
