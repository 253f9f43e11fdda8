import type { IssueList } from '../issues';
import { quoteNumber } from '../quote';
import { longMonthLabel } from '../months';
import type { CellLocation, Indicator, MonthKey } from '../types';

interface FigureCells {
  numerator?: number;
  denominator?: number;
  numeratorAt: CellLocation;
  denominatorAt?: CellLocation;
  /** What the figures are for, in messages ("North Kent, April 2017"): put in words only for a message. */
  label: string | FigureLabel;
}

/** An area (with any cohort its figures leave out) and a month, for a message about figures. */
interface FigureLabel {
  area: string;
  excluding?: string;
  month: MonthKey;
}

function labelOf({ label }: FigureCells): string {
  if (typeof label === 'string') return label;
  return `${label.area}${label.excluding ? ` excluding ${label.excluding}` : ''}, ${longMonthLabel(label.month)}`;
}

/**
 * Checks a numerator/denominator pair against the indicator's unit. Returns false when the
 * pair cannot make a result (the issue says why and where).
 */
export function checkFigures(indicator: Indicator, f: FigureCells, issues: IssueList): boolean {
  const { numerator, denominator } = f;
  const id = indicator.id;
  if (numerator !== undefined && numerator < 0 && !indicator.negativeAllowed) {
    issues.error(
      'negative-numerator',
      `The numerator for ${labelOf(f)} is ${quoteNumber(numerator)}.`,
      'A numerator counts cases and cannot be negative: check the source figure (for a net change that can fall below zero, type Yes in the catalogue\'s "Negative allowed" column).',
      f.numeratorAt,
      id,
    );
    return false;
  }
  if (indicator.unit === 'count' || denominator === undefined) return true;
  if (denominator < 0) {
    issues.error(
      'negative-denominator',
      `The denominator for ${labelOf(f)} is ${quoteNumber(denominator)}.`,
      'A denominator counts cases and cannot be negative: check the source figure.',
      f.denominatorAt,
      id,
    );
    return false;
  }
  if (denominator === 0) {
    if (numerator) {
      issues.error(
        'zero-denominator',
        `The denominator for ${labelOf(f)} is 0 but the numerator is ${quoteNumber(numerator)}.`,
        'Check both figures: a numerator cannot count cases that the denominator does not.',
        f.denominatorAt,
        id,
      );
      return false;
    }
    issues.warn(
      'no-cases',
      `There were no cases for ${labelOf(f)} (0 of 0), so no result is shown.`,
      'Nothing to do unless you expected cases.',
      f.denominatorAt,
      id,
    );
    return true;
  }
  if (indicator.unit === 'percentage' && numerator !== undefined && Math.abs(numerator) > denominator) {
    issues.error(
      'numerator-above-denominator',
      `The numerator for ${labelOf(f)} (${quoteNumber(numerator)}) is larger than the denominator (${quoteNumber(denominator)}), which would be ${numerator < 0 ? 'below -100%' : 'over 100%'}.`,
      'Check that the two references are not swapped and point at the right month.',
      f.numeratorAt,
      id,
    );
    return false;
  }
  return true;
}
