import ExcelJS from 'exceljs';
import { formulaNames } from './modelBook';

/**
 * Workbooks saved by tools other than Excel and ExcelJS, read as Excel reads them.
 *
 * ExcelJS expects the package exactly as Excel or ExcelJS lays it out. Two legal variations
 * break it, and both are common:
 *  - openpyxl points a sheet at its parts by absolute path (`/xl/tables/table1.xml`) where
 *    Excel writes a relative one (`../tables/table1.xml`). ExcelJS looks tables up by the
 *    relative form only, finds nothing, and fails with "reading 'name'".
 *  - LibreOffice writes tables without the optional `<tableStyleInfo>`. ExcelJS reads them,
 *    then fails to write them again ("reading 'theme'").
 * Both are repaired in the parsed model, before ExcelJS builds its workbook from it.
 */

interface Relationship {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}

interface TableStyle {
  theme?: string | null;
  showFirstColumn: boolean;
  showLastColumn: boolean;
  showRowStripes: boolean;
  showColumnStripes: boolean;
}

interface LoadedTable {
  name?: string;
  style?: TableStyle;
}

interface LoadedSheet {
  sheetNo?: string | number;
  name?: string;
  tables?: (LoadedTable | undefined)[];
}

/** The parts of ExcelJS's parsed package that need repair (internal, undeclared in its types). */
interface LoadedModel {
  worksheets: LoadedSheet[];
  worksheetRels?: Record<string, Relationship[] | undefined>;
  drawingRels?: Record<string, Relationship[] | undefined>;
  tables: Record<string, LoadedTable>;
  comments: Record<string, unknown>;
  vmlDrawings: Record<string, unknown>;
}

interface XlsxInternals {
  reconcile(model: LoadedModel, options: unknown): void;
}

const COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const VML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing';

/** A part's absolute path (`/xl/tables/t.xml`) as seen from a folder under xl/, as Excel writes it. */
export function relativeToXlFolder(target: string, folder: string): string {
  if (!target.startsWith('/xl/')) return target;
  const inXl = target.slice('/xl/'.length);
  return inXl.startsWith(`${folder}/`) ? inXl.slice(folder.length + 1) : `../${inXl}`;
}

function relativeTargets(rels: Record<string, Relationship[] | undefined> | undefined, folder: string): void {
  for (const list of Object.values(rels ?? {})) {
    for (const rel of list ?? []) {
      if (rel.TargetMode !== 'External') rel.Target = relativeToXlFolder(rel.Target, folder);
    }
  }
}

/**
 * Drops a sheet's links to notes ExcelJS did not load (openpyxl keeps them under xl/comments/,
 * where ExcelJS does not look), which would otherwise fail the whole read. Returns the sheets'
 * numbers, so that the caller can say whose notes a written copy leaves out.
 */
function dropUnloadedNotes(model: LoadedModel): string[] {
  const dropped: string[] = [];
  for (const [sheetNo, list] of Object.entries(model.worksheetRels ?? {})) {
    if (!list) continue;
    const missing = list.filter((rel) => rel.Type === COMMENTS && !(rel.Target in model.comments));
    if (!missing.length) continue;
    dropped.push(sheetNo);
    model.worksheetRels![sheetNo] = list.filter(
      (rel) => !missing.includes(rel) && !(rel.Type === VML && !(rel.Target in model.vmlDrawings)),
    );
  }
  return dropped;
}

/** LibreOffice leaves out the table style, which is optional; ExcelJS cannot write a table without one. */
function plainStyleWhereMissing(model: LoadedModel): void {
  for (const table of Object.values(model.tables)) {
    table.style ??= {
      theme: null,
      showFirstColumn: false,
      showLastColumn: false,
      showRowStripes: false,
      showColumnStripes: false,
    };
  }
}

/** Repairs the parsed package; returns the numbers of sheets whose notes could not be kept. */
function repair(model: LoadedModel): string[] {
  relativeTargets(model.worksheetRels, 'worksheets');
  relativeTargets(model.drawingRels, 'drawings');
  plainStyleWhereMissing(model);
  return dropUnloadedNotes(model);
}

interface OpenedWorkbook {
  workbook: ExcelJS.Workbook;
  /** What the file holds that a copy written from this workbook will not: say so before writing. */
  notKept: string[];
}

/** Loads an .xlsx package into a new ExcelJS workbook, repairing what other tools write differently. */
export async function openWorkbook(buffer: ArrayBuffer | Buffer): Promise<OpenedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const notKept: string[] = [];
  const xlsx = workbook.xlsx as unknown as XlsxInternals;
  const reconcile = xlsx.reconcile.bind(xlsx);
  xlsx.reconcile = (model, options) => {
    const noteless = repair(model);
    reconcile(model, options);
    for (const sheet of model.worksheets) {
      sheet.tables = (sheet.tables ?? []).filter((t): t is LoadedTable => !!t);
      if (noteless.includes(String(sheet.sheetNo))) {
        notKept.push(
          `the notes (cell comments) on sheet "${sheet.name}", which the tool that saved the file (openpyxl, say) stores where this reader cannot follow`,
        );
      }
    }
  };
  await workbook.xlsx.load(buffer as ArrayBuffer);
  // ExcelJS drops names defined by a formula (INDEX, OFFSET, a constant) when it writes a copy.
  const dropped = formulaNames(workbook);
  if (dropped.length) {
    notKept.push(
      `the workbook names defined by a formula rather than cells (${dropped.join(', ')}), which this writer cannot keep`,
    );
  }
  return { workbook, notKept };
}

/** The workbook alone, for callers that write nothing back over the file. */
export async function loadWorkbook(buffer: ArrayBuffer | Buffer): Promise<ExcelJS.Workbook> {
  return (await openWorkbook(buffer)).workbook;
}
