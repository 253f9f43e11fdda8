/**
 * The Summary's SPC block: how many indicators show special cause improvement, special cause
 * concern, common cause variation, have too few months, or are not charted (rolling figures
 * only), each a COUNTIF over the scorecard's "SPC variation" column, so the count stays with the scorecard's cells.
 */
import type { IndicatorResult } from '../engine';
import { countIfFormula } from './formulas';
import type { Grid } from './grid';
import { HEADER_FILL, HEADER_FONT } from './palette';
import type { SpcVariationGroup } from './spcColumns';
import { SPC_VARIATION_LABELS, spcVariationGroup } from './spcColumns';
import type { StyledRange } from './types';

export const SPC_SUMMARY_TITLE = 'SPC variation at the latest month (as at the last recalculation)';

const GROUP_WORDS: Record<SpcVariationGroup, string> = {
  improving: 'Special cause improvement',
  concerning: 'Special cause concern',
  neither: 'Special cause, neither better nor worse',
  commonCause: 'Common cause variation',
  tooFew: 'Too few months to chart',
  notCharted: 'Not charted: rolling figures only',
};

/** Groups shown: all, but "neither" and "not charted" only when an indicator is in them. */
const SHOWN: SpcVariationGroup[] = ['improving', 'concerning', 'neither', 'commonCause', 'tooFew', 'notCharted'];
const SHOWN_WHEN_ANY: ReadonlySet<SpcVariationGroup> = new Set<SpcVariationGroup>(['neither', 'notCharted']);

/** How many indicators fall in each group. */
function spcCounts(results: IndicatorResult[]): Record<SpcVariationGroup, number> {
  const counts: Record<SpcVariationGroup, number> = {
    improving: 0,
    concerning: 0,
    neither: 0,
    commonCause: 0,
    tooFew: 0,
    notCharted: 0,
  };
  for (const r of results) counts[spcVariationGroup(r.spc)] += 1;
  return counts;
}

/**
 * Adds the block to the grid: a title, a header and a row per group, each count a COUNTIF over
 * `ranges` (the scorecard's SPC variation cells). Returns the styles it needs.
 */
export function addSpcSummary(grid: Grid, results: IndicatorResult[], ranges: string[]): StyledRange[] {
  const counts = spcCounts(results);
  grid.add();
  const title = grid.add([SPC_SUMMARY_TITLE]);
  const header = grid.add(['Variation', 'Indicators']);
  let last = header;
  for (const group of SHOWN) {
    if (SHOWN_WHEN_ANY.has(group) && counts[group] === 0) continue;
    const formula = `=${SPC_VARIATION_LABELS[group].map((label) => countIfFormula(ranges, label)).join('+')}`;
    last = grid.add([GROUP_WORDS[group], { value: counts[group], formula }]);
  }
  return [
    { range: `A${title}`, style: { bold: true, fontSize: 12 } },
    { range: `A${header}:B${header}`, style: { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT } },
    { range: `B${header + 1}:B${last}`, style: { hAlign: 'center' } },
  ];
}
