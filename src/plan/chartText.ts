/**
 * Alternative text for an exception page's trend chart: a short title and a description of what
 * the chart shows in words, for people who cannot see it. The plan puts the description in a cell
 * above the chart too (Office.js has no alternative text for a chart, and ExcelJS draws none).
 */
import type { IndicatorResult, MonthKey } from '../engine';
import { formatFor, monthLabel, RAG_WORDS } from '../engine';

export interface TrendPoint {
  month: MonthKey;
  value?: number;
}

export function trendChartText(
  result: Pick<IndicatorResult, 'indicator' | 'current'>,
  trend: TrendPoint[],
  lines: string[],
): { title: string; description: string } {
  const { indicator, current } = result;
  const shown = (value: number | undefined) => (value === undefined ? 'no figure' : formatFor(indicator, value));
  const first = trend[0];
  const last = trend[trend.length - 1];
  const parts = [
    `Line chart of the month-end result for ${indicator.name}`,
    first && last
      ? `from ${monthLabel(first.month)} (${shown(first.value)}) to ${monthLabel(last.month)} (${shown(last.value)})`
      : '',
  ];
  const against: string[] = [];
  if (indicator.target !== undefined) against.push(`the target of ${shown(indicator.target)}`);
  if (indicator.floor !== undefined) against.push(`the floor of ${shown(indicator.floor)}`);
  const drawn = [...against, ...lines.map((l) => l.toLowerCase())];
  const sentence = parts.filter(Boolean).join(' ');
  const with_ = drawn.length > 0 ? `, with ${drawn.join(', ')}` : '';
  const rag = current.rag ? ` Latest RAG: ${RAG_WORDS[current.rag]}.` : '';
  return { title: `Trend: ${indicator.id} ${indicator.name}`, description: `${sentence}${with_}.${rag}` };
}
