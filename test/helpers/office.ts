import type ExcelJS from 'exceljs';
import { recalculate } from '../../src/app/recalculate';
import type { RecalcOptions, RecalcOutcome } from '../../src/app/recalculate';
import type { WorkbookInput } from '../../src/engine';
import { OfficeJsGateway } from '../../src/gateways/officejs';
import { documentFromExcelJs } from '../fakes/excel/bridge';
import { DocumentState } from '../fakes/excel/document';
import { FakeExcelHost } from '../fakes/excel/host';

export function hostFor(wb: ExcelJS.Workbook): FakeExcelHost {
  return new FakeExcelHost(documentFromExcelJs(wb));
}

/** A fake document holding generated contract tables (see scripts/generate.ts). */
export function hostForInput(input: WorkbookInput): FakeExcelHost {
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
    const width = table.range.cells[0].length;
    doc.tables.push({ name: table.name, sheet, address: `A1:${String.fromCharCode(64 + width)}${table.range.cells.length}` });
  }
  return new FakeExcelHost(doc);
}

export function recalcOnHost(host: FakeExcelHost, options: RecalcOptions = {}): Promise<RecalcOutcome> {
  return host.run((context) => recalculate(new OfficeJsGateway(context), options));
}
