import type { IssueList } from '../issues';
import { quoteSheet } from '../issues';
import type { CellLocation, Indicator } from '../types';
import { canonicalArea } from './areas';
import type { AreaLabel } from './areaLabels';
import type { ParsedSettings } from './settings';

/** One side of a monthly block, as far as its areas go. */
interface AreaBlock {
  /** The catalogue's text of the reference, for messages. */
  text: string;
  label: string;
  width: number;
  /** Whether the areas run across the columns (months down) or down the rows (months across). */
  along?: 'column' | 'row';
  /** What heads each column (row, for months across), when a row of text sits above the months. */
  labels?: AreaLabel[];
}

const where = (at: CellLocation): string => `${quoteSheet(at.sheet)}!${at.cell}`;
const refAt = (indicator: Indicator, block: AreaBlock): CellLocation =>
  (block.label === 'Denominator ref' ? indicator.at.denominatorRef : indicator.at.numeratorRef) ?? indicator.row;

/** Whether the text above a block names its columns: every column labelled, or one label an area. */
function isHeaderRow(labels: AreaLabel[], areas: string[]): boolean {
  const known = new Set(areas.map(canonicalArea));
  return labels.every((l) => l.text !== '') || labels.some((l) => known.has(canonicalArea(l.text)));
}

/**
 * The area of each column of a monthly block. Where a header row names the columns, areas are
 * matched by name (in any order, case and spacing aside) and a column that names no area, or an
 * area with no column, stops the run at the header cell: a block read in the wrong order would
 * give one area's figures to another. With no header, the columns are the Areas setting in order,
 * said in a warning once per block when there are several.
 */
export function areasOfBlock(
  indicator: Indicator,
  block: AreaBlock,
  settings: ParsedSettings,
  issues: IssueList,
  reported: Set<string>,
): string[] | undefined {
  if (block.width === 1) return [settings.area];
  const areas = settings.areas;
  if (block.labels && isHeaderRow(block.labels, areas)) return byHeader(indicator, block, block.labels, areas, issues, reported);
  if (block.width !== areas.length) {
    const listed = areas.length === 0 ? 'no areas' : areas.length === 1 ? '1 area' : `${areas.length} areas`;
    issues.error(
      'reference-areas',
      `${block.label} ${block.text} has ${block.width} columns of monthly figures, but the Settings table lists ${listed}.`,
      'List the areas the columns hold, in order, in the Settings table (Areas), or point at one column.',
      refAt(indicator, block),
      indicator.id,
    );
    return undefined;
  }
  if (!reported.has(block.text)) {
    reported.add(block.text);
    issues.warn(
      'areas-by-order',
      `${block.label} ${block.text} has no header row naming its ${block.width} columns, so they are read as the Areas setting in order (${areas.join(', ')}).`,
      'Check the columns are in that order, or put the area names in a row above the first month so they are matched by name.',
      refAt(indicator, block),
      indicator.id,
    );
  }
  return areas;
}

function byHeader(
  indicator: Indicator,
  block: AreaBlock,
  labels: AreaLabel[],
  areas: string[],
  issues: IssueList,
  reported: Set<string>,
): string[] | undefined {
  const byName = new Map(areas.map((a) => [canonicalArea(a), a]));
  const found: string[] = [];
  const seen = new Map<string, AreaLabel>();
  let ok = true;
  // A block shared by several indicators is reported once; each of them still stops.
  const report = !reported.has(block.text);
  reported.add(block.text);
  for (const label of labels) {
    const area = byName.get(canonicalArea(label.text));
    const earlier = area ? seen.get(area) : undefined;
    if (area && !earlier) {
      seen.set(area, label);
      found.push(area);
      continue;
    }
    ok = false;
    if (!report) continue;
    const what = earlier
      ? `heads a second column "${label.text}" (also ${earlier.at.cell})`
      : label.text === ''
        ? 'is blank, though the cells beside it name the columns'
        : `says "${label.text}", which is not one of the Areas in the Settings table (${areas.join(', ') || 'none listed'})`;
    issues.error(
      'area-header-unknown',
      `${block.along === 'row' ? 'The label beside a row' : 'The header over a column'} of ${block.label} ${block.text} ${what}: the block's ${block.along ?? 'column'}s are matched to areas by their ${block.along === 'row' ? 'labels' : 'headers'}.`,
      earlier
        ? 'Give each area one column, or point the reference at the columns of one block only.'
        : 'Make the header the area name exactly as in the Areas setting (or add the area there), or point the reference at the area columns only.',
      label.at,
      indicator.id,
    );
  }
  const missing = areas.filter((a) => !seen.has(a));
  if (ok && missing.length > 0) {
    if (!report) return undefined;
    const first = labels[0];
    const last = labels[labels.length - 1];
    issues.error(
      'area-header-missing',
      `${missing.length === 1 ? `Area "${missing[0]}" has` : `Areas ${missing.map((m) => `"${m}"`).join(', ')} have`} no column under the headers of ${block.label} ${block.text} (${first && last ? `${where(first.at)}:${last.at.cell}` : 'its header row'}).`,
      'Add a column for each area in the Areas setting, or take the areas with no figures out of that setting.',
      first?.at ?? refAt(indicator, block),
      indicator.id,
    );
    return undefined;
  }
  return ok ? found : undefined;
}
