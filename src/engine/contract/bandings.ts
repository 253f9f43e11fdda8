import { quoteInUnit, quoteNumber, quotePercent } from '../quote';
import type { BandMode, Bands, CatalogueField, Polarity, Unit } from '../types';
import { formatResult } from '../units';
import { FIELD_HEADER } from './catalogueColumns';
import type { CatalogueRowReader } from './catalogueRow';
import { KEYWORDS, parseBandMode, suggest } from './keywords';

/** The numbers a catalogue row gives for rating, as read (undefined when blank or unreadable). */
export interface BandingNumbers {
  target?: number;
  floor?: number;
  inner?: number;
  outer?: number;
  statNeighbours?: number;
  england?: number;
}

/**
 * A percentage is kept as a fraction (85% is 0.85): a target, floor or comparator outside 0 to
 * 1 was typed without its % sign, and one below 0 is allowed only for a net-change measure.
 */
export function checkPercentageScale(reader: CatalogueRowReader, n: BandingNumbers, negativeAllowed: boolean): boolean {
  let ok = true;
  for (const field of ['target', 'floor', 'statNeighbours', 'england'] as const) {
    const value = n[field];
    if (value === undefined) continue;
    if (value > 1 || value < -1) {
      ok = false;
      const example = Math.abs(value) <= 100 ? `${quoteNumber(value)}%` : '85%';
      reader.fail(
        field,
        'percentage-scale',
        `${FIELD_HEADER[field]} ${quoteNumber(value)} is not a percentage Excel understands (Excel keeps 85% as 0.85).`,
        `Type it with a % sign, for example ${example}.`,
      );
    } else if (value < 0 && !negativeAllowed) {
      ok = false;
      reader.fail(
        field,
        'negative-not-allowed',
        `${FIELD_HEADER[field]} ${quotePercent(value)} is below zero, and this indicator's results cannot be.`,
        `For a net change that can fall below zero, type Yes in the "${FIELD_HEADER.negativeAllowed}" column; otherwise check the sign.`,
      );
    }
  }
  return ok;
}

/** H and L: the floor is on the Amber side of the target. */
export function checkFloor(
  reader: CatalogueRowReader,
  polarity: 'H' | 'L',
  unit: Unit | undefined,
  n: BandingNumbers,
  scaleOk: boolean,
): void {
  const { target, floor } = n;
  if (!reader.row.has('floor')) {
    reader.reject();
    return;
  }
  if (floor === undefined && reader.blank('floor')) {
    reader.fail(
      'floor',
      'missing-floor',
      `Floor is blank: a ${polarity} indicator needs the Amber/Red boundary.`,
      'Type the floor; use the target itself if there is no Amber band.',
    );
    return;
  }
  if (floor === undefined || target === undefined || !unit || !scaleOk) return;
  const wrongSide = polarity === 'H' ? floor > target : floor < target;
  if (!wrongSide) return;
  const show = (v: number): string => formatResult(unit, 1, v);
  reader.fail(
    'floor',
    'floor-wrong-side',
    `Floor ${show(floor)} is ${polarity === 'H' ? 'above' : 'below'} the target ${show(target)}, but ${polarity === 'H' ? 'higher' : 'lower'} is better.`,
    `Make the floor ${polarity === 'H' ? 'at most' : 'at least'} the target, or check the polarity.`,
  );
}

/** What is read but not used for this polarity: bands on H/L, a floor on T. */
export function warnUnused(reader: CatalogueRowReader, polarity: Polarity, n: BandingNumbers): void {
  if (polarity !== 'T' && (n.inner !== undefined || n.outer !== undefined)) {
    reader.warn(
      'innerBand',
      'bands-ignored',
      `Inner and outer bands are only used by T indicators; this one is ${polarity}.`,
      'Clear them, or set the polarity to T.',
    );
  }
  if (polarity === 'T' && n.floor !== undefined) {
    reader.warn(
      'floor',
      'floor-ignored',
      'Floor is not used by T indicators (they use inner and outer bands).',
      'Clear the floor, or set the polarity to H or L.',
    );
  }
}

