import type { IssueList } from '../issues';
import { quoteInUnit, quoteNumber } from '../quote';
import type { Basis, CellLocation, Indicator, MonthKey, Observation } from '../types';
import type { DataField } from './data';
import { checkFigures } from './figures';
import { TableObservation } from './tableObservation';
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

/** A row's figures for checkFigures, with their cells' locations made only when a message needs them. */
class RowFigures {
  constructor(
    readonly numerator: number | undefined,
    readonly denominator: number | undefined,
    readonly label: Where,
    private readonly row: Row,
  ) {}

  get numeratorAt(): CellLocation {
    return this.row.at('numerator');
  }

  get denominatorAt(): CellLocation {
    return this.row.at('denominator');
  }
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
  const count = indicator.unit === 'count';
  if (
    (numerator !== undefined || denominator !== undefined) &&
    !checkFigures(indicator, new RowFigures(numerator, denominator, where, row), issues)
  ) {
    return undefined;
  }
  if (value !== undefined && !valueFits(row, indicator, value, issues)) return undefined;
  // The cells as numbers, while the row's position is at hand: their locations are made only when asked for.
  const numeratorField = numerator !== undefined ? 'numerator' : count ? 'value' : undefined;
  const cells = {
    sheet: row.sheet,
    numerator: numeratorField ? row.packedAt(numeratorField) : -1,
    denominator: !count && denominator !== undefined ? row.packedAt('denominator') : -1,
    value: value !== undefined && !count ? row.packedAt('value') : -1,
    first: row.packedLocation,
  };
  const figures = count
    ? { numerator: numerator ?? value, denominator: undefined, value: undefined }
    : { numerator, denominator, value };
  return new TableObservation(indicator.id, where.area, where, figures, cells);
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
