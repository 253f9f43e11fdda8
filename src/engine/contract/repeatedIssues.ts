import type { IssueCode } from '../issueCodes';
import type { Issue, IssueList } from '../issues';

/**
 * One message per cause: issues of one code for one indicator on one sheet, added since `from`,
 * folded into the first, which names the first cell and counts the rest ("so do 11 more of its
 * Value cells (G3, G4, G5, …)"), with `fixAll` saying how to mend them at once.
 */
export function foldRepeated(issues: IssueList, from: number, code: IssueCode, cells: string, fixAll: string): void {
  const groups = new Map<string, Issue[]>();
  for (const issue of issues.items.slice(from)) {
    if (issue.code !== code) continue;
    const key = `${issue.indicatorId ?? ''}\u0000${issue.at?.sheet ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  const folded = new Set<Issue>();
  for (const [first, ...others] of groups.values()) {
    if (!first || others.length === 0) continue;
    const listed = others.slice(0, 3).map((i) => i.at?.cell ?? '');
    const more = `${others.length === 1 ? 'does' : 'do'} ${others.length} more of its ${cells} (${listed.join(', ')}${others.length > 3 ? ', …' : ''})`;
    first.message = `${first.message.replace(/\.$/, '')}; so ${more}.`;
    first.fix = `${first.fix} ${fixAll}`;
    for (const other of others) folded.add(other);
  }
  if (folded.size === 0) return;
  const kept = issues.items.filter((issue) => !folded.has(issue));
  issues.items.splice(0, issues.items.length, ...kept);
}
