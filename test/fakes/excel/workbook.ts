/** The workbook's structure protection and its document properties. */
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
