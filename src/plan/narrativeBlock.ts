import type { Issue } from '../engine';
import { fingerprint } from '../engine';
import { Grid, linesNeeded } from './grid';
import type { PreviousOutput } from './previousOutput';
import { NARRATIVE_HEADING, NARRATIVE_HINT, NEW_DRAFT_HEADING } from './previousOutput';
import type { SheetPlan } from './types';

export interface NarrativeChoice {
  /** The narrative the engine drafted for this run. */
  draft: string[];
  previous: PreviousOutput;
  /** The analyst asked for the new draft in place of their edited text. */
  replace: boolean;
}

export interface NarrativeOutcome {
  /** What the Narrative block now says: the draft, or the analyst's edited text. */
  shown: string[];
  /** Fingerprint of the narrative the add-in itself put there, for the run log. */
  fingerprint: string;
  /** A warning when an edited narrative was kept. */
  notice?: Issue;
}

const LINE_HEIGHT = 15;

function paragraphs(
  grid: Grid,
  sheet: Pick<SheetPlan, 'merges' | 'rowHeights' | 'styles'>,
  lines: string[],
  chars: number,
): void {
  for (const line of lines) {
    const row = grid.add([line]);
    const span = Grid.span(row, 1, grid.width);
    sheet.merges.push(span);
    sheet.styles.push({ range: span, style: { wrap: true, vAlign: 'top' } });
    const needed = linesNeeded(line, chars);
    if (needed > 1) sheet.rowHeights[row] = needed * LINE_HEIGHT;
  }
}

/**
 * The Narrative block at the foot of the summary sheet. The add-in's draft goes there unless the
 * analyst edited what the add-in last wrote: then their text stays, the new draft goes below it,
 * and a warning says so, until they ask for the draft in its place.
 */
export function addNarrative(
  grid: Grid,
  sheet: Pick<SheetPlan, 'name' | 'merges' | 'rowHeights' | 'styles'>,
  chars: number,
  choice: NarrativeChoice,
): NarrativeOutcome {
  const { draft, previous, replace } = choice;
  const drafted = fingerprint(draft.join('\n'));
  const current = previous.narrative;
  const edited =
    current !== undefined &&
    current.paragraphs.length > 0 &&
    fingerprint(current.paragraphs.join('\n')) !== previous.lastNarrativeFingerprint;
  const keep = edited && !replace;
  grid.add();
  const heading = grid.add([NARRATIVE_HEADING, NARRATIVE_HINT]);
  sheet.styles.push(
    { range: Grid.address(heading, 1), style: { bold: true, fontSize: 12 } },
    { range: Grid.address(heading, 2), style: { italic: true } },
  );
  if (!keep) {
    paragraphs(grid, sheet, draft, chars);
    return { shown: draft, fingerprint: drafted };
  }
  paragraphs(grid, sheet, current.paragraphs, chars);
  grid.add();
  const draftHeading = grid.add([NEW_DRAFT_HEADING]);
  sheet.styles.push({ range: Grid.address(draftHeading, 1), style: { bold: true, italic: true } });
  paragraphs(grid, sheet, draft, chars);
  return {
    shown: current.paragraphs,
    fingerprint: previous.lastNarrativeFingerprint ?? '',
    notice: {
      severity: 'warning',
      code: 'narrative-edited',
      message: `The narrative on "${sheet.name}" was edited since the add-in drafted it, so your text was kept.`,
      fix: 'The new draft is below it: copy what you need from there, or choose "Replace with new draft" in the task pane.',
      at: { sheet: sheet.name, cell: Grid.address(heading + 1, 1) },
    },
  };
}
