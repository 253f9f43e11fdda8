import type { IssueList } from '../issues';
import { longMonthLabel } from '../months';
import type { CellLocation, Indicator, Observation } from '../types';
import type { Catalogue } from './catalogue';
import { checkFigures } from './figures';
import type { Located, RangeLookup } from './references';
import { cellsBehind } from './references';
import type { SeriesContext, SeriesSide } from './series';
import { isSeries, readSeriesSide, readsSeries } from './series';
import type { ParsedSettings } from './settings';
import { areasOfBlock } from './areaColumns';
import { blankCellOf, noteBlankCell } from './blankCells';
import { NoCases } from './noCases';

/**
 * In-month observations from the monthly series the catalogue points at, in place: every month
 * reported so far, for every area. The engine adds them up into R12M, YTD, R3M and the trend.
 * A denominator may be a series too, or one cell (or one per area) used for every month: one
 * figure for every month is a stock (a population), never added up.
 */
export function observationsFromSeries(
  catalogue: Catalogue,
  settings: ParsedSettings,
  lookups: Map<string, RangeLookup>,
  issues: IssueList,
  date1904: boolean,
): Observation[] {
  const ctx: SeriesContext = { lookups, issues, date1904, areaCount: settings.areas.length };
  const observations: Observation[] = [];
  const warned = new Set<string>();
  for (const indicator of catalogue.indicators) {
    if (!indicator.numeratorRef || !readsSeries(indicator, ctx)) continue;
    observations.push(...seriesOf(indicator, settings, ctx, warned));
  }
  return observations;
}

type Denominators = { kind: 'series'; side: SeriesSide } | { kind: 'fixed'; cells: Located[] } | undefined;

function seriesOf(indicator: Indicator, settings: ParsedSettings, ctx: SeriesContext, warned: Set<string>): Observation[] {
  const { issues } = ctx;
  const counted = indicator.unit !== 'count';
  if (counted && !indicator.denominatorRef) {
    issues.error(
      'missing-denominator-ref',
      'The indicator has a numerator reference but no denominator reference.',
      'Add the denominator reference, or change the unit to count.',
      indicator.at.denominatorRef ?? indicator.row,
      indicator.id,
    );
    return [];
  }
  if (!isSeries(indicator, 'numeratorRef', ctx)) {
    issues.error(
      'reference-shapes-differ',
      `The denominator reference ${indicator.denominatorRef} is a monthly series but the numerator reference ${indicator.numeratorRef} is not.`,
      'Point the numerator at the column (or row) of monthly figures too.',
      indicator.at.numeratorRef ?? indicator.row,
      indicator.id,
    );
    return [];
  }
  const numerators = readSeriesSide(indicator, 'numeratorRef', ctx);
  const denominators = counted ? denominatorsOf(indicator, settings, ctx) : undefined;
  if (!numerators || (counted && !denominators)) return [];
  const areas = areasOfBlock(indicator, numerators, settings, issues, warned);
  if (!areas || !sameWidth(indicator, numerators, denominators, issues)) return [];
  // A denominator block with its own headers is matched to the numerator's areas by name.
  const denAreas = denominators?.kind === 'series' ? areasOfBlock(indicator, denominators.side, settings, issues, warned) : areas;
  if (!denAreas) return [];
  for (const b of numerators.blanks) noteBlankCell(indicator, areas[b.k] ?? settings.area, b.month, b.at);
  if (denominators?.kind === 'series')
    for (const b of denominators.side.blanks) noteBlankCell(indicator, denAreas[b.k] ?? settings.area, b.month, b.at);
  if (denominators?.kind === 'fixed' && !fixedIsStock(indicator, issues)) return [];
  const observations: Observation[] = [];
  const noCases = new NoCases();
  let missing = false;
  areas.forEach((area, k) => {
    for (const [month, num] of numerators.byArea[k] ?? []) {
      const den =
        denominators?.kind === 'series'
          ? denominators.side.byArea[denAreas.indexOf(area)]?.get(month)
          : denominators?.cells[denominators.cells.length === 1 ? 0 : settings.areas.indexOf(area)];
      // A Stock denominator is its period's last month alone (a population): a blank in another
      // month loses that month's own result, not a year's figure ending later, so the month's
      // numerator is kept. Any other kind needs every month's denominator.
      if (counted && !den && indicator.denominatorKind !== 'stock') {
        // A blank denominator cell is already a warning at that cell (series.ts); months the
        // denominator does not reach at all are said here, once. Either way the month is "-".
        if (!missing && !blankCellOf(indicator, area, month)) missingDenominator(indicator, area, month, num.at, issues);
        missing = true;
        continue;
      }
      const label = `${area}, ${longMonthLabel(month)}`;
      const figures = { numerator: num.value, denominator: den?.value, numeratorAt: num.at, denominatorAt: den?.at, label };
      if (den?.value === 0 && num.value === 0) noCases.add(area, month, den.at);
      else if (!checkFigures(indicator, figures, issues)) continue;
      observations.push({
        indicatorId: indicator.id,
        area,
        month,
        basis: 'month',
        numerator: num.value,
        denominator: den?.value,
        at: num.at,
        sources: { numerator: num.at, denominator: den?.at },
      });
    }
  });
  if (denominators?.kind === 'series') halfMonths(indicator, areas, numerators, denAreas, denominators.side, issues);
  noCases.report(
    indicator,
    observations
      .map((o) => o.month)
      .sort()
      .pop(),
    issues,
  );
  return observations;
}

