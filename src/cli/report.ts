import type { Issue, Summary } from '../engine';
import { describeIssue, monthLabel } from '../engine';

/** The summary counts as plain lines for a terminal or a scheduled job's log. */
export function summaryLines(title: string, area: string, month: string, summary: Summary): string[] {
  const t = summary.total;
  const lines = [
    `${title} - ${area}, ${monthLabel(month)}: ${t.total} indicator${t.total === 1 ? '' : 's'}`,
    `  RAG:             ${t.G} Green, ${t.A} Amber, ${t.R} Red${t.none ? `, ${t.none} no RAG` : ''}`,
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
