import { recalculate } from '../app/recalculate';
import type { CellLocation } from '../engine';
import {
  CATALOGUE_COLUMNS,
  DATA_COLUMNS,
  monthEndSerial,
  SETTING_KEYS,
  SHEET_NAMES,
  TABLE_NAMES,
  addMonths,
  quoteSheet,
} from '../engine';
import { literal, OfficeJsGateway } from '../gateways/officejs';
import type { RunReport } from './report';
import { toReport } from './report';
import type { Store } from './store';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The smallest Excel that has every API the add-in uses (events switch, screen updating). */
export const REQUIRED_API = { set: 'ExcelApi', version: '1.9' } as const;

export function excelIsRecentEnough(): boolean {
  return Office.context.requirements.isSetSupported(REQUIRED_API.set, REQUIRED_API.version);
}

function describeFailure(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  return code ? `Excel could not complete the run (${code}): ${message}` : `The run stopped unexpectedly: ${message}`;
}

/** What the pane and the ribbon command can ask of the open workbook. */
export class ScorecardService {
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
      this.store.set({ busy: false, step: 'done', report });
      return report;
    } catch (error) {
      this.store.set({ busy: false, step: undefined, failure: describeFailure(error) });
      return undefined;
    }
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