/** T: the Green and Amber bands around the target, absolute (points) or relative (a share of the target). */
export function parseBands(reader: CatalogueRowReader, unit: Unit | undefined, n: BandingNumbers): Bands | undefined {
  const modeText = reader.text('bandType');
  const mode = modeText ? parseBandMode(modeText) : 'absolute';
  if (!mode) {
    return reader.unknownWord(
      'bandType',
      'unknown-band-type',
      suggest(modeText, KEYWORDS.bandType, { absolute: 'absolute', relative: 'relative' }),
      modeText,
      'absolute (points either side) or relative (a % of the target)',
    );
  }
  const { inner, outer, target } = n;
  if (inner === undefined || outer === undefined) {
    return reader.fail(
      inner === undefined ? 'innerBand' : 'outerBand',
      'missing-bands',
      'A T indicator needs an inner band (Green) and an outer band (Amber).',
      'Fill in both bands, for example 2.5% and 5%.',
    );
  }
  if (!checkBandScale(reader, unit, mode, inner, outer)) return undefined;
  if (inner < 0 || outer < 0) {
    return reader.fail(
      inner < 0 ? 'innerBand' : 'outerBand',
      'negative-band',
      'Bands are distances from the target and cannot be negative.',
      'Type the band widths as positive numbers.',
    );
  }
  const shown = (v: number): string => (mode === 'relative' ? quotePercent(v) : quoteInUnit(unit, v));
  if (inner > outer) {
    return reader.fail(
      'innerBand',
      'bands-overlap',
      `The inner band (${shown(inner)}) is wider than the outer band (${shown(outer)}), so Amber could never show.`,
      'Make the inner band at most the outer band.',
    );
  }
  if (mode === 'relative' && target === 0) {
    return reader.fail(
      'bandType',
      'relative-band-zero-target',
      'Relative bands are a share of the target, and the target is 0.',
      'Use absolute bands for this indicator.',
    );
  }
  return { inner, outer, mode };
}

/**
 * Bands typed without their % sign: 3 and 6 meaning points of a percentage would be 300 and 600
 * points, and relative bands of 10 and 20 would be 1,000% and 2,000% of the target. Either way
 * everything would be Green, so it is an error, in one message for both cells.
 */
function checkBandScale(
  reader: CatalogueRowReader,
  unit: Unit | undefined,
  mode: BandMode,
  inner: number,
  outer: number,
): boolean {
  if (mode === 'absolute' && unit !== 'percentage') return true;
  const typed = [inner, outer].filter((v) => Math.abs(v) >= 1);
  if (typed.length === 0) return true;
  const fields: [CatalogueField, ...CatalogueField[]] = Math.abs(inner) >= 1 ? ['innerBand', 'outerBand'] : ['outerBand'];
  const both = typed.length === 2;
  const [first = 0] = typed;
  const values = typed.map(quoteNumber);
  const [firstText = '', secondText = ''] = values;
  const meaning =
    mode === 'relative'
      ? `Relative bands are a share of the target, so ${both ? `${firstText} and ${secondText} would be ${quotePercent(inner)} and ${quotePercent(outer)}` : `${firstText} would be ${quotePercent(first)}`} of it`
      : `For a percentage, ${both ? `${firstText} and ${secondText} would be ${quoteNumber(inner * 100)} and ${quoteNumber(outer * 100)} points` : `${firstText} would be ${quoteNumber(first * 100)} points`}`;
  const which = both ? 'The inner and outer bands' : `The ${fields[0] === 'innerBand' ? 'inner' : 'outer'} band`;
  reader.fail(
    fields[0],
    'band-scale',
    `${which} ${both ? 'are' : 'is'} typed without a % sign. ${meaning}, and almost everything would be Green.`,
    `Type ${values.map((v) => `${v}%`).join(' and ')}, not ${values.join(' and ')}.`,
  );
  return false;
}
