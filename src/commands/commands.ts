import type { ScorecardService } from '../session/service';
import { excelGaps } from '../session/service';

const RECALCULATE_FUNCTION = 'recalculateScorecard';

/**
 * The ribbon's "Recalculate scorecard" (ExecuteFunction): runs without opening the pane; when
 * the run finds problems, or Excel is too old, it opens the pane so they can be read and fixed.
 */
export function registerCommands(service: ScorecardService): void {
  Office.actions.associate(RECALCULATE_FUNCTION, async (event: Office.AddinCommands.Event) => {
    try {
      const report = excelGaps().length === 0 ? await service.recalculate('recalculate') : undefined;
      if (!report?.ok) await Office.addin.showAsTaskpane();
    } finally {
      event.completed();
    }
  });
}
