import { recalculate } from '../app/recalculate';
import type {
  CellLocation,
  Indicator,
  Issue,
  IndicatorResult,
  Override,
  Proposal,
  ProposedRow,
  RawCell,
  Scenario,
  WhatIfPreview,
} from '../engine';
import {
  addMonths,
  InputProblem,
  InvariantError,
  newCatalogueRows,
  proposeRows,
  recogniseMonthlySheet,
  rowsUnderHeader,
  parseScenarios,
  previewWhatIf,
  saveScenario,
  SCENARIO_SHEET,
  scenarioRows,
  SHEET_NAMES,
  starterRows,
  TABLE_NAMES,
  withBaseline,
} from '../engine';
import type { SelectionBlock, WorkbookEditor } from '../gateways/editor';
import type { ExcelRun } from '../gateways/officejs';
import { OfficeJsEditor, OfficeJsGateway } from '../gateways/officejs';
import { failureText } from './failures';
import type { RunReport } from './report';
import { toReport } from './report';
import type { RunMode } from './steps';
import type { Store } from './store';
import { missingSets } from './supportedExcel';

/** Catalogue rows proposed from the selected header cells, or why none were. */
export type SelectionProposal =
  | {
      ok: true;
      /** The selection, as Excel gives it. */
      address: string;
      proposal: Proposal;
      /** The catalogue table the rows go to (absent: the set-up makes one). */
      catalogue?: { table: string; header: RawCell[] };
      /** A Catalogue sheet that is not a table, which rows cannot be added to. */
      catalogueSheet?: string;
    }
  | { ok: false; address?: string; why: string; fix: string };

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The requirement sets this Excel lacks (none where the add-in is supported). */
export function excelGaps(): string[] {
  return missingSets(Office.context.requirements);
}

const NO_RUN_YET = 'A what-if change or scenario was asked for before any run had read the catalogue.';

/** A what-if change the pane cannot apply, located at the indicator's catalogue row. */
function whatIfRefused(id: string, problem: string, at: CellLocation | undefined): Issue {
  return {
    severity: 'error',
    code: 'what-if-refused',
    message: problem,
    fix: 'Change or remove it, then apply again.',
    at,
    indicatorId: id,
  };
}

/** Which catalogue cell each what-if field is written to. */
const OVERRIDE_CELLS: Record<keyof Override, keyof Indicator['at']> = {
  target: 'target',
  floor: 'floor',
  inner: 'innerBand',
  outer: 'outerBand',
};

function currentBanding(indicator: Indicator, field: keyof Override): number | undefined {
  if (field === 'target') return indicator.target;
  if (field === 'floor') return indicator.floor;
  return field === 'inner' ? indicator.bands?.inner : indicator.bands?.outer;
}

/** What the pane and the ribbon command can ask of the open workbook. */
export class ScorecardService {
  /** The last successful run's results for the scorecard's own area, for what-if previews. */
  private latest?: { results: IndicatorResult[]; indicators: Indicator[] };

  constructor(
    private readonly run: ExcelRun,
    private readonly store: Store,
    private readonly editor: WorkbookEditor = new OfficeJsEditor(run),
  ) {}

  /** Recalculates and writes (or, in mode 'check', only checks) and keeps the report in the shared store. */
  async recalculate(mode: RunMode, options: { replaceNarrative?: boolean } = {}): Promise<RunReport | undefined> {
    if (this.store.get().busy) return undefined;
    const checkOnly = mode === 'check';
    this.store.set({
      busy: true,
      step: 'reading',
      mode,
      failure: undefined,
      notice: undefined,
    });
    try {
      const outcome = await this.run((context) =>
        recalculate(new OfficeJsGateway(context), {
          checkOnly,
          replaceNarrative: options.replaceNarrative,
          onStep: (step) => this.store.set({ step }),
        }),
      );
      const report = toReport(outcome);
      if (outcome.ok) {
        const [ownArea] = outcome.results.areas;
        const results = ownArea === undefined ? [] : (outcome.results.byArea.get(ownArea) ?? []);
        this.latest = { results, indicators: outcome.indicators };
      }
      this.store.set({ busy: false, step: 'done', report });
      return report;
    } catch (error) {
      this.store.set({ busy: false, step: undefined, failure: failureText(error) });
      return undefined;
    }
  }

  /** What the counts would be with these changes; undefined until a run has calculated results. */
  preview(changes: Map<string, Override>): WhatIfPreview | undefined {
    return this.latest && previewWhatIf(this.latest.results, changes);
  }

  /** The scenarios saved in the workbook (none when it has no scenario sheet). */
  async loadScenarios(): Promise<Scenario[]> {
    return this.updateScenarios();
  }

  /** Saves the changes as a named scenario (and, the first time, a Baseline of the catalogue). */
  async saveScenario(name: string, changes: Map<string, Override>): Promise<Scenario[]> {
    const indicators = this.latest?.indicators;
    if (!indicators) throw new InvariantError(NO_RUN_YET);
    return this.updateScenarios((existing) => saveScenario(existing, { name: name.trim(), changes }, indicators));
  }

  /**
   * Reads the scenario sheet and, given a change, writes the changed list back: the editor lists
   * the sheets, reads the scenario sheet if there is one, and writes once when something changed.
   */
  private async updateScenarios(change?: (existing: Scenario[]) => Scenario[]): Promise<Scenario[]> {
    const found = await this.editor.readScenarios(SCENARIO_SHEET);
    const existing = found.cells ? parseScenarios(found.cells) : [];
    const list = change ? change(existing) : existing;
    // Nothing changed (no change asked, or a Baseline already there): no write, no round trip.
    if (list === existing) return existing;
    await this.editor.writeScenarios(found, SCENARIO_SHEET, scenarioRows(list));
    return list;
  }

