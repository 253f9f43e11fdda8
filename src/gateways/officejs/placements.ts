import type { WorkbookPlan } from '../../plan';
import type { Placement } from '../placement';
import { placeSheets } from '../placement';
import type { WorkbookState } from './read';

/** Where each output sheet goes, refusing (before any write) what the placement policy refuses. */
export function placeOutputSheets(plan: WorkbookPlan, state: WorkbookState): Placement[] {
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
