import { recalculate } from '../app/recalculate';
import type { CellLocation, Indicator, IndicatorResult, Override, Scenario, WhatIfPreview } from '../engine';
import {
  sameSheetName,
  CATALOGUE_COLUMNS,
  DATA_COLUMNS,
  monthEndSerial,
  SETTING_KEYS,
  SHEET_NAMES,
  TABLE_NAMES,
  addMonths,
  parseScenarios,
  previewWhatIf,
  quoteSheet,
  saveScenario,
  SCENARIO_SHEET,
  scenarioRows,
  withBaseline,
} from '../engine';
import { toRawCells } from '../gateways/officejs';
import { literal, OfficeJsGateway } from '../gateways/officejs';
import type { RunReport } from './report';
import { toReport } from './report';
import type { Store } from './store';
import { missingSets } from './supportedExcel';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The requirement sets this Excel lacks (none where the add-in is supported). */
export function excelGaps(): string[] {
  return missingSets(Office.context.requirements);
}

function describeFailure(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  return code ? `Excel could not complete the run (${code}): ${message}` : `The run stopped unexpectedly: ${message}`;
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
  ) {}

  /** Recalculates (or only checks) and keeps the report in the shared store. */
  async recalculate(checkOnly = false, options: { replaceNarrative?: boolean } = {}): Promise<RunReport | undefined> {
    if (this.store.get().busy) return undefined;
    this.store.set({
      busy: true,
      step: 'reading',
      mode: checkOnly ? 'check' : 'recalculate',
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
        this.latest = { results: outcome.results.byArea.get(outcome.results.areas[0]) ?? [], indicators: outcome.indicators };
      }
      this.store.set({ busy: false, step: 'done', report });
      return report;
    } catch (error) {
      this.store.set({ busy: false, step: undefined, failure: describeFailure(error) });
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
    if (!indicators) throw new Error('Recalculate or check the catalogue first.');
    return this.updateScenarios((existing) => saveScenario(existing, { name: name.trim(), changes }, indicators));
  }

  /**
   * Reads the scenario sheet and, given a change, writes the changed list back: one round trip
   * to see whether the sheet is there (nothing is asked of a sheet that may not exist), one to
   * read it, one more to write.
   */
  private async updateScenarios(change?: (existing: Scenario[]) => Scenario[]): Promise<Scenario[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const name = sheets.items.map((s) => s.name).find((n) => sameSheetName(n, SCENARIO_SHEET));
      let existing: Scenario[] = [];
      if (name) {
        const used = sheets.getItem(name).getUsedRangeOrNullObject(true);
        used.load('values,valueTypes');
        await context.sync();
        if (!used.isNullObject) existing = parseScenarios(toRawCells(used.values, used.valueTypes));
      }
      const list = change ? change(existing) : existing;
      // Nothing changed (no change asked, or a Baseline already there): no write, no round trip.
      if (list === existing) return existing;
      const rows = scenarioRows(list);
      const sheet = name ? sheets.getItem(name) : sheets.add(SCENARIO_SHEET);
      sheet.getRange().clear('Contents');
      // Names and ids are text, whatever they look like ("Apr 2017", "1.10"): written as literals.
      sheet.getRangeByIndexes(0, 0, rows.length, rows[0].length).values = rows.map((r) => r.map((v) => literal(v ?? null)));
      sheet.getRangeByIndexes(0, 0, 1, rows[0].length).format.font.bold = true;
      await context.sync();
      return list;
    });
  }

  /**
   * Writes the changes into the catalogue's own cells (after keeping a Baseline of the catalogue
   * if there is none), then recalculates. Refuses, writing nothing, changes that do not make
   * sense or that have no catalogue cell to go to.
   */
  async applyChanges(changes: Map<string, Override>): Promise<RunReport | undefined> {
    const latest = this.latest;
    if (!latest) throw new Error('Recalculate or check the catalogue first.');
    const problems = previewWhatIf(latest.results, changes).problems;
    const writes: { at: CellLocation; value: number }[] = [];
    for (const [id, override] of changes) {
      const indicator = latest.indicators.find((i) => i.id === id);
      for (const [field, value] of Object.entries(override) as [keyof Override, number | undefined][]) {
        // Only what differs is written, so a formula in an unchanged catalogue cell stays a formula.
        if (value === undefined || !indicator || value === currentBanding(indicator, field)) continue;
        const at = indicator.at[OVERRIDE_CELLS[field]];
        if (!at) problems.set(id, `The catalogue has no ${OVERRIDE_CELLS[field]} column to write to.`);
        else writes.push({ at, value });
      }
    }
    if (problems.size) {
      const [id, problem] = [...problems][0];
      throw new Error(`Indicator ${id}: ${problem}`);
    }
    await this.updateScenarios((existing) => withBaseline(existing, latest.indicators));
    await this.run(async (context) => {
      for (const { at, value } of writes) context.workbook.worksheets.getItem(at.sheet).getRange(at.cell).values = [[value]];
      await context.sync();
    });
    return this.recalculate(false);
  }

  /** Selects a cell, so a message's location is one click away. */
  async goTo(at: CellLocation): Promise<void> {
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(at.sheet);
      sheet.activate();
      sheet.getRange(at.cell).select();
      await context.sync();
    });
  }

  /** Writes the selected cells' address into a catalogue reference cell; returns the address. */
  async useSelection(target: CellLocation): Promise<string> {
    return this.run(async (context) => {
      const selection = context.workbook.getSelectedRange();
      selection.load('address');
      await context.sync();
      const address = selection.address;
      context.workbook.worksheets.getItem(target.sheet).getRange(target.cell).values = [[literal(address)]];
      await context.sync();
      return address;
    });
  }

  /**
   * Creates whichever of the Catalogue, Data and Settings tables the workbook lacks, each on a
   * sheet of its own with its headers and an example row, in one round trip.
   */
  async setUpCatalogue(today = new Date()): Promise<string[]> {
    const month = addMonths(`${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`, -1);
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const existing = (['catalogue', 'data', 'settings'] as const).map((key) => ({
        key,
        table: context.workbook.tables.getItemOrNullObject(TABLE_NAMES[key]),
      }));
      await context.sync();
      const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const created: string[] = [];
      for (const { key, table } of existing) {
        if (!table.isNullObject) continue;
        let name: string = SHEET_NAMES[key];
        for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${SHEET_NAMES[key]} ${n}`;
        taken.add(name.toLowerCase());
        const { rows, formats } = starterRows(key, month);
        const sheet = sheets.add(name);
        const width = rows[0].length;
        const address = `${quoteSheet(name)}!A1:${String.fromCharCode(64 + width)}${rows.length}`;
        const block = sheet.getRangeByIndexes(0, 0, rows.length, width);
        block.numberFormat = rows.map((r, i) => r.map((_, j) => formats[`${i},${j}`] ?? 'General'));
        block.values = rows.map((r) => r.map(literal));
        const added = context.workbook.tables.add(address, true);
        added.name = TABLE_NAMES[key];
        sheet.getRangeByIndexes(0, 0, rows.length, width).format.autofitColumns();
        created.push(name);
      }
      await context.sync();
      return created;
    });
  }
}

interface Starter {
  rows: (string | number | null)[][];
  /** Number formats by 'row,column' (0-based). */
  formats: Record<string, string>;
}

function starterRows(key: 'catalogue' | 'data' | 'settings', month: string): Starter {
  if (key === 'catalogue') {
    const example: Record<string, string | number> = {
      ID: 1,
      Section: 'EXAMPLE SECTION',
      Indicator: '% of visits held within timescale',
      Polarity: 'H',
      'Data period': 'R12M',
      Unit: 'percentage',
      Decimals: 1,
      Target: 0.9,
      Floor: 0.8,
      'Min denominator': 5,
      'Data source': 'Case management system',
    };
    const headers = CATALOGUE_COLUMNS.map((c) => c.header);
    const percent = ['Target', 'Floor'].map((h) => [`1,${headers.indexOf(h)}`, '0.0%']);
    return { rows: [headers, headers.map((h) => example[h] ?? null)], formats: Object.fromEntries(percent) };
  }
  if (key === 'data') {
    const headers = DATA_COLUMNS.map((c) => c.header);
    const example: Record<string, string | number> = {
      'Indicator ID': 1,
      Area: 'County',
      'Month end': monthEndSerial(month),
      Numerator: 45,
      Denominator: 50,
    };
    return {
      rows: [headers, headers.map((h) => example[h] ?? null)],
      formats: { [`1,${headers.indexOf('Month end')}`]: 'dd/mm/yyyy' },
    };
  }
  return {
    rows: [
      ['Setting', 'Value'],
      [SETTING_KEYS.title, 'Scorecard'],
      [SETTING_KEYS.area, 'County'],
      [SETTING_KEYS.month, monthEndSerial(month)],
    ],
    formats: { '3,1': 'dd/mm/yyyy' },
  };
}
