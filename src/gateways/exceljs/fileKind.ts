/**
 * What a file that should be an .xlsx workbook really is, told from its first and last bytes,
 * so that a wrong file gets one message in plain words saying what it is and what to do.
 */

import { FileProblem } from '../../engine';

/** A workbook file that cannot be read, with the message the user reads. */
export class WorkbookFileError extends FileProblem {
  constructor(
    message: string,
    readonly kind: FileKind,
  ) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}

type FileKind =
  | 'xlsx'
  | 'empty'
  | 'xls'
  | 'encrypted'
  | 'ole'
  | 'truncated-zip'
  | 'ods'
  | 'xlsb'
  | 'other-zip'
  | 'text'
  | 'html'
  | 'binary'
  | 'damaged'
  | 'strict'
  | 'reserved-sheet-name';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
/** The end-of-central-directory record closes every complete zip, within its last 64 KB + 22 bytes. */
const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

const startsWith = (bytes: Buffer, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);
const utf16 = (text: string): Buffer => Buffer.from(text, 'utf16le');

/** An OLE compound file's stream names are stored in UTF-16 in its directory. */
function oleKind(bytes: Buffer): FileKind {
  if (bytes.includes(utf16('EncryptedPackage')) || bytes.includes(utf16('EncryptionInfo'))) return 'encrypted';
  if (bytes.includes(utf16('Workbook')) || bytes.includes(utf16('Book'))) return 'xls';
  return 'ole';
}

function zipKind(bytes: Buffer): FileKind {
  const tail = bytes.subarray(Math.max(0, bytes.length - (65_535 + 22)));
  if (!tail.includes(ZIP_END)) return 'truncated-zip';
  // Entry names are stored as plain text in a zip's headers.
  if (bytes.includes('xl/workbook.xml')) return 'xlsx';
  if (bytes.includes('xl/workbook.bin')) return 'xlsb';
  if (bytes.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  return 'other-zip';
}

function textKind(bytes: Buffer): FileKind {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return 'binary';
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (text.startsWith('<')) return 'html';
  return 'text';
}

/** The kind of a file from its bytes. */
export function fileKind(bytes: Buffer): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, OLE)) return oleKind(bytes);
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return zipKind(bytes);
  return textKind(bytes);
}

const SAVE_AS_XLSX = 'open it in Excel and save it as an Excel Workbook (.xlsx), then run again';

/** The plain message for a file of this kind, or undefined for an .xlsx package. */
export function fileKindProblem(kind: FileKind, file: string): string | undefined {
  switch (kind) {
    case 'xlsx':
      return undefined;
    case 'empty':
      return `${file} is empty (0 bytes), so there is no workbook to read: check you chose the right file, or save the workbook again from Excel.`;
    case 'xls':
      return `${file} is an Excel 97-2003 .xls file, not an .xlsx workbook: ${SAVE_AS_XLSX}.`;
    case 'encrypted':
      return `${file} is password-protected (encrypted), so it cannot be read: open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it), save it, then run again.`;
    case 'ole':
      return `${file} is an older Office file (not an Excel workbook): ${SAVE_AS_XLSX}.`;
    case 'truncated-zip':
      return `${file} is damaged: it ends too soon, as if a download or copy was cut short. Copy or download it again, or open it in Excel (which offers to repair it) and save it, then run again.`;
    case 'ods':
      return `${file} is an OpenDocument spreadsheet (.ods), not an .xlsx workbook: open it and save it as Excel 2007-365 (.xlsx), then run again.`;
    case 'xlsb':
      return `${file} is an Excel binary workbook (.xlsb): ${SAVE_AS_XLSX}.`;
    case 'other-zip':
      return `${file} is a zip package but not an Excel workbook (it has no xl/workbook.xml; perhaps a Word or other document): check you chose the right file.`;
    case 'html':
      return `${file} is a web page or XML file, not an .xlsx workbook (some systems export "Excel" files that are really web pages): ${SAVE_AS_XLSX}.`;
    case 'text':
      return `${file} is a text file (such as a CSV) with an .xlsx name, not an Excel workbook: ${SAVE_AS_XLSX}.`;
    case 'binary':
      return `${file} is not an Excel workbook (it is not an .xlsx package): check you chose the right file, or ${SAVE_AS_XLSX}.`;
    case 'strict':
      return `${file} is saved as a Strict Open XML Spreadsheet, which this tool does not write into: open it in Excel and save it as "Excel Workbook (*.xlsx)", then run again.`;
    case 'reserved-sheet-name':
      return reservedSheetName(file);
    case 'damaged':
      return `${file} is damaged and could not be read as an .xlsx workbook: open it in Excel (which offers to repair it) and save it, then run again.`;
  }
}

function reservedSheetName(file: string): string {
  return `${file} has a sheet named "History", a name Excel reserves (it will not open or make a sheet by that name, though LibreOffice and openpyxl allow it): rename that sheet, and any references to it, then run again.`;
}

/** The error for a package in the Strict Open XML format (ISO/IEC 29500 Strict namespaces). */
export function strictError(file: string): WorkbookFileError {
  return new WorkbookFileError(fileKindProblem('strict', file) ?? '', 'strict');
}

/** The error for a package holding a sheet by a name Excel reserves. */
export function reservedSheetNameError(file: string): WorkbookFileError {
  return new WorkbookFileError(reservedSheetName(file), 'reserved-sheet-name');
}

/** Throws a WorkbookFileError in plain words unless the bytes are an .xlsx package. */
export function assertXlsx(bytes: Buffer, file: string): void {
  const kind = fileKind(bytes);
  const problem = fileKindProblem(kind, file);
  if (problem) throw new WorkbookFileError(problem, kind);
}
