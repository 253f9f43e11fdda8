/**
 * A workbook file's package read as a Book, straight from its XML: no workbook model is built,
 * and a sheet's cells are read from its part when asked for (streamedSheet.ts), so memory follows
 * what is read, not the size of the analyst's data.
 */
import { parseReference } from '../../engine';
import type { Book, BookName, BookTable } from './book';
import type { CellContext } from './cellValues';
import { dateStyles, sharedStrings } from './cellValues';
import { StreamedSheet } from './streamedSheet';
import type { XlsxPackage } from './xlsxPackage';
import { tagsOf } from './xlsxPackage';
import { attribute, decodeXml } from './xmlScan';

/** The areas a name's formula refers to, when it is nothing but cells ('Data'!$A$1:$B$9,'Data'!$D$1). */
function cellAreas(formula: string): string[] | undefined {
  const areas: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= formula.length; i++) {
    const c = formula[i];
    if (c === "'") quoted = !quoted;
    else if ((c === ',' && !quoted) || i === formula.length) {
      areas.push(formula.slice(start, i).trim());
      start = i + 1;
    }
  }
  return areas.every((area) => parseReference(area)?.kind === 'range') ? areas : undefined;
}

/**
 * The workbook's names, those for the whole workbook first (a sheet's own name of the same spelling
 * comes after), each sheet's own with its sheet (`sheetNames`, in workbook order, as localSheetId
 * counts them from 0).
 */
export function definedNames(workbookXml: string, sheetNames: string[] = []): BookName[] {
  const names: BookName[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([^<]*)<\/(?:\w+:)?definedName>)/g)) {
    const tag = m[1] ?? '';
    const name = attribute(tag, 'name');
    if (!name) continue;
    const refersTo = decodeXml(m[2] ?? '').trim();
    const ranges = cellAreas(refersTo.replace(/^=/, ''));
    const local = attribute(tag, 'localSheetId');
    const scope = local === undefined ? undefined : (sheetNames[Number(local)] ?? `sheet ${Number(local) + 1}`);
    names.push({ name, ...(ranges ? { ranges } : {}), refersTo, ...(scope === undefined ? {} : { scope }) });
  }
  return [...names.filter((n) => n.scope === undefined), ...names.filter((n) => n.scope !== undefined)];
}

export class PackageBook implements Book {
  readonly sheetNames: string[];
  private readonly sheets = new Map<string, StreamedSheet>();
  private context?: CellContext;
  private namesFound?: BookName[];
  private tablesFound?: BookTable[];

  constructor(
    private readonly pkg: XlsxPackage,
    readonly date1904: boolean,
  ) {
    this.sheetNames = pkg.sheets.filter((s) => pkg.has(s.path)).map((s) => s.name);
  }

  private contextOf(): CellContext {
    return (this.context ??= { strings: sharedStrings(this.pkg), dates: dateStyles(this.pkg), date1904: this.date1904 });
  }

  /** The package path of a sheet's part, by name in any case. */
  partOf(name: string): string | undefined {
    const lower = name.toLowerCase();
    return this.pkg.sheets.find((s) => s.name.toLowerCase() === lower && this.pkg.has(s.path))?.path;
  }

  sheet(name: string): StreamedSheet | undefined {
    const lower = name.toLowerCase();
    const entry = this.pkg.sheets.find((s) => s.name.toLowerCase() === lower && this.pkg.has(s.path));
    if (!entry) return undefined;
    let sheet = this.sheets.get(entry.path);
    if (!sheet) {
      sheet = new StreamedSheet(entry.name, this.pkg, entry.path, () => this.contextOf());
      this.sheets.set(entry.path, sheet);
    }
    return sheet;
  }

  /** The tables, by the name formulas use (displayName) and by their own name where it differs. */
  tables(): BookTable[] {
    return (this.tablesFound ??= this.readTables());
  }

  private readTables(): BookTable[] {
    const tables: BookTable[] = [];
    for (const entry of this.pkg.sheets) {
      for (const rel of this.pkg.relationships(entry.path)) {
        if (rel.external || !rel.type.endsWith('/table') || !this.pkg.has(rel.target)) continue;
        const tag = tagsOf(this.pkg.text(rel.target), 'table')[0] ?? '';
        const ref = attribute(tag, 'ref');
        const sheet = this.sheet(entry.name);
        if (!ref || !sheet) continue;
        const names = new Set([attribute(tag, 'displayName'), attribute(tag, 'name')].filter((n): n is string => !!n));
        // Excel keeps a Total Row inside the table's ref and counts it in totalsRowCount.
        const totalsRows = Number(attribute(tag, 'totalsRowCount') ?? 0) || 0;
        for (const name of names) tables.push({ name, ref, sheet, ...(totalsRows > 0 ? { totalsRows } : {}) });
      }
    }
    return tables;
  }

  names(): BookName[] {
    return (this.namesFound ??= definedNames(
      this.pkg.text(this.pkg.workbookPath),
      this.pkg.sheets.map((s) => s.name),
    ));
  }
}
