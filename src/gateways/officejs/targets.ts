import type { WorkbookPlan } from '../../plan';
import type { Placement } from '../placement';
import { placeSheets } from '../placement';
import type { WorkbookState } from './read';

/** A planned sheet and the existing output sheet it rewrites in place, if any. */
export type Target = Placement;

/** Decides where each sheet goes, refusing (before any write) what the placement policy refuses. */
export function locateTargets(plan: WorkbookPlan, state: WorkbookState): Target[] {
  return placeSheets(plan, {
    sheetNames: state.sheetNames,
    marked: state.outputSheets,
    protectedSheets: state.protectedSheets,
    structureProtected: state.structureProtected,
    inputSheets: state.inputSheets,
    owned: state.owned,
    foreign: state.foreign,
  });
}
