import type { CellState } from './document';
import { DocumentState } from './document';

/** A document as JSON, to hand a workbook to the fake host running inside a browser page. */
export interface DocumentJson {
  sheets: { name: string; cells: [string, CellState][]; protected: boolean }[];
  tables: { name: string; sheet: string; address: string }[];
  names: { name: string; sheet: string; address: string }[];
}

export function documentToJson(doc: DocumentState): DocumentJson {
  return {
    sheets: doc.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()], protected: s.protected })),
    tables: doc.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, address: t.address })),
    names: doc.names.map((n) => ({ name: n.name, sheet: n.sheet.name, address: n.address })),
  };
}

export function documentFromJson(json: DocumentJson): DocumentState {
  const doc = new DocumentState();
  for (const s of json.sheets) {
    const sheet = doc.addSheet(s.name);
    sheet.cells = new Map(s.cells);
    sheet.protected = s.protected;
  }
  for (const t of json.tables) doc.tables.push({ name: t.name, sheet: doc.sheet(t.sheet)!, address: t.address });
  for (const n of json.names) doc.names.push({ name: n.name, sheet: doc.sheet(n.sheet)!, address: n.address, comment: '' });
  doc.active = doc.sheets[0];
  return doc;
}
