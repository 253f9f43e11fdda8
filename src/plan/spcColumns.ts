/**
 * Statistical process control on the sheets: the scorecard's "SPC variation" and "Assurance"
 * columns, their conditional formats, the note for provisional limits, and the labels the
 * Summary counts. The engine works SPC out (results carry `spc`); this lays it out.
 *
 * These cells are values, not formulas: SPC is worked out from up to two years of month-end
 * results when the scorecard is recalculated, and Excel does not recompute it. The header and
 * a line under the scorecard say so. The words carry the meaning; colour only repeats it
 * (Making Data Count's colours: blue improving, orange concerning, purple a change neither
 * better nor worse, grey common cause).
 */
import type { IndicatorResult, MonthKey, SpcAssurance, SpcResult, Unit, XmrChart } from '../engine';
import {
  monthLabel,
  PERIOD_SPAN,
  SPC_ASSURANCE_LABELS as SPC_ASSURANCE_LABELSExport,
  SPC_ASSURANCE_WORDS,
  SPC_HISTORY_MONTHS,
  SPC_VARIATION_WORDS,
  spcVariationLabel as spcVariationLabelExport,
} from '../engine';
import { arrowNotes } from './arrowNotes';
import type { CfFormat, ConditionalFormat, PlanCell } from './types';

/** Bound once: a use through an import reads the module's export each time (a getter, in CommonJS). */
const SPC_ASSURANCE_LABELS = SPC_ASSURANCE_LABELSExport;
const spcVariationLabel = spcVariationLabelExport;

export const SPC_HEADERS = ['SPC variation', 'Assurance'] as const;
/** Over the two columns, in the header group row. */
export const SPC_GROUP_HEADER = 'SPC (not live)';
export const SPC_COLUMN_WIDTHS = [15, 12] as const;

export const SPC_FOOTNOTE =
  `SPC variation and assurance are values worked out at this recalculation from up to ${SPC_HISTORY_MONTHS} ` +
  'months of month-end results (12 at least), not live formulas: a changed figure or target shows there when you recalculate. ' +
  'Rolling and year-to-date figures are charted from their in-month results, as Making Data Count advises; ' +
  '"Not charted" where the data has only the rolling figures.';

/** Every label the variation column can hold, grouped as the Summary counts them. */
export const SPC_VARIATION_LABELS = {
  improving: ['Improving ↑', 'Improving ↓'],
  concerning: ['Concerning ↑', 'Concerning ↓'],
  neither: ['Changed ↑', 'Changed ↓'],
  commonCause: ['Common cause'],
  tooFew: ['Too few months'],
  notCharted: ['Not charted'],
} as const;
export type SpcVariationGroup = keyof typeof SPC_VARIATION_LABELS;

const IMPROVING: CfFormat = { fill: '#DDEBF7', fontColor: '#1F4E79', bold: true };
const CONCERNING: CfFormat = { fill: '#FCE4D6', fontColor: '#833C0B', bold: true };
const NEITHER: CfFormat = { fill: '#E4DFEC', fontColor: '#5B2C6F', bold: true };
const COMMON: CfFormat = { fontColor: '#404040' };

const VARIATION_FORMAT: Record<Exclude<SpcVariationGroup, 'tooFew' | 'notCharted'>, CfFormat> = {
  improving: IMPROVING,
  concerning: CONCERNING,
  neither: NEITHER,
  commonCause: COMMON,
};

const ASSURANCE_FORMAT: Record<SpcAssurance, CfFormat> = {
  consistentlyMet: IMPROVING,
  consistentlyMissed: CONCERNING,
  hitAndMiss: COMMON,
};

/** The group an SPC result's label belongs to, for counting. */
export function spcVariationGroup(spc: SpcResult): SpcVariationGroup {
  if (spc.status === 'notEnoughData') return 'tooFew';
  if (spc.status === 'rollingFigures') return 'notCharted';
  switch (spc.variation) {
    case 'commonCause':
      return 'commonCause';
    case 'specialCauseImproving':
      return 'improving';
    case 'specialCauseConcerning':
      return 'concerning';
    case 'specialCauseNeither':
      return 'neither';
  }
}

/** The two cells of an indicator's row: the variation in words, and the assurance (blank with no target). */
export function spcCells(result: IndicatorResult): [PlanCell, PlanCell] {
  const { spc } = result;
  const assurance = spc.status === 'ok' && spc.assurance ? SPC_ASSURANCE_LABELS[spc.assurance] : null;
  return [{ value: spcVariationLabel(spc) }, { value: assurance }];
}

