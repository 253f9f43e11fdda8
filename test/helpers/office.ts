import type ExcelJS from 'exceljs';
import { recalculate } from '../../src/app/recalculate';
import type { RecalcOptions, RecalcOutcome } from '../../src/app/recalculate';
import type { WorkbookInput } from '../../src/engine';
import { OfficeJsGateway } from '../../src/gateways/officejs';
import { documentFromExcelJs } from '../fakes/excel/bridge';
import type { FaultPlan, HostStats } from '../fakes/excel/context';
import { DocumentState } from '../fakes/excel/document';
import { OfficeJsHost } from '../fakes/officejs/host';

/** What the tests need of a host: the document, its traffic, injected faults and Excel.run. */
export interface ExcelTestHost {
  readonly doc: DocumentState;
  readonly stats: HostStats;
  faults: FaultPlan;
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** Microsoft's Office.js over the fake document: what the Office.js gateway is tested on. */
export function hostFor(wb: ExcelJS.Workbook): OfficeJsHost {
  return new OfficeJsHost(documentFromExcelJs(wb));
}

/** A fake document holding generated contract tables (see scripts/generate.ts). */
export function hostForInput(input: WorkbookInput): OfficeJsHost {
  const doc = new DocumentState();
  for (const table of [input.catalogue, input.data, input.settings]) {
    if (!table) continue;
    const sheet = doc.addSheet(table.range.sheet);
    table.range.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.edit(r + 1, c + 1);
        cell.value = value instanceof Date || typeof value === 'object' ? String(value) : value;
      }),
    );
    const width = table.range.cells[0]?.length ?? 0;
    doc.tables.push({ name: table.name, sheet, address: `A1:${String.fromCharCode(64 + width)}${table.range.cells.length}` });
  }
  return new OfficeJsHost(doc);
}

export function recalcOnHost(host: ExcelTestHost, options: RecalcOptions = {}): Promise<RecalcOutcome> {
  return host.run((context) => recalculate(new OfficeJsGateway(context), options));
}
