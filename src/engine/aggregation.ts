import { cellList, NO_CELLS } from './cellList';
import type { IssueList } from './issues';
import { quoteSheet } from './issues';
import { longMonthLabel } from './months';
import type { Figure } from './monthSeries';
import { MonthSeries, SeriesMonths } from './monthSeries';
import { monthOrdinal as monthOrdinalExport, periodWindow as periodWindowExport } from './periods';
import type { Basis, FigureSource, Indicator, MonthKey, Observation } from './types';
import { resultOf as resultOfExport } from './units';

/** Bound once: a call through an import reads the module's export each time (a getter, in the CommonJS tsx emits). */
const monthOrdinal = monthOrdinalExport;
const periodWindow = periodWindowExport;
const resultOf = resultOfExport;

const BASIS_WORDS: Record<Basis, string> = {
  period: "the indicator's own period",
  R3M: 'rolling 3 months',
  month: 'in-month counts',
};

export type { Figure } from './monthSeries';

/**
 * One indicator in one area: its given figures by basis and its in-month series, by month ordinal.
 * Given figures are made a map when the first comes (most data has in-month counts only). `lo` and
 * `hi`: its first and last in-month months, found before its series is laid out.
 */
interface Track {
  period?: Map<number, Observation>;
  R3M?: Map<number, Observation>;
  month: MonthSeries;
  lo: number;
  hi: number;
}

/** A series with no months: every track's until the dataset lays out its months. */
const NO_MONTHS = new MonthSeries(new SeriesMonths(0), 0, 0, 0);

/**
 * All observations, indexed, with aggregation over periods: a figure is taken as given
 * when the data has it for that basis and month (a Quarter's at its quarter end), or else made
 * from in-month counts over the period's months (periods.ts; R3M: the last 3 months). Months are
 * integers and each in-month series is one stretch of arrays shared by the dataset, from its
 * first month to its last (monthSeries.ts), so a window of up to 12 months is read straight from it.
 */
export class Dataset {
  private readonly tracks = new Map<string, Map<string, Track>>();
  readonly areas: string[] = [];
  readonly months = new Set<MonthKey>();
  /** Month ordinals by month: a run asks for the same few months for every indicator and area. */
  private readonly ordinals = new Map<MonthKey, number>();
  /** The track last looked up: a scorecard row asks for several figures of one indicator in one area. */
  private lastTrack: { id: string; area: string; track: Track | undefined } | undefined;

  /**
   * Two passes over the observations: the first finds each one's month and track and each
   * series' first and last months, so that every series is laid out once, in the order the data
   * gives them; the second puts each observation in its place.
   */
  constructor(observations: Observation[], issues: IssueList) {
    const count = observations.length;
    const ordinalOf = new Int32Array(count);
    const trackOf = new Array<Track>(count);
    const order = this.locate(observations, ordinalOf, trackOf);
    let total = 0;
    for (const track of order) if (track.lo <= track.hi) total += track.hi - track.lo + 1;
    const months = new SeriesMonths(total);
    let offset = 0;
    for (const track of order) {
      if (track.lo > track.hi) continue;
      const length = track.hi - track.lo + 1;
      track.month = new MonthSeries(months, track.lo, offset, length);
      offset += length;
    }
    // Indexed loops: 180,000 rows at 100 x 50, and an iterator's result object for each showed in the profile.
    for (let i = 0; i < count; i++) {
      const o = observations[i] as Observation;
      const track = trackOf[i] as Track;
      const ordinal = ordinalOf[i] as number;
      const basis = o.basis === 'month' ? track.month : (track[o.basis] ??= new Map());
      const earlier = basis.get(ordinal);
      if (earlier) duplicate(o, earlier, issues);
      else basis.set(ordinal, o);
    }
  }

  /**
   * Each observation's month ordinal and track, into the arrays given, with each track's first
   * and last in-month months and the areas in the order met; the tracks in the order met.
   */
  private locate(observations: Observation[], ordinalOf: Int32Array, trackOf: Track[]): Track[] {
    const { ordinals } = this;
    const areas = new Set<string>();
    const order: Track[] = [];
    // A data table runs indicator by indicator and area by area: the row's track is usually the last one.
    let last: { id: string; area: string; track: Track } | undefined;
    for (let i = 0; i < observations.length; i++) {
      const o = observations[i] as Observation;
      let ordinal = ordinals.get(o.month);
      if (ordinal === undefined) {
        ordinals.set(o.month, (ordinal = monthOrdinal(o.month)));
        this.months.add(o.month);
      }
      if (last?.id !== o.indicatorId || last.area !== o.area) {
        last = { id: o.indicatorId, area: o.area, track: this.trackFor(o.indicatorId, o.area, order) };
        if (!areas.has(o.area)) {
          areas.add(o.area);
          this.areas.push(o.area);
        }
      }
      const { track } = last;
      ordinalOf[i] = ordinal;
      trackOf[i] = track;
      if (o.basis === 'month') {
        if (ordinal < track.lo) track.lo = ordinal;
        if (ordinal > track.hi) track.hi = ordinal;
      }
    }
    return order;
  }

  private track(id: string, area: string): Track | undefined {
    const last = this.lastTrack;
    if (last?.id === id && last.area === area) return last.track;
    const track = this.tracks.get(id)?.get(area);
    this.lastTrack = { id, area, track };
    return track;
  }

  private ordinalOf(month: MonthKey): number {
    let ordinal = this.ordinals.get(month);
    if (ordinal === undefined) this.ordinals.set(month, (ordinal = monthOrdinal(month)));
    return ordinal;
  }

