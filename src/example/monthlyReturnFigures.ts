import { trailingMonths } from '../engine';

/**
 * The shape and the figures of Northbrook's monthly return (a fictional authority): its sheets,
 * its columns and a reproducible month of made-up counts. The workbook is built in
 * monthlyReturnExample.ts.
 */
export const MONTHLY_AUTHORITY = 'Northbrook';
export const MONTHLY_SHEET = 'Monthly return';
export const LOCALITY_SHEET = 'Localities';
export const LOCALITIES = ['North', 'South', 'East', 'West'];
export const FIRST_MONTH_ROW = 6;
export const MONTHLY_LAST_MONTH = '2025-03';
export const MONTHS = trailingMonths(MONTHLY_LAST_MONTH, 24);

/** The return's columns from B, in order; A holds the month ends. */
export const RETURN_COLUMNS = [
  'Referrals',
  'Re-referrals within 12 months',
  'Assessments completed',
  'Assessments completed in 45 days',
  'Children on CP plans (month end)',
  'Children looked after (month end)',
  'Care leavers 19-21 (month end)',
  'Care leavers 19-21 in EET (month end)',
  'Social worker FTE (month end)',
  'Cases held by social workers (month end)',
  'Unallocated cases (month end)',
  'Child population 0-17',
] as const;
export type ReturnColumn = (typeof RETURN_COLUMNS)[number];

/** Column letter of a count on the monthly return (B for Referrals). */
export function returnColumn(name: ReturnColumn): string {
  return String.fromCharCode(66 + RETURN_COLUMNS.indexOf(name));
}

/** A month's figures: smooth, seasonal and reproducible, so the scorecard has a story to tell. */
export function monthFigures(i: number): Record<ReturnColumn, number> {
  const wave = Math.round(40 * Math.sin((i / 12) * 2 * Math.PI));
  const referrals = 560 + wave + 3 * i;
  const assessments = 480 + Math.round(wave / 2) + 2 * i;
  const fte = 98 + (i % 5) - (i > 18 ? 4 : 0);
  return {
    Referrals: referrals,
    'Re-referrals within 12 months': Math.round(referrals * (0.2 + (i % 4) * 0.01)),
    'Assessments completed': assessments,
    'Assessments completed in 45 days': Math.round(assessments * (0.84 + (i % 6) * 0.01)),
    'Children on CP plans (month end)': 240 + (i % 7) * 3,
    'Children looked after (month end)': 390 + i,
    'Care leavers 19-21 (month end)': 150 + (i % 3),
    'Care leavers 19-21 in EET (month end)': 84 + (i % 9),
    'Social worker FTE (month end)': fte,
    'Cases held by social workers (month end)': 1700 + 10 * (i % 8),
    'Unallocated cases (month end)': (i * 7) % 26,
    'Child population 0-17': i < 12 ? 61200 : 61850,
  };
}

/** The locality blocks: months in A, then for each measure a block of Northbrook and its localities. */
export const LOCALITY_BLOCKS = [
  { measure: 'Referrals', first: 'B', last: 'F' },
  { measure: 'Re-referrals within 12 months', first: 'H', last: 'L' },
] as const;
