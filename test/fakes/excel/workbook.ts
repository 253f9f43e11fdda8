/** The workbook's structure protection, its document properties, and the worksheet functions the add-in calls. */
import type { DocumentState } from './document';
import { FakeOfficeError } from './document';
import { ClientObject } from './clientObject';

/** Workbook structure protection (ExcelApi 1.7). */
export class FakeWorkbookProtection extends ClientObject<DocumentState> {
  get protected(): boolean {
    return this._get('protected');
  }
  protect(_password?: string): void {
    this._set('workbook.protection.protect', undefined, (doc) => (doc.structureProtected = true));
  }
  unprotect(_password?: string): void {
    this._set('workbook.protection.unprotect', undefined, (doc) => (doc.structureProtected = false));
  }
  protected _read(doc: DocumentState, property: string): unknown {
    if (property === 'protected') return doc.structureProtected;
    throw new FakeOfficeError('InvalidArgument', `The fake host does not model WorkbookProtection.${property}.`);
  }
}

export class FakeDocumentProperties extends ClientObject<DocumentState> {
  get lastAuthor(): string {
    return this._get('lastAuthor');
  }
  protected _read(doc: DocumentState, property: string): unknown {
    if (property === 'lastAuthor') return doc.lastAuthor;
    throw new FakeOfficeError('InvalidArgument', `The fake host does not model DocumentProperties.${property}.`);
  }
}

const DAY_MS = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * The result of a worksheet function called through Office.js (ExcelApi 1.2): `value`, or
 * `error` when the function gives an error value.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.functionresult
 */
export class FakeFunctionResult extends ClientObject<DocumentState> {
  constructor(
    core: ConstructorParameters<typeof ClientObject<DocumentState>>[0],
    resolve: () => DocumentState,
    private readonly _compute: (doc: DocumentState) => number | string,
  ) {
    super(core, resolve, false);
  }
  get value(): number {
    return this._get('value');
  }
  get error(): string {
    return this._get('error');
  }
  protected _read(doc: DocumentState, property: string): unknown {
    const result = this._compute(doc);
    if (property === 'value') return typeof result === 'number' ? result : null;
    if (property === 'error') return typeof result === 'string' ? result : null;
    throw new FakeOfficeError('InvalidArgument', `The fake host does not model FunctionResult.${property}.`);
  }
}

/**
 * Excel.Functions: DATE only. DATE(year, month, day) is the date's serial number in the
 * workbook's date system: the year "is a number from 1900 or 1904 (depending on the workbook's
 * date system) to 9999", and the 1904 system counts from 1 January 1904 (serial 0), so
 * DATE(1904, 1, 1) is 0 there and 1462 in the 1900 system. Years outside that give #NUM!.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1)
 * https://support.microsoft.com/office/date-function-e36c0c8c-4104-49da-ab83-82328b832349
 * https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system
 */
export class FakeFunctions {
  constructor(
    private readonly _core: ConstructorParameters<typeof ClientObject<DocumentState>>[0],
    private readonly _doc: () => DocumentState,
  ) {}
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this._core, this._doc, (doc) => {
      const first = doc.date1904 ? 1904 : 1900;
      if (!Number.isInteger(year) || year < first || year > 9999) return '#NUM!';
      const epoch = doc.date1904 ? EPOCH_1904 : EPOCH_1900;
      return Math.round((Date.UTC(year, month - 1, day) - epoch) / DAY_MS);
    });
  }
}