  /**
   * Writes the changes into the catalogue's own cells (after keeping a Baseline of the catalogue
   * if there is none), then recalculates. Refuses, writing nothing, changes that do not make
   * sense or that have no catalogue cell to go to.
   */
  async applyChanges(changes: Map<string, Override>): Promise<RunReport | undefined> {
    const latest = this.latest;
    if (!latest) throw new InvariantError(NO_RUN_YET);
    const problems = previewWhatIf(latest.results, changes).problems;
    const writes: { at: CellLocation; value: number }[] = [];
    const refused: Issue[] = [];
    for (const [id, override] of changes) {
      const indicator = latest.indicators.find((i) => i.id === id);
      const problem = problems.get(id);
      if (problem) refused.push(whatIfRefused(id, problem, indicator?.row));
      for (const [field, value] of Object.entries(override) as [keyof Override, number | undefined][]) {
        // Only what differs is written, so a formula in an unchanged catalogue cell stays a formula.
        if (value === undefined || !indicator || value === currentBanding(indicator, field)) continue;
        const at = indicator.at[OVERRIDE_CELLS[field]];
        if (!at)
          refused.push(whatIfRefused(id, `The catalogue has no ${OVERRIDE_CELLS[field]} column to write to.`, indicator.row));
        else writes.push({ at, value });
      }
    }
    if (refused.length) throw new InputProblem(refused);
    await this.updateScenarios((existing) => withBaseline(existing, latest.indicators));
    await this.editor.writeNumbers(writes);
    return this.recalculate('recalculate');
  }

  /** Selects a cell, so a message's location is one click away. */
  goTo(at: CellLocation): Promise<void> {
    return this.editor.goTo(at);
  }

  /** Writes the selected cells' address into a catalogue reference cell; returns the address. */
  pointAtSelection(target: CellLocation): Promise<string> {
    return this.editor.useSelection(target);
  }

  /**
   * Creates whichever of the Catalogue, Data and Settings tables the workbook lacks, each on a
   * sheet of its own with its headers and an example row; the catalogue with the proposed rows
   * instead of the example, when there are some.
   */
  setUpCatalogue(today = new Date(), proposed: ProposedRow[] = []): Promise<string[]> {
    const month = addMonths(`${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`, -1);
    return this.editor.addMissingTables(
      (['catalogue', 'data', 'settings'] as const).map((key) => ({
        tableName: TABLE_NAMES[key],
        sheetName: SHEET_NAMES[key],
        ...(key === 'catalogue' && proposed.length ? { rows: newCatalogueRows(proposed), formats: {} } : starterRows(key, month)),
      })),
    );
  }

  /**
   * Reads the selected cells (two round trips) and, when they are the header cells of a monthly
   * sheet, proposes a catalogue row per column. Writes nothing.
   */
  async proposeFromSelection(): Promise<SelectionProposal> {
    let read: SelectionBlock;
    try {
      read = await this.editor.readSelection();
    } catch (error) {
      return {
        ok: false,
        why: `The selection could not be read (${failureText(error)}).`,
        fix: 'Click a cell in your monthly sheet (not a chart or picture), select its header cells, then try again.',
      };
    }
    const found = recogniseMonthlySheet({ selection: read.selection, block: read.block });
    if (!found.ok) return { ok: false, address: read.address, why: found.why, fix: found.fix };
    const proposal = proposeRows(found, read.catalogue?.range);
    if (proposal.rows.length === 0) {
      return {
        ok: false,
        address: read.address,
        why: `No column is left to propose: ${proposal.skipped.map((s) => s.why).join('; ')}.`,
        fix: 'Select the headers of columns the catalogue does not use yet.',
      };
    }
    const catalogue = read.catalogue && { table: read.catalogue.table, header: read.catalogue.range.cells[0] ?? [] };
    return { ok: true, address: read.address, proposal, catalogue, catalogueSheet: read.catalogueSheet };
  }

  /**
   * Adds the proposed rows after the catalogue's own (one round trip), or sets up the tables with
   * them when there is no catalogue. Says what was done and what is left for the analyst.
   */
  async addProposedRows(found: Extract<SelectionProposal, { ok: true }>): Promise<string> {
    const { proposal } = found;
    const count = plural(proposal.rows.length, 'row');
    const left =
      'Fill in Polarity, Target and Floor on each row to rate it, and check the period, unit and types its Definition names.';
    if (found.catalogue) {
      const { cells, missing } = rowsUnderHeader(found.catalogue.header, proposal.rows);
      await this.editor.appendTableRows(found.catalogue.table, cells);
      const lacks = missing.length
        ? ` The catalogue has no ${missing.map((m) => `"${m}"`).join(', ')} column${missing.length === 1 ? '' : 's'}, so ${missing.length === 1 ? 'that was' : 'those were'} left out: add ${missing.length === 1 ? 'it' : 'them'} to fill ${missing.length === 1 ? 'it' : 'them'} in.`
        : '';
      return `Added ${count} to the ${found.catalogue.table} table from ${found.address}. ${left}${lacks}`;
    }
    if (found.catalogueSheet) {
      throw new InputProblem([
        {
          severity: 'error',
          code: 'catalogue-not-a-table',
          message: `The catalogue on sheet ${found.catalogueSheet} is not an Excel table, so rows cannot be added to it.`,
          fix: 'Click in it, choose Insert > Table (My table has headers), then try again.',
          at: { sheet: found.catalogueSheet, cell: 'A1' },
        },
      ]);
    }
    const created = await this.setUpCatalogue(new Date(), proposal.rows);
    return `Created ${created.join(', ')}, with ${count} in the catalogue from ${found.address}. ${left}`;
  }
}