  /** The track of an indicator in an area, made (and added to `order`) when it is first met. */
  private trackFor(id: string, area: string, order: Track[]): Track {
    let byArea = this.tracks.get(id);
    if (!byArea) this.tracks.set(id, (byArea = new Map()));
    let track = byArea.get(area);
    if (!track) {
      byArea.set(area, (track = { month: NO_MONTHS, lo: Infinity, hi: -Infinity }));
      order.push(track);
    }
    return track;
  }

  get(id: string, area: string, basis: Basis, month: MonthKey): Observation | undefined {
    return this.track(id, area)?.[basis]?.get(this.ordinalOf(month));
  }

  /** The indicator's own figure (its data period) at a month end. */
  periodFigure(indicator: Indicator, area: string, month: MonthKey): Figure | undefined {
    const track = this.track(indicator.id, area);
    if (!track) return undefined;
    const { last, count } = periodWindow(indicator.period, this.ordinalOf(month));
    const given = track.period?.get(last);
    if (given) return figureOf(indicator, given);
    return sumMonths(indicator, track.month, last, count);
  }

  /**
   * The figure of one month alone, made from that month's in-month counts; none when the data
   * has no in-month counts for it (a given rolling figure is never split into months).
   */
  inMonthFigure(indicator: Indicator, area: string, month: MonthKey): Figure | undefined {
    const track = this.track(indicator.id, area);
    return track && sumMonths(indicator, track.month, this.ordinalOf(month), 1);
  }

  /**
   * The values of consecutive month-end figures, newest first, at the month `ordinals` given
   * (newest first), up to the first month with no finite value: each the indicator's own
   * figure's value, or its in-month figure's (`inMonth`), as periodFigure and inMonthFigure give
   * them, without the cells behind them.
   */
  historyValues(indicator: Indicator, area: string, ordinals: readonly number[], inMonth: boolean): number[] {
    const values: number[] = [];
    const track = this.track(indicator.id, area);
    if (!track) return values;
    for (const ordinal of ordinals) {
      const value = inMonth ? windowResult(indicator, track.month, ordinal, 1) : periodValue(indicator, track, ordinal);
      if (value === undefined || !Number.isFinite(value)) break;
      values.push(value);
    }
    return values;
  }

  /** The rolling 3 months figure; snapshot indicators have none. */
  rolling3Figure(indicator: Indicator, area: string, month: MonthKey): Figure | undefined {
    if (indicator.period === 'SS') return undefined;
    const track = this.track(indicator.id, area);
    if (!track) return undefined;
    const ordinal = this.ordinalOf(month);
    const given = track.R3M?.get(ordinal);
    if (given) return figureOf(indicator, given);
    return sumMonths(indicator, track.month, ordinal, 3);
  }
}

/** Built only when a figure is given twice: the message names both places. */
function duplicate(o: Observation, earlier: Observation, issues: IssueList): void {
  issues.error(
    'duplicate-figure',
    `Indicator ${o.indicatorId}, ${o.area}, ${longMonthLabel(o.month)} (${BASIS_WORDS[o.basis]}) is given twice: here and at ${quoteSheet(earlier.at.sheet)}!${earlier.at.cell}.`,
    'Keep one of them: delete the other row, or clear the catalogue reference if the data table already has the month.',
    o.at,
    o.indicatorId,
  );
}

/** periodFigure's value alone. */
function periodValue(indicator: Indicator, track: Track, ordinal: number): number | undefined {
  const { last, count } = periodWindow(indicator.period, ordinal);
  const given = track.period?.get(last);
  if (given) return given.value ?? resultOf(indicator.unit, given.numerator ?? 0, given.denominator);
  return windowResult(indicator, track.month, last, count);
}

/** sumMonths' value alone. */
function windowResult(indicator: Indicator, series: MonthSeries, last: number, count: number): number | undefined {
  const denominator = indicator.unit === 'count' ? undefined : (indicator.denominatorKind ?? 'flow');
  return series.windowResult(last, count, indicator.unit, indicator.numeratorKind ?? 'flow', denominator);
}

/**
 * A figure over several months from in-month figures: flows add up, a stock is the last
 * month's figure, a stock average the mean of the month ends. Every month must be there.
 */
function sumMonths(indicator: Indicator, series: MonthSeries, last: number, count: number): Figure | undefined {
  const denominator = indicator.unit === 'count' ? undefined : (indicator.denominatorKind ?? 'flow');
  return series.figure(last, count, indicator.unit, indicator.numeratorKind ?? 'flow', denominator);
}

function figureOf(indicator: Indicator, o: Pick<Observation, 'numerator' | 'denominator' | 'value' | 'sources'>): Figure {
  if (o.value !== undefined) {
    return { value: o.value, source: o.sources?.value ? { kind: 'value', at: o.sources.value } : undefined };
  }
  const numerator = o.numerator ?? 0;
  return {
    value: resultOf(indicator.unit, numerator, o.denominator),
    numerator,
    denominator: o.denominator,
    source: countsSource(indicator, o),
  };
}

function countsSource(indicator: Indicator, o: Pick<Observation, 'denominator' | 'sources'>): FigureSource | undefined {
  const numerator = o.sources?.numerator;
  const denominator = o.sources?.denominator;
  if (!numerator || (indicator.unit !== 'count' && o.denominator !== undefined && !denominator)) return undefined;
  return { kind: 'counts', numerator: cellList([numerator]), denominator: denominator ? cellList([denominator]) : NO_CELLS };
}
