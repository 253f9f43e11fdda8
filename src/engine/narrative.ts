import { longMonthLabel } from './months';
import { isContextMeasure, RAG_WORDS } from './rag';
import type { IndicatorResult } from './scorecard';
import type { SpcVariation } from './spc';
import type { Summary } from './summary';
import { noTargetCount } from './summary';
import type { Direction, MonthKey, Rag } from './types';
import { formatFor } from './units';

/**
 * A committee narrative drafted from the numbers, in the style of the published Kent reports
 * ("Of the 24 KPIs … 14 are rated Green …", "improved from 93.9% in May 2018 to 100.0% in June
 * 2018, achieving the Target of 100.0% and moving the RAG rating from Amber to Green").
 * One string per paragraph; bullets start with "• ".
 */
interface Narrative {
  paragraphs: string[];
}

const RAG_MEANING: Record<Rag, string> = {
  G: 'target achieved or exceeded',
  A: 'below target but above floor standard',
  R: 'below floor standard',
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const kpis = (n: number): string => plural(n, 'KPI', 'KPIs');
const isAre = (n: number): string => (n === 1 ? 'is' : 'are');

/** "achieving the Target of 100.0%", "falling below the floor standard of 75.0%", … */
function crossing(result: IndicatorResult, from: Rag, to: Rag): string {
  const { indicator, current } = result;
  const target = targetText(result);
  const floor = indicator.floor === undefined ? undefined : formatFor(indicator, indicator.floor);
  if (to === 'G') return `achieving the Target of ${target}`;
  if (from === 'G') {
    // 97.99% is shown as 98.0%: say why it misses a 98.0% target.
    const unrounded =
      current.text === target && current.value !== undefined
        ? ` (unrounded, ${formatFor({ unit: indicator.unit, decimals: indicator.decimals + 2 }, current.value)})`
        : '';
    return `missing the Target of ${target}${unrounded}`;
  }
  if (indicator.polarity === 'T') return to === 'R' ? 'moving outside the Amber band' : 'moving back inside the Amber band';
  if (to === 'R') return `${indicator.polarity === 'H' ? 'falling below' : 'rising above'} the floor standard of ${floor}`;
  return `reaching the floor standard of ${floor}`;
}

/** A rated indicator's target as shown (only rated indicators are described against one). */
const targetText = (r: IndicatorResult): string =>
  r.indicator.target === undefined ? 'none' : formatFor(r.indicator, r.indicator.target);

/** A figure as the narrative quotes it: its value and its text as shown on the scorecard. */
interface Quoted {
  value?: number;
  text: string;
}

/**
 * Two figures put side by side in words, each as shown, unless they differ but show alike
 * (20.83% and 20.78% both show as 20.8%): then both with as many more decimals as it takes to
 * tell them apart, so "improved from 20.8% to 20.8%" reads "improved from 20.83% to 20.78%".
 */
function apart(
  indicator: Pick<IndicatorResult['indicator'], 'unit' | 'decimals'>,
  before: Quoted,
  after: Quoted,
): [string, string] {
  const same = [before.text, after.text] as [string, string];
  if (before.text !== after.text || before.value === undefined || after.value === undefined) return same;
  if (Math.abs(before.value - after.value) < 1e-12) return same;
  for (let extra = 1; extra <= 6; extra += 1) {
    const shown = { unit: indicator.unit, decimals: indicator.decimals + extra };
    const [a, b] = [formatFor(shown, before.value), formatFor(shown, after.value)];
    if (a !== b) return [a, b];
  }
  return same;
}

function movement(direction: Direction | undefined, before: string, after: string, months?: [string, string]): string {
  const [was, now] = months ? [` in ${months[0]}`, ` in ${months[1]}`] : ['', ''];
  if (direction === 'same') return `remained at ${after}`;
  if (!direction) return `moved from ${before}${was} to ${after}${now}`;
  return `${direction === 'improved' ? 'improved' : 'worsened'} from ${before}${was} to ${after}${now}`;
}

function ragChangeParagraph(result: IndicatorResult, from: Rag, to: Rag, months: [string, string]): string {
  const { indicator, current, monthAgo } = result;
  const moved = movement(monthAgo!.direction, ...apart(indicator, monthAgo!, current), months);
  return (
    `• ${indicator.name}. Performance for this measure ${moved}, ${crossing(result, from, to)} ` +
    `and moving the RAG rating from ${RAG_WORDS[from]} to ${RAG_WORDS[to]}.`
  );
}

const GROUP_PHRASES: [Direction | undefined, string, string][] = [
  ['improved', 'shows improved performance', 'show improved performance'],
  ['same', 'has stayed the same', 'have stayed the same'],
  ['worse', 'shows a decrease in performance', 'show a decrease in performance'],
  [undefined, 'has no earlier figure to compare with', 'have no earlier figure to compare with'],
];

/** Amber or Red indicators grouped by how they moved since last month, one bullet each. */
function groupParagraphs(rag: Rag, results: IndicatorResult[], months: [string, string]): string[] {
  const rated = results.filter((r) => r.current.rag === rag);
  if (rated.length === 0) return [];
  const lines = [`For the ${kpis(rated.length)} rated as ${RAG_WORDS[rag]}:`];
  for (const [direction, one, many] of GROUP_PHRASES) {
    const group = rated.filter((r) => r.monthAgo?.direction === direction);
    if (group.length === 0) continue;
    const subject = group.length === rated.length ? (group.length === 1 ? 'It' : 'All of them') : `${group.length} of them`;
    const when = direction ? ` between ${months[0]} and ${months[1]}` : '';
    lines.push(`${subject} ${subject === 'It' || group.length === 1 ? one : many}${when}:`);
    for (const r of group) {
      const moved = r.monthAgo
        ? movement(r.monthAgo.direction, ...apart(r.indicator, r.monthAgo, r.current))
        : `is at ${r.current.text}`;
      lines.push(`• ${r.indicator.name}: ${moved} (Target ${targetText(r)}).`);
    }
  }
  return lines;
}

/** The narrative for one area's scorecard and its comparison with the month before. */
export function draftNarrative(results: IndicatorResult[], summary: Summary, month: MonthKey, previous: MonthKey): Narrative {
  const { total } = summary;
  const months: [string, string] = [longMonthLabel(previous), longMonthLabel(month)];
  const rated = total.total - total.context;
  const paragraphs = [
    `The report contains performance results against the targets for ${kpis(rated)}, which are assessed using a Red/Amber/Green (RAG) status.`,
    ...(total.context > 0
      ? [
          `It also shows ${plural(total.context, 'context measure', 'context measures')} with no target, watched for ${total.context === 1 ? 'its' : 'their'} trend and not rated.`,
        ]
      : []),
    `Of the ${kpis(rated)} included in the report, the RAG status for ${months[1]} is as follows:`,
    ...(['G', 'A', 'R'] as const).map(
      (rag) => `• ${total[rag]} ${isAre(total[rag])} rated ${RAG_WORDS[rag]} – ${RAG_MEANING[rag]}`,
    ),
  ];
  if (total.tooFew > 0) {
    paragraphs.push(`• ${total.tooFew} ${total.tooFew === 1 ? 'has' : 'have'} no RAG rating – too few cases to rate`);
  }
  // Of the rated KPIs only: a context measure with no figure is not one of them.
  const noData = total.noData - (total.context - noTargetCount(total));
  if (noData > 0) {
    paragraphs.push(`• ${noData} ${noData === 1 ? 'has' : 'have'} no data for ${months[1]} – no figure was given`);
  }
  const changes = summary.ragChanges;
  paragraphs.push(
    changes.length === 0
      ? `Between ${months[0]} and ${months[1]} the RAG status of no KPI changed.`
      : `Between ${months[0]} and ${months[1]} the RAG status of ${kpis(changes.length)} changed:`,
  );
  for (const change of changes) {
    const result = results.find((r) => r.indicator === change.indicator);
    if (result) paragraphs.push(ragChangeParagraph(result, change.from, change.to, months));
  }
  paragraphs.push(
    ...groupParagraphs('A', results, months),
    ...groupParagraphs('R', results, months),
    ...contextParagraphs(results, months),
    ...spcParagraphs(results),
  );
  return { paragraphs };
}

/** "A, B and C" */
function listed(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * One sentence naming the indicators whose latest month is a special cause on their SPC chart,
 * improving or concerning, only when there are any.
 */
function spcParagraphs(results: IndicatorResult[]): string[] {
  const named = (variation: SpcVariation): string[] =>
    results
      .filter((r) => r.spc.status === 'ok' && r.spc.variation === variation)
      .map((r) => `${r.indicator.id} ${r.indicator.name}`);
  const improving = named('specialCauseImproving');
  const concerning = named('specialCauseConcerning');
  const parts: string[] = [];
  if (improving.length > 0) parts.push(`special cause improvement in ${listed(improving)}`);
  if (concerning.length > 0) parts.push(`special cause concern in ${listed(concerning)}`);
  if (parts.length === 0) return [];
  return [`Statistical process control (SPC) over the latest months shows ${parts.join('; ')}.`];
}

/**
 * Context measures, one bullet each: how the figure moved, in the polarity's words when it has
 * one ("improved"), else plainly ("moved"). Never a RAG word: they have no target.
 */
function contextParagraphs(results: IndicatorResult[], months: [string, string]): string[] {
  const context = results.filter((r) => isContextMeasure(r.indicator) && r.current.value !== undefined);
  if (context.length === 0) return [];
  return [
    `Context ${context.length === 1 ? 'measure' : 'measures'} (no target):`,
    ...context.map((r) => {
      const moved = r.monthAgo
        ? movement(r.monthAgo.direction, ...apart(r.indicator, r.monthAgo, r.current), months)
        : `is at ${r.current.text} in ${months[1]}`;
      return `• ${r.indicator.name}: ${moved}.`;
    }),
  ];
}
