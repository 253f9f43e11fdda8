import type { CatalogueField } from '../types';
import type { ColumnSpec } from './tables';

export const DEFAULT_MIN_DENOMINATOR = 5;

/** The catalogue's columns: the header we write, the other spellings we read, and which must be there. */
export const CATALOGUE_COLUMNS: ColumnSpec<CatalogueField>[] = [
  { field: 'id', header: 'ID', aliases: ['Indicator ID', 'Ref'], required: true },
  { field: 'section', header: 'Section', aliases: ['Group', 'Topic'], required: true },
  { field: 'name', header: 'Indicator', aliases: ['Name', 'Indicator name'], required: true },
  { field: 'polarity', header: 'Polarity', aliases: [], required: true },
  { field: 'period', header: 'Data period', aliases: ['Period'], required: true },
  { field: 'unit', header: 'Unit', aliases: [], required: true },
  { field: 'decimals', header: 'Decimals', aliases: ['Decimal places', 'DP'], required: false },
  { field: 'target', header: 'Target', aliases: [], required: true },
  { field: 'floor', header: 'Floor', aliases: ['Floor standard'], required: false },
  { field: 'innerBand', header: 'Inner band', aliases: ['Green band'], required: false },
  { field: 'outerBand', header: 'Outer band', aliases: ['Amber band'], required: false },
  { field: 'bandType', header: 'Band type', aliases: ['Bands'], required: false },
  { field: 'minDenominator', header: 'Min denominator', aliases: ['Minimum denominator'], required: false },
  { field: 'numeratorRef', header: 'Numerator ref', aliases: ['Numerator', 'Num ref', 'Value ref'], required: false },
  { field: 'denominatorRef', header: 'Denominator ref', aliases: ['Denominator', 'Denom ref'], required: false },
  { field: 'dataSource', header: 'Data source', aliases: ['Source'], required: false },
  { field: 'definition', header: 'Definition', aliases: [], required: false },
  /** Comparators: the statistical neighbours' average and England's, in the result's units. */
  { field: 'statNeighbours', header: 'Statistical neighbours', aliases: ['Stat neighbours', 'SN average'], required: false },
  { field: 'england', header: 'England', aliases: ['England average', 'National'], required: false },
  /** Yes: an exception page even when the indicator is not Red. */
  { field: 'exception', header: 'Exception page', aliases: ['Exception'], required: false },
  /**
   * Yes: results, targets and numerators may be below zero (a net change such as posts
   * unfilled, -0.3%). Blank or No: a negative figure is an error, as a count cannot be negative.
   */
  {
    field: 'negativeAllowed',
    header: 'Negative allowed',
    aliases: ['Negatives allowed', 'Can be negative', 'Allow negative'],
    required: false,
  },
  /**
   * Flow (adds up over months: referrals), Stock (a month-end figure: population, FTE; the
   * period's latest is used) or Stock average (the mean of the month ends). Blank: Flow, except
   * where that would be a guess (see checkCountKinds).
   */
  {
    field: 'numeratorKind',
    header: 'Numerator type',
    aliases: ['Numerator kind', 'Numerator is', 'Num type', 'Numerator stock/flow', 'Numerator flow/stock'],
    required: false,
  },
  {
    field: 'denominatorKind',
    header: 'Denominator type',
    aliases: ['Denominator kind', 'Denominator is', 'Denom type', 'Denominator stock/flow', 'Denominator flow/stock'],
    required: false,
  },
  /** The months of a monthly series the references point at (optional: found beside the series). */
  { field: 'monthsRef', header: 'Months ref', aliases: ['Month ref', 'Dates ref', 'Months'], required: false },
];

export const FIELD_HEADER = Object.fromEntries(CATALOGUE_COLUMNS.map((c) => [c.field, c.header])) as Record<
  CatalogueField,
  string
>;
