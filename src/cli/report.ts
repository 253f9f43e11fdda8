import type { Issue, ScorecardResults, Summary } from '../engine';
import type { Counts } from '../engine';
import { describeIssue, monthLabel, noTargetCount, summarise, shownForArea } from '../engine';

/** Green, Amber, Red, then what has no RAG and why: no target (context), too few cases, no data. */
function ragLine(t: Counts): string {
  const unrated = [
    [noTargetCount(t), 'no target (context)'],
    [t.tooFew, 'too few cases'],
    [t.noData, 'no data'],
  ] as const;
  const extra = unrated.filter(([n]) => n > 0).map(([n, label]) => `, ${n} ${label}`);
  return `${t.G} Green, ${t.A} Amber, ${t.R} Red${extra.join('')}`;
}
import type { WorkbookPlan } from '../plan';

/** The summary counts as plain lines for a terminal or a scheduled job's log. */
export function summaryLines(title: string, area: string, month: string, summary: Summary): string[] {
  const t = summary.total;
  const lines = [
    `${title} - ${area}, ${monthLabel(month)}: ${t.total} indicator${t.total === 1 ? '' : 's'}`,
    `  RAG:             ${ragLine(t)}`,
    `  vs last month:   ${t.improved} improved, ${t.same} same, ${t.worse} worse${t.notCompared ? `, ${t.notCompared} not compared` : ''}`,
  ];
  if (summary.ragChanges.length) {
    lines.push('  Changed RAG:');
    for (const c of summary.ragChanges) lines.push(`    ${c.indicator.id} ${c.indicator.name}: ${c.from} -> ${c.to}`);
  }
  return lines;
}

export function issueLines(issues: Issue[]): string[] {
  return issues.map((issue) => `${issue.severity === 'error' ? 'Error' : 'Warning'}: ${describeIssue(issue)}`);
}

/** What else a run produced: areas, cohort impacts, and the sheets it wrote. */
export function outputLines(results: ScorecardResults, plan: WorkbookPlan, written: boolean): string[] {
  const lines: string[] = [];
  for (const area of results.areas.slice(1)) {
    const t = summarise(shownForArea(results.byArea.get(area) ?? [])).total;
    // A long area name keeps a space before its count.
    lines.push(`${`  ${area}:`.padEnd(18)} ${t.total} indicator${t.total === 1 ? '' : 's'}: ${ragLine(t)}`);
  }
  for (const impact of results.impacts) {
    const flips = impact.rows.filter((r) => r.ragFlips).length;
    lines.push(
      `  Impact of ${impact.cohort}: ${impact.rows.length} indicator rows, ${flips} change RAG without ${impact.cohort}`,
    );
  }
  if (written) lines.push(`  Sheets:          ${plan.sheets.map((s) => s.name).join(', ')}`);
  return lines;
}
