import type { RangeLookup, Reference, WorkbookInput } from '../../engine';
import type { WorkbookPlan } from '../../plan';
import { KEPT_ROLES, OUTPUT_SHEET_NAMES } from '../../plan';
import type { WorkbookGateway } from '../gateway';
import { singlyClaimed } from '../placement';
import type { WorkbookState } from './read';
import { readFirst } from './read';
import { readReferences } from './references';
import { applyPlan } from './write';

/**
 * The gateway over live Excel. One instance lives inside one Excel.run, so a whole
 * recalculation is: list the workbook (1 sync), read tables, earlier output and the sheets the
 * catalogue may refer to (1 sync; references outside what was read ahead take 1 more), write
 * (1 sync, more only when Office's 5 MB limit forces it).
 */
export class OfficeJsGateway implements WorkbookGateway {
  private state?: WorkbookState;

  constructor(private readonly context: Excel.RequestContext) {}

  async readInput(): Promise<WorkbookInput> {
    const { input, state } = await readFirst(this.context, Object.values(OUTPUT_SHEET_NAMES), KEPT_ROLES);
    this.state = state;
    return { ...input, outputSheets: singlyClaimed(state.outputSheets) };
  }

  async readReferences(references: Reference[]): Promise<Map<string, RangeLookup>> {
    if (!this.state) throw new Error('readInput must come first');
    return readReferences(this.context, references, this.state);
  }

  async apply(plan: WorkbookPlan): Promise<void> {
    if (!this.state) throw new Error('readInput must come first');
    await applyPlan(this.context, plan, this.state);
  }
}
