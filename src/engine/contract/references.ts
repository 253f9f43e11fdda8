import type { Reference } from '../address';
import { cellAddress, parseReference } from '../address';
import type { IssueList } from '../issues';
import { quoteSheet } from '../issues';
import type { RawRange } from '../rawCell';
import { describeNotANumber, NUMBER_AS_TEXT_FIX, readNumber } from '../rawCell';
import type { CellLocation, Indicator, MonthKey, Observation } from '../types';
import type { Catalogue } from './catalogue';
import { checkFigures } from './figures';
import { readsSeries } from './series';
import { shapeOf, turnedShape } from './seriesShape';
import { monthLabelReferences } from './monthsBeside';
import type { ParsedSettings } from './settings';

/** What a gateway found behind a reference. */
export type RangeLookup =
  | { ok: true; range: RawRange }
  | { ok: false; problem: 'missing-sheet' | 'missing-name' | 'dynamic-name' | 'unreadable' | 'too-large'; detail: string };

/**
 * The most cells a gateway reads behind one reference: a whole column is read to its last filled
 * row, and one that still reaches further (stray content or formatting far down) is refused with a
 * message rather than read cell by cell.
 */
export const MAX_REFERENCE_CELLS = 250000;

/**
 * Every distinct reference the catalogue makes, for the gateway to read in one batch: the
 * references themselves, the Months refs, and, for a monthly series whose months are not named,
 * the columns left of it (rows above), where the engine looks for them; and the cells left of and
 * above each single-cell figure, where its row's month label or its column's month heading would
 * be (monthsBeside.ts).
 */
export function referencesOf(catalogue: Catalogue, areaCount = 0): Reference[] {
  return referencesRead(catalogue, areaCount, true);
}

/**
 * The references read only to find a single-cell figure's month (the cells left of it and above
 * it), not read for any other reason: their cells are not figures, so their formulas are not
 * judged as figures' are (a circular or linked cell there is no figure of the scorecard's).
 */
export function monthContextOf(catalogue: Catalogue, areaCount = 0): Set<string> {
  const context = new Set(monthLabelReferences(catalogue, areaCount).map((ref) => ref.text));
  for (const ref of referencesRead(catalogue, areaCount, false)) context.delete(ref.text);
  return context;
}

function referencesRead(catalogue: Catalogue, areaCount: number, monthLabels: boolean): Reference[] {
  const seen = new Map<string, Reference>();
  const add = (ref: Reference | undefined): void => {
    if (ref && !seen.has(ref.text)) seen.set(ref.text, ref);
  };
  for (const indicator of catalogue.indicators) {
    for (const text of [indicator.numeratorRef, indicator.denominatorRef, indicator.monthsRef]) {
      const ref = text ? parseReference(text) : undefined;
      add(ref);
      if (!ref || text === indicator.monthsRef) continue;
      for (const shape of [shapeOf(indicator, ref, areaCount), turnedShape(indicator, ref, areaCount)]) {
        if (shape?.kind !== 'series') continue;
        add(shape.monthsBlock);
        add(shape.labelBlock);
      }
    }
  }
  // The rows' labels beside single-cell figures, to tell a figure left on an earlier month's row.
  if (monthLabels) for (const ref of monthLabelReferences(catalogue, areaCount)) add(ref);
  return [...seen.values()];
}

export interface Located {
  value: number;
  at: CellLocation;
}

/**
 * Turns the cells behind each catalogue reference into reporting-month observations.
 * One cell is the scorecard's own area; a range spanning several cells covers the
 * Settings table's Areas, in order.
 */
export function observationsFromReferences(
  catalogue: Catalogue,
  settings: ParsedSettings,
  month: MonthKey,
  lookups: Map<string, RangeLookup>,
  issues: IssueList,
  date1904 = false,
): Observation[] {
  const observations: Observation[] = [];
  const ctx = { lookups, issues, date1904, areaCount: settings.areas.length };
  for (const indicator of catalogue.indicators) {
    if (!indicator.numeratorRef || readsSeries(indicator, ctx)) continue;
    if (indicator.unit !== 'count' && !indicator.denominatorRef) {
      issues.error(
        'missing-denominator-ref',
        'The indicator has a numerator reference but no denominator reference.',
        'Add the denominator reference, or change the unit to count.',
        indicator.at.denominatorRef ?? indicator.row,
        indicator.id,
      );
      continue;
    }
    const numerators = cellsBehind(indicator, 'numeratorRef', settings, lookups, issues);
    const denominators =
      indicator.unit === 'count' ? undefined : cellsBehind(indicator, 'denominatorRef', settings, lookups, issues);
    if (!numerators || (indicator.unit !== 'count' && !denominators)) continue;
    if (denominators && denominators.length !== numerators.length) {
      issues.error(
        'reference-shapes-differ',
        `The numerator reference covers ${numerators.length} cells but the denominator reference covers ${denominators.length}.`,
        'Point both references at ranges of the same size.',
        indicator.at.denominatorRef,
        indicator.id,
      );
      continue;
    }
    const areas = numerators.length === 1 ? [settings.area] : settings.areas;
    numerators.forEach((num, i) => {
      const den = denominators?.[i];
      const area = areas[i];
      if (area === undefined) return; // one cell, or as many as the areas: checked in cellsBehind
      if (
        !checkFigures(
          indicator,
          {
            numerator: num.value,
            denominator: den?.value,
            numeratorAt: num.at,
            denominatorAt: den?.at,
            label: { area, month },
          },
          issues,
        )
      )
        return;
      observations.push({
        indicatorId: indicator.id,
        area,
        month,
        basis: 'period',
        numerator: num.value,
        denominator: den?.value,
        at: num.at,
        sources: { numerator: num.at, denominator: den?.at },
      });
    });
  }
  return observations;
}

