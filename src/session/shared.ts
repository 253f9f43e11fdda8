import { excelRun } from '../gateways/officejs';
import { ScorecardService } from './service';
import { store } from './store';

let shared: ScorecardService | undefined;

/**
 * The one service of the shared runtime: the task pane and the ribbon command are two entry
 * points on one page, and both reach the workbook and the store through this same object.
 */
export function sharedService(): ScorecardService {
  shared ??= new ScorecardService(excelRun, store);
  return shared;
}
