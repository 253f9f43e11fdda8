import type { RecalcOutcome } from '../app/recalculate';
import type { CellLocation, Counts, Indicator, Issue, Scenario } from '../engine';
import { monthLabel, RAG_WORDS } from '../engine';

/** An indicator as the pane needs it: for pickers, "Use selection" and what-if edits. */
export interface ReportIndicator {
  id: string;
  name: string;
  numeratorAt?: CellLocation;
  denominatorAt?: CellLocation;
  bandings: Pick<Indicator, 'polarity' | 'unit' | 'decimals' | 'target' | 'floor' | 'bands'>;
}

/** What the pane shows after a run: plain data, safe to keep in the shared store. */
export interface RunReport {
  ok: boolean;
  written: boolean;
  heading?: string;
  total?: Counts;
  ragChanges: { id: string; name: string; from: string; to: string }[];
  issues: Issue[];
  indicators: ReportIndicator[];
  /** The narrative as it stands on the summary sheet. */
  narrative: string[];
  /** The analyst's edited narrative was kept; the new draft is below it on the sheet. */
  narrativeKept: boolean;
  /** What-if scenarios saved in the workbook, read with everything else. */
  scenarios: Scenario[];
}

export function toReport(outcome: RecalcOutcome): RunReport {
  const indicators = outcome.indicators.map((i) => ({
    id: i.id,
    name: i.name,
    numeratorAt: i.at.numeratorRef,
    denominatorAt: i.at.denominatorRef,
    bandings: { polarity: i.polarity, unit: i.unit, decimals: i.decimals, target: i.target, floor: i.floor, bands: i.bands },
  }));
  if (!outcome.ok) {
    return {
      ok: false,
      written: false,
      ragChanges: [],
      issues: outcome.issues,
      indicators,
      narrative: [],
      narrativeKept: false,
      scenarios: outcome.scenarios,
    };
  }
  const { results, summary } = outcome;
  return {
    ok: true,
    written: outcome.written,
    heading: `${results.areas[0]} · ${monthLabel(results.month)}`,
    total: summary.total,
    ragChanges: summary.ragChanges.map((c) => ({
      id: c.indicator.id,
      name: c.indicator.name,
      from: RAG_WORDS[c.from],
      to: RAG_WORDS[c.to],
    })),
    issues: outcome.issues,
    indicators,
    narrative: outcome.narrative,
    narrativeKept: outcome.issues.some((i) => i.code === 'narrative-edited'),
    scenarios: outcome.scenarios,
  };
}
