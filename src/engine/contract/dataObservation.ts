import type { IssueList } from '../issues';
import { quoteInUnit, quoteNumber } from '../quote';
import type { Basis, Indicator, MonthKey, Observation } from '../types';
import type { DataField } from './data';
import { checkFigures } from './figures';
import type { TableRow } from './tables';

/** A data row's observation once its cells are read (data.ts): the figures checked against the unit. */

type Row = TableRow<DataField>;
export type Numbers = Partial<Record<'numerator' | 'denominator' | 'value', number>>;

interface Where {
  area: string;
  excluding?: string;
  month: MonthKey;
  basis: Basis;
}

/** The row's figures checked against the unit, as an observation with the cells they sit in. */
export function observationOf(
  row: Row,
  indicator: Indicator,
  where: Where,
  numbers: Numbers,
  issues: IssueList,
): Observation | undefined {
  const { numerator, denominator, value } = numbers;
  const { area, excluding, month } = where;
  const id = indicator.id;
  const count = indicator.unit === 'count';
  const numeratorAt = numerator !== undefined ? row.at('numerator') : undefined;
  const denominatorAt = denominator !== undefined ? row.at('denominator') : undefined;
  if (
    (numerator !== undefined || denominator !== undefined) &&
    !checkFigures(
      indicator,
      {
        numerator,
        denominator,
        numeratorAt: numeratorAt ?? row.at('numerator'),
        denominatorAt: denominatorAt ?? row.at('denominator'),
        label: where,
      },
      issues,
    )
  ) {
    return undefined;
  }
  if (value !== undefined && !valueFits(row, indicator, value, issues)) return undefined;
  const numeratorField = numeratorAt ? 'numerator' : count ? 'value' : undefined;
  const sources = {
    numerator: numeratorAt ?? (count ? row.at('value') : undefined),
    denominator: !count ? denominatorAt : undefined,
    value: value !== undefined && !count ? row.at('value') : undefined,
  };
  // The same cells as numbers, while the row's position is at hand.
  const packed = {
    sheet: row.sheet,
    numerator: numeratorField ? row.packedAt(numeratorField) : -1,
    denominator: !count && denominatorAt ? row.packedAt('denominator') : -1,
  };
  const basis = where.basis;
  const n = count ? (numerator ?? value) : numerator;
  const d = count ? undefined : denominator;
  const v = count ? undefined : value;
  const at = row.location;
  // Two literals rather than a spread, so that 100,000 rows make objects of one of two shapes.
  return excluding
    ? { indicatorId: id, area, excluding, month, basis, numerator: n, denominator: d, value: v, at, sources, packed }
    : { indicatorId: id, area, month, basis, numerator: n, denominator: d, value: v, at, sources, packed };
}

/** A value given as a result: a percentage as Excel keeps it, and below zero only where allowed. */
function valueFits(row: Row, indicator: Indicator, value: number, issues: IssueList): boolean {
  if (indicator.unit === 'percentage' && (value < -1 || value > 1)) {
    issues.error(
      'percentage-scale',
      `Value ${quoteNumber(value)} is not a percentage Excel understands (Excel keeps 85% as 0.85).`,
      `Type it with a % sign, for example ${Math.abs(value) <= 100 ? `${quoteNumber(value)}%` : '85%'}.`,
      row.at('value'),
      indicator.id,
    );
    return false;
  }
  if (value < 0 && !indicator.negativeAllowed) {
    issues.error(
      'negative-not-allowed',
      `Value ${quoteInUnit(indicator.unit, value)} is below zero, and this indicator's results cannot be.`,
      'For a net change that can fall below zero, type Yes in the catalogue\'s "Negative allowed" column; otherwise check the sign.',
      row.at('value'),
      indicator.id,
    );
    return false;
  }
  return true;
}