/** The range behind a catalogue reference, or undefined having said why it cannot be read. */
export function rangeBehind(
  indicator: Indicator,
  field: 'numeratorRef' | 'denominatorRef' | 'monthsRef',
  lookups: Map<string, RangeLookup>,
  issues: IssueList,
): RawRange | undefined {
  const text = indicator[field];
  const ref = text ? parseReference(text) : undefined;
  const lookup = ref ? lookups.get(ref.text) : undefined;
  if (!ref || !lookup) return undefined;
  if (lookup.ok) return lookup.range;
  const fix =
    lookup.problem === 'missing-sheet'
      ? 'Correct the sheet name in the reference, or restore the sheet.'
      : lookup.problem === 'missing-name'
        ? 'Correct the name, or define it again (Formulas > Name Manager).'
        : lookup.problem === 'dynamic-name'
          ? `Point the reference at the whole column instead (for example 'Monthly return'!B:B): the months are found beside it, or named in the Months ref column, and the latest month is picked up as rows are added, with no name to keep up to date.`
          : lookup.problem === 'too-large'
            ? 'Point the reference at the cells that hold the figures (for example C6:C40), or clear the far rows or columns of stray content or formatting.'
            : 'Point the reference at ordinary cells on a worksheet.';
  const label = FIELD_LABEL[field];
  issues.error(
    `reference-${lookup.problem}`,
    `${label} ${text}: ${lookup.detail}.`,
    fix,
    indicator.at[field] ?? indicator.row,
    indicator.id,
  );
  return undefined;
}

const FIELD_LABEL = { numeratorRef: 'Numerator ref', denominatorRef: 'Denominator ref', monthsRef: 'Months ref' } as const;

/** The cells behind a one-cell reference, or a range across the Settings table's Areas, in order. */
export function cellsBehind(
  indicator: Indicator,
  field: 'numeratorRef' | 'denominatorRef',
  settings: ParsedSettings,
  lookups: Map<string, RangeLookup>,
  issues: IssueList,
): Located[] | undefined {
  const text = indicator[field];
  const where = indicator.at[field] ?? indicator.row;
  const label = FIELD_LABEL[field];
  const range = rangeBehind(indicator, field, lookups, issues);
  if (!range) return undefined;
  const cells: Located[] = [];
  const width = range.cells[0]?.length ?? 0;
  const count = range.cells.length * width;
  if (count > 1 && settings.areas.length !== count) {
    issues.error(
      'reference-areas',
      `${label} ${text} covers ${count} cells, but the Settings table lists ${settings.areas.length === 0 ? 'no areas' : settings.areas.length === 1 ? '1 area' : `${settings.areas.length} areas`}.`,
      'List the areas the range covers, in order, in the Settings table (Areas), or point at a single cell.',
      where,
      indicator.id,
    );
    return undefined;
  }
  let ok = true;
  range.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const at = { sheet: range.sheet, cell: cellAddress(range.top + r, range.left + c) };
      const reading = readNumber(cell);
      if (reading.ok) cells.push({ value: reading.value, at });
      else {
        ok = false;
        issues.error(
          reading.problem === 'numeric-text' ? 'number-as-text' : 'reference-not-a-number',
          `${quoteSheet(at.sheet)}!${at.cell}, which ${label} ${text} points at, ${describeNotANumber(reading)}.`,
          reading.problem === 'numeric-text'
            ? NUMBER_AS_TEXT_FIX
            : reading.problem === 'error'
              ? 'Fix the formula in that cell, or point the reference elsewhere.'
              : reading.problem === 'blank'
                ? 'Put the figure in that cell, or point the reference at the cell that holds it (for merged cells, the top-left one).'
                : 'Put the figure in that cell, or point the reference at the cell that holds it.',
          at,
          indicator.id,
        );
      }
    }),
  );
  return ok ? cells : undefined;
}