function denominatorsOf(indicator: Indicator, settings: ParsedSettings, ctx: SeriesContext): Denominators {
  if (isSeries(indicator, 'denominatorRef', ctx)) {
    const side = readSeriesSide(indicator, 'denominatorRef', ctx);
    return side ? { kind: 'series', side } : undefined;
  }
  const cells = cellsBehind(indicator, 'denominatorRef', settings, ctx.lookups, ctx.issues);
  return cells ? { kind: 'fixed', cells } : undefined;
}

function sameWidth(indicator: Indicator, numerators: SeriesSide, denominators: Denominators, issues: IssueList): boolean {
  if (!denominators) return true;
  const width = denominators.kind === 'series' ? denominators.side.width : denominators.cells.length;
  if (width === numerators.width || (denominators.kind === 'fixed' && width === 1 && numerators.width === 1)) return true;
  issues.error(
    'reference-shapes-differ',
    `The numerator reference covers ${numerators.width} area${numerators.width === 1 ? '' : 's'} but the denominator reference covers ${width}.`,
    'Point the denominator at as many columns (or cells) as the numerator, one per area, in the same order.',
    indicator.at.denominatorRef,
    indicator.id,
  );
  return false;
}

/** One denominator cell for every month is a month-end stock; said to add up, it is a contradiction. */
function fixedIsStock(indicator: Indicator, issues: IssueList): boolean {
  if (indicator.denominatorKind === 'flow') {
    issues.error(
      'count-kind-needed',
      `The denominator reference ${indicator.denominatorRef} is one figure for every month, so it cannot be a Flow that adds up over months.`,
      'Type Stock in Denominator type (a population or FTE used once), or point the denominator at a column of monthly figures.',
      indicator.at.denominatorKind ?? indicator.row,
      indicator.id,
    );
    return false;
  }
  indicator.denominatorKind ??= 'stock';
  return true;
}

/**
 * A latest month given a denominator but no numerator (half filled in): the numerator's months end
 * before it, so it is read as not yet reported and the scorecard is for the month before. Said
 * once an indicator, at the denominator's cell, so the blank numerator is not passed over in silence.
 * A denominator reaching several months further is one given ahead (a population for the year): no word.
 */
function halfMonths(
  indicator: Indicator,
  areas: string[],
  numerators: SeriesSide,
  denAreas: string[],
  denominators: SeriesSide,
  issues: IssueList,
): void {
  for (const [k, area] of areas.entries()) {
    const last = [...(numerators.byArea[k]?.keys() ?? [])].sort().pop();
    const later = [...(denominators.byArea[denAreas.indexOf(area)] ?? [])].filter(
      ([month]) => last === undefined || month > last,
    );
    // One month more is a month half filled in; several are a denominator given ahead (a population for the year).
    const [first] = later;
    if (later.length !== 1 || !first) continue;
    const [month, den] = first;
    issues.warn(
      'series-months-differ',
      `The denominator for ${area}, ${longMonthLabel(month)} has a figure (${den.at.sheet}!${den.at.cell}), but the numerator ` +
        `reference ${indicator.numeratorRef} has none for it${last ? `: its figures end in ${longMonthLabel(last)}` : ''}, so ` +
        `${longMonthLabel(month)} is read as not yet reported.`,
      `Fill in the numerator for ${longMonthLabel(month)} (0 where there were none), or clear the denominator until it is reported.`,
      den.at,
      indicator.id,
    );
    return;
  }
}

function missingDenominator(indicator: Indicator, area: string, month: string, at: CellLocation, issues: IssueList): void {
  issues.warn(
    'series-months-differ',
    `The numerator for ${area}, ${longMonthLabel(month)} has a figure, but the denominator reference ${indicator.denominatorRef} has no month ${longMonthLabel(month)}: results that need that month are shown as "-".`,
    `Extend the denominator to ${longMonthLabel(month)}, or point it at the same months as the numerator.`,
    at,
    indicator.id,
  );
}
