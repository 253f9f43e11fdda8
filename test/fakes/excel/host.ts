import type { FaultPlan } from './context';
import { FakeContextCore, HostStats } from './context';
import type { DocumentState } from './document';
import {
  FakeDocumentProperties,
  FakeFunctions,
  FakeNamedItemCollection,
  FakeRange,
  FakeTableCollection,
  FakeWorkbookProtection,
  FakeWorksheetCollection,
} from './proxies';

export class FakeApplication {
  constructor(private readonly core: FakeContextCore) {}
  suspendApiCalculationUntilNextSync(): void {
    this.core.enqueue(
      'application.suspendApiCalculationUntilNextSync',
      undefined,
      () => (this.core.doc.calculationSuspended = true),
      false,
    );
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.core.enqueue(
      'application.suspendScreenUpdatingUntilNextSync',
      undefined,
      () => (this.core.doc.screenUpdatingSuspended = true),
      false,
    );
  }
}

export class FakeRuntime {
  constructor(private readonly core: FakeContextCore) {}
  set enableEvents(value: boolean) {
    this.core.enqueue('runtime.enableEvents', value, () => (this.core.doc.enableEvents = value));
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly properties: FakeDocumentProperties;
  readonly protection: FakeWorkbookProtection;
  readonly functions: FakeFunctions;

  constructor(private readonly core: FakeContextCore) {
    this.worksheets = new FakeWorksheetCollection(core, () => core.doc.sheets, false);
    this.tables = new FakeTableCollection(core, () => core.doc.tables, false);
    this.names = new FakeNamedItemCollection(core, () => core.doc.names, false);
    this.properties = new FakeDocumentProperties(core, () => core.doc, false);
    this.protection = new FakeWorkbookProtection(core, () => core.doc, false);
    this.functions = new FakeFunctions(core, () => core.doc);
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(
      this.core,
      () => {
        const sel = this.core.doc.selection;
        return sel ? { sheet: sel.sheet, box: parseBox(sel.address) } : null;
      },
      false,
    );
  }
}

import { parseRangeAddress } from '../../../src/engine/address';
function parseBox(address: string) {
  return parseRangeAddress(address)!;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly runtime: FakeRuntime;
  private readonly core: FakeContextCore;

  constructor(doc: DocumentState, stats: HostStats, faults?: FaultPlan) {
    this.core = new FakeContextCore(doc, stats, faults);
    this.workbook = new FakeWorkbook(this.core);
    this.application = new FakeApplication(this.core);
    this.runtime = new FakeRuntime(this.core);
  }

  sync(): Promise<void> {
    return this.core.sync();
  }
}

/** A fake Excel host over a document: Excel.run for tests, with traffic statistics. */
export class FakeExcelHost {
  readonly stats = new HostStats();
  faults: FaultPlan = {};

  constructor(readonly doc: DocumentState) {}

  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this.doc, this.stats, this.faults);
    return batch(context as unknown as Excel.RequestContext);
  };
}
