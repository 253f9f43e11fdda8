import type { IssueList } from '../issues';
import { quoteNumber } from '../quote';
import type { CellLocation, Indicator } from '../types';

export interface FigureCells {
  numerator?: number;
  denominator?: number;
  numeratorAt: CellLocation;
  denominatorAt?: CellLocation;
  label: string;
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
      `The numerator for ${f.label} is ${quoteNumber(numerator)}.`,
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
      `The denominator for ${f.label} is ${quoteNumber(denominator)}.`,
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
        `The denominator for ${f.label} is 0 but the numerator is ${quoteNumber(numerator)}.`,
        'Check both figures: a numerator cannot count cases that the denominator does not.',
        f.denominatorAt,
        id,
      );
      return false;
    }
    issues.warn(
      'no-cases',
      `There were no cases for ${f.label} (0 of 0), so no result is shown.`,
      'Nothing to do unless you expected cases.',
      f.denominatorAt,
      id,
    );
    return true;
  }
  if (indicator.unit === 'percentage' && numerator !== undefined && Math.abs(numerator) > denominator) {
    issues.error(
      'numerator-above-denominator',
      `The numerator for ${f.label} (${quoteNumber(numerator)}) is larger than the denominator (${quoteNumber(denominator)}), which would be ${numerator < 0 ? 'below -100%' : 'over 100%'}.`,
      'Check that the two references are not swapped and point at the right month.',
      f.numeratorAt,
      id,
    );
    return false;
  }
  return true;
}
