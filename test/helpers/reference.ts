import { parse } from 'csv-parse/sync';
import { readFileSync } from 'fs';
import { join } from 'path';

export interface ReferenceRow {
  id: string;
  section: string;
  indicator: string;
  polarity: string;
  data_period: string;
  result: string;
  rag: string;
  numerator: string;
  denominator: string;
  target: string;
  result_1_month_ago: string;
  dot_1_month_ago: string;
  result_1_year_ago: string;
  dot_1_year_ago: string;
  rolling_3_months_result: string;
  rolling_3_months_rag: string;
}

/** The published April 2017 county scorecard, copied verbatim from the shared reference. */
export function referenceScorecard(): ReferenceRow[] {
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'kent-2017-04-county-scorecard.csv'), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true }) as ReferenceRow[];
}

export interface ImpactReferenceRow {
  group: string;
  indicator: string;
  polarity: string;
  data_period: string;
  incl_result: string;
  incl_rag: string;
  incl_numerator: string;
  incl_denominator: string;
  target: string;
  excl_result: string;
  excl_rag: string;
  excl_numerator: string;
  excl_denominator: string;
  variance: string;
}

/** The published "Scorecard - Impact of UASC" table (51 rows), copied verbatim from the shared reference. */
export function referenceImpact(): ImpactReferenceRow[] {
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'kent-2017-04-uasc-impact.csv'), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true }) as ImpactReferenceRow[];
}
