import { addMonths, monthLabel } from './months';
import { latestQuarterEnd, quarterLabel, quarterToDateMonths } from './periods';
import { POLARITY_WORDS } from './polarity';
import type { Indicator, MonthKey } from './types';
import { formatFor } from './units';

/** A banding value as the report's data notes write it: 85%, 17.5%, 18, 0. */
function compact(indicator: Pick<Indicator, 'unit' | 'decimals'>, value: number): string {
  return formatFor(indicator, value).replace(/\.0+(%?)$/, '$1');
}

/**
 * The RAG bandings in words, as the 2017 report's data notes put them:
 * "Target: 85% (RAG Bandings: Below 75% = Red, 75% to 85% = Amber, 85% and above = Green)".
 */
export function bandingsInWords(indicator: Indicator): string {
  const { polarity, target, floor, bands, unit } = indicator;
  if (target === undefined || !polarity) return 'Target: none (a context measure, shown for its trend: no RAG rating)';
  const t = compact(indicator, target);
  if (polarity === 'T') {
    const width = (v: number) =>
      bands?.mode === 'relative' ? `${compact({ unit: 'percentage', decimals: 1 }, v)} of the target` : compact(indicator, v);
    return `Target: ${t} (RAG Bandings: within ${width(bands?.inner ?? 0)} = Green, within ${width(bands?.outer ?? 0)} = Amber, further away = Red)`;
  }
  const f = compact(indicator, floor ?? target);
  if (floor === undefined || floor === target) {
    return polarity === 'H'
      ? `Target: ${t} (RAG Bandings: Below ${t} = Red, ${t} and above = Green)`
      : `Target: ${t} (RAG Bandings: Above ${t} = Red, ${t} and below = Green)`;
  }
  if (polarity === 'H') return `Target: ${t} (RAG Bandings: Below ${f} = Red, ${f} to ${t} = Amber, ${t} and above = Green)`;
  // Whole counts step by one: "Above 10 = Red, 1 to 10 = Amber, 0 = Green".
  const amberFrom = unit === 'count' ? compact(indicator, target + 1) : t;
  const green = unit === 'count' && target === 0 ? t : `${t} and below`;
  return `Target: ${t} (RAG Bandings: Above ${f} = Red, ${amberFrom} to ${f} = Amber, ${green} = Green)`;
}

function periodInWords(indicator: Indicator, month: MonthKey): string {
  switch (indicator.period) {
    case 'R12M':
      return `Figures shown are based on a rolling 12 month period. The result for ${monthLabel(month)} for example shows performance for ${monthLabel(addMonths(month, -11))} to ${monthLabel(month)}.`;
    case 'YTD':
      return 'Figures shown are for the year to date, from 1 April to the end of the reporting month.';
    case 'SS':
      return 'Figures shown are based on a snapshot as at the end of the reporting month';
    case 'Month':
      return `Figures shown are for the reporting month alone (${monthLabel(month)}).`;
    case 'QTD':
      return `Figures shown are for the financial quarter to date, from ${monthLabel(quarterToDateMonths(month)[0] ?? month)} to ${monthLabel(month)}.`;
    case 'Quarter':
      return `Figures shown are for the latest complete financial quarter (quarters are Apr–Jun, Jul–Sep, Oct–Dec and Jan–Mar): at ${monthLabel(month)}, ${quarterLabel(latestQuarterEnd(month))}.`;
  }
}

/** The data notes of an exception page: bandings, tolerance, data period and source. */
export function dataNotes(indicator: Indicator, month: MonthKey): string[] {
  return [
    bandingsInWords(indicator),
    `Tolerance: ${indicator.polarity ? POLARITY_WORDS[indicator.polarity] : 'None given (no direction of travel is shown)'}`,
    `Data: ${periodInWords(indicator, month)}`,
    `Data Source: ${indicator.dataSource || 'not given in the catalogue'}`,
    ...(indicator.definition ? [`Definition: ${indicator.definition}`] : []),
  ];
}
