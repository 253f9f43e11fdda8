import type { ReturnColumn } from './monthlyReturnFigures';
import { FIRST_MONTH_ROW, LOCALITY_BLOCKS, LOCALITY_SHEET, MONTHLY_SHEET, returnColumn } from './monthlyReturnFigures';

/** The Northbrook catalogue as a table: what each row says and where its figures are. */

interface CatalogueEntry {
  id: number;
  section: string;
  name: string;
  polarity: string;
  period: string;
  unit: string;
  target: number | null;
  floor?: number;
  numerator: string;
  denominator?: string;
  numeratorType?: string;
  denominatorType?: string;
}

const whole = (sheet: string, column: string): string => `'${sheet}'!${column}:${column}`;
const county = (name: ReturnColumn): string => whole(MONTHLY_SHEET, returnColumn(name));

/** The rows whose figures are whole columns of the monthly return, in catalogue order after the first. */
const COUNTY_ENTRIES: CatalogueEntry[] = [
  {
    id: 1,
    section: 'FRONT DOOR',
    name: 'Referrals per 10,000 children (rolling 12 months)',
    polarity: 'L',
    period: 'R12M',
    unit: 'rate per 10,000',
    target: 1050,
    floor: 1150,
    numerator: county('Referrals'),
    denominator: county('Child population 0-17'),
    denominatorType: 'Stock',
  },
  {
    id: 3,
    section: 'ASSESSMENT',
    name: '% of assessments completed within 45 days',
    polarity: 'H',
    period: 'YTD',
    unit: 'percentage',
    target: 0.9,
    floor: 0.85,
    numerator: county('Assessments completed in 45 days'),
    denominator: county('Assessments completed'),
  },
  {
    id: 4,
    section: 'CHILD PROTECTION',
    name: 'Children on CP plans per 10,000',
    polarity: 'L',
    period: 'SS',
    unit: 'rate per 10,000',
    target: 40,
    floor: 45,
    numerator: county('Children on CP plans (month end)'),
    denominator: county('Child population 0-17'),
    numeratorType: 'Stock',
    denominatorType: 'Stock',
  },
  {
    id: 5,
    section: 'CHILDREN IN CARE',
    name: 'Children looked after per 10,000',
    polarity: 'L',
    period: 'SS',
    unit: 'rate per 10,000',
    target: 65,
    floor: 70,
    numerator: county('Children looked after (month end)'),
    denominator: county('Child population 0-17'),
    numeratorType: 'Stock',
    denominatorType: 'Stock',
  },
  {
    id: 6,
    section: 'CARE LEAVERS',
    name: '% of care leavers aged 19-21 in education, employment or training',
    polarity: 'H',
    period: 'SS',
    unit: 'percentage',
    target: 0.6,
    floor: 0.55,
    numerator: county('Care leavers 19-21 in EET (month end)'),
    denominator: county('Care leavers 19-21 (month end)'),
    numeratorType: 'Stock',
    denominatorType: 'Stock',
  },
  {
    id: 7,
    section: 'WORKFORCE',
    name: 'Average caseload per social worker (mean of month ends, rolling 12 months)',
    polarity: 'L',
    period: 'R12M',
    unit: 'average',
    target: 17,
    floor: 19,
    numerator: county('Cases held by social workers (month end)'),
    denominator: county('Social worker FTE (month end)'),
    numeratorType: 'Stock average',
    denominatorType: 'Stock average',
  },
  {
    id: 8,
    section: 'WORKFORCE',
    name: 'Unallocated cases',
    polarity: 'L',
    period: 'SS',
    unit: 'count',
    target: 0,
    floor: 15,
    numerator: county('Unallocated cases (month end)'),
    numeratorType: 'Stock',
  },
  {
    // A context measure: no target, no floor, no polarity; a result and a trend, no RAG, no arrows.
    id: 9,
    section: 'FRONT DOOR',
    name: 'Referrals in the month (context)',
    polarity: '',
    period: 'Month',
    unit: 'count',
    target: null,
    numerator: county('Referrals'),
    numeratorType: 'Flow',
  },
  {
    id: 10,
    section: 'ASSESSMENT',
    name: '% of assessments completed within 45 days (latest complete quarter)',
    polarity: 'H',
    period: 'Quarter',
    unit: 'percentage',
    target: 0.9,
    floor: 0.85,
    numerator: county('Assessments completed in 45 days'),
    denominator: county('Assessments completed'),
  },
];

/** The catalogue rows, the re-referrals row reading the locality blocks down to `lastRow`. */
export function catalogueEntries(lastRow: number): CatalogueEntry[] {
  const block = ({ first, last }: (typeof LOCALITY_BLOCKS)[number]): string =>
    `'${LOCALITY_SHEET}'!${first}${FIRST_MONTH_ROW}:${last}${lastRow}`;
  const reReferrals: CatalogueEntry = {
    id: 2,
    section: 'FRONT DOOR',
    name: '% of referrals that were re-referrals within 12 months',
    polarity: 'L',
    period: 'R12M',
    unit: 'percentage',
    target: 0.22,
    floor: 0.25,
    numerator: block(LOCALITY_BLOCKS[1]),
    denominator: block(LOCALITY_BLOCKS[0]),
  };
  const [first, ...others] = COUNTY_ENTRIES;
  return first ? [first, reReferrals, ...others] : [reReferrals];
}