/** "SPC provisional: 14 months." while the limits rest on fewer than 20 points. */
function spcNote(spc: SpcResult): string | undefined {
  return spc.status === 'ok' && spc.provisional ? `SPC provisional: ${spc.points} months.` : undefined;
}

/** The Notes cell's text: the engine's notes, then the SPC note. */
export function notesText(result: IndicatorResult): string | null {
  const note = spcNote(result.spc);
  const arrows = arrowNotes(result);
  // Most rows have no notes at all: nothing to gather and join.
  if (result.notes.length === 0 && arrows.length === 0 && note === undefined) return null;
  return [...result.notes, ...arrows, ...(note ? [note] : [])].join(' ') || null;
}

/** Rules keyed on the cell's own text, one per label that has a colour. */
export function spcConditionalFormats(variationRange: string, assuranceRange: string): ConditionalFormat[] {
  const groups = Object.keys(VARIATION_FORMAT) as (keyof typeof VARIATION_FORMAT)[];
  return [
    {
      range: variationRange,
      rules: groups.flatMap((group) =>
        SPC_VARIATION_LABELS[group].map((text) => ({ type: 'textEquals' as const, text, format: VARIATION_FORMAT[group] })),
      ),
    },
    {
      range: assuranceRange,
      rules: (Object.keys(ASSURANCE_FORMAT) as SpcAssurance[]).map((a) => ({
        type: 'textEquals' as const,
        text: SPC_ASSURANCE_LABELS[a],
        format: ASSURANCE_FORMAT[a],
      })),
    },
  ];
}

/** An exception page's rows for the SPC chart's lines, when there is a chart; "in-month" when it is of in-month results. */
export function spcLines(spc: SpcResult): [string, number][] {
  if (spc.status !== 'ok') return [];
  const { mean, upper, lower } = spc.chart;
  const of = spc.basis === 'inMonth' ? ' (in-month)' : '';
  return [
    [`Process mean${of}`, mean],
    [`Upper process limit${of}`, upper],
    [`Lower process limit${of}`, lower],
  ];
}

/** The in-month results a rolling figure's chart is drawn from, by month; none for other charts. */
export function spcInMonthValues(spc: SpcResult): Map<MonthKey, number> | undefined {
  if (spc.status !== 'ok' || spc.basis !== 'inMonth' || !spc.months) return undefined;
  const { values } = spc;
  return new Map(spc.months.flatMap((month, i) => (values[i] === undefined ? [] : [[month, values[i]]])));
}

/** Which limit was kept within the measure's natural bounds (spc.ts), with the value worked out. */
function clampNote(chart: XmrChart, unit: Unit | undefined): string {
  const { unclamped } = chart;
  if (!unclamped) return '';
  const show = (v: number): string => (unit === 'percentage' ? `${(v * 100).toFixed(1)}%` : v.toFixed(1));
  const moved = [
    ...(unclamped.upper !== chart.upper
      ? [`the upper limit at ${show(chart.upper)} (it works out at ${show(unclamped.upper)})`]
      : []),
    ...(unclamped.lower !== chart.lower
      ? [`the lower limit at ${show(chart.lower)} (it works out at ${show(unclamped.lower)})`]
      : []),
  ];
  return ` Limits are kept within what the measure can be: ${moved.join(' and ')}.`;
}

/** An exception page's data note on SPC: the verdicts, and what the lines rest on. */
export function spcDataNote(spc: SpcResult, month: MonthKey, unit?: Unit): string {
  if (spc.status === 'rollingFigures') {
    return (
      `SPC: not charted. The data gives only the figure for ${PERIOD_SPAN[spc.period]} at each month end, and each shares ` +
      'most of its months with the one before, so an SPC chart of them would show signals that are not there (Making Data Count). ' +
      'Add the in-month counts to chart it.'
    );
  }
  const results = spc.basis === 'inMonth' ? 'in-month results' : 'month-end results';
  if (spc.status !== 'ok') {
    return `SPC: too few months to chart (${spc.points} consecutive ${results} to ${monthLabel(month)}; ${spc.needed} needed).`;
  }
  const assurance = spc.assurance ? ` ${SPC_ASSURANCE_WORDS[spc.assurance]}.` : '';
  const provisional = spc.provisional ? ', provisional until there are 20' : '';
  return (
    `SPC: ${SPC_VARIATION_WORDS[spc.variation]}.${assurance} Mean and process limits (mean ± 2.66 × the mean moving range) ` +
    `from the ${spc.points} ${results} to ${monthLabel(month)}${provisional}, as at this recalculation.${clampNote(spc.chart, unit)}`
  );
}
