import { sheetRef } from './address';
import type { IssueCode } from './issueCodes';
import type { CellLocation } from './types';

type Severity = 'error' | 'warning';

/**
 * Something the user should know about their input: where it is (sheet, cell, indicator),
 * what is wrong and what to do. Errors stop a run before anything is written.
 */
export interface Issue {
  severity: Severity;
  code: IssueCode;
  message: string;
  fix: string;
  at?: CellLocation;
  indicatorId?: string;
}

export function formatLocation(at: CellLocation | undefined): string {
  if (!at) return '';
  return `${quoteSheet(at.sheet)}!${at.cell}`;
}

/** How a message names a sheet: as a formula would (address.ts is the one home of the rule). */
export const quoteSheet = sheetRef;

/** One line a person can act on: "Catalogue!E7, indicator 12: … Fix: …". */
export function describeIssue(issue: Issue): string {
  const where = [formatLocation(issue.at), issue.indicatorId ? `indicator ${issue.indicatorId}` : ''].filter(Boolean).join(', ');
  return `${where ? `${where}: ` : ''}${issue.message} ${issue.fix}`.trim();
}

/** Collects issues while parsing, so one run reports every problem, not just the first. */
export class IssueList {
  readonly items: Issue[] = [];

  error(code: IssueCode, message: string, fix: string, at?: CellLocation, indicatorId?: string): void {
    this.items.push({ severity: 'error', code, message, fix, at, indicatorId });
  }

  warn(code: IssueCode, message: string, fix: string, at?: CellLocation, indicatorId?: string): void {
    this.items.push({ severity: 'warning', code, message, fix, at, indicatorId });
  }

  get hasErrors(): boolean {
    return this.items.some((i) => i.severity === 'error');
  }
}
