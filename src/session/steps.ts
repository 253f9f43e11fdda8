import type { Step } from '../app/recalculate';

export type { Step };

/** What a run does: recalculate and write the output sheets, or check and calculate, writing nothing. */
export type RunMode = 'recalculate' | 'check';

/** A run's steps in order, as the pane and the ribbon command report them. */
export const STEPS: readonly Step[] = ['reading', 'calculating', 'writing', 'done'];

export const STEP_LABELS: Record<Step, string> = {
  reading: 'Reading the catalogue and figures',
  calculating: 'Calculating results, RAG and direction of travel',
  writing: 'Writing the scorecard',
  done: 'Done',
};
