import type { IssueList } from '../issues';
import { addMonths, longMonthLabel } from '../months';
import type { CellLocation, Indicator, MonthKey } from '../types';

/** How far back from a series' latest month its months feed what the scorecard shows (trend, year ago). */
const MONTHS_SHOWN = 24;

/**
 * Months of a monthly series with no cases (0 of 0), gathered per area and said once: a month with
 * no cases adds nothing to a period, so one warning an area, for the months the scorecard uses
 * (the latest 24), not one per month back to the first.
 */
export class NoCases {
  private readonly byArea = new Map<string, { month: MonthKey; at: CellLocation }[]>();

  add(area: string, month: MonthKey, at: CellLocation): void {
    this.byArea.set(area, [...(this.byArea.get(area) ?? []), { month, at }]);
  }

  report(indicator: Indicator, latest: MonthKey | undefined, issues: IssueList): void {
    if (!latest) return;
    const from = addMonths(latest, 1 - MONTHS_SHOWN);
    for (const [area, all] of this.byArea) {
      const months = all.filter((m) => m.month >= from).sort((a, b) => (a.month < b.month ? -1 : 1));
      const first = months[0];
      const last = months[months.length - 1];
      if (!first || !last) continue;
      const span =
        months.length === 1
          ? longMonthLabel(first.month)
          : `${months.length} months from ${longMonthLabel(first.month)} to ${longMonthLabel(last.month)} (${first.at.cell} to ${last.at.cell})`;
      issues.warn(
        'no-cases',
        `There were no cases for ${area} (0 of 0) in ${span}: a period made only of such months shows no result.`,
        'Nothing to do unless you expected cases.',
        first.at,
        indicator.id,
      );
    }
  }
}
