/**
 * A test host for Microsoft's own Office.js: `run` hands the batch a real Excel.RequestContext
 * from the @microsoft/office-js library, whose every context.sync() the library serialises and
 * sends here, where it is answered from the fake document under Excel's rules. Batching,
 * load/sync, null objects, object paths and request serialisation are Office's code, not ours.
 */
import type { FaultPlan } from '../excel/context';
import { HostStats } from '../excel/context';
import type { DocumentState } from '../excel/document';
import type { Exchange, Rules } from './interpreter';
import { RequestInterpreter } from './interpreter';
import { officeJs, registerResponder, unregisterResponder } from './library';
import type { SentRequest } from './library';

let hosts = 0;

export class OfficeJsHost {
  readonly stats = new HostStats();
  /** Every request answered, as Office.js serialised it. */
  readonly exchanges: Exchange[] = [];
  faults: FaultPlan = {};
  /** Children of a null object fail the batch unless a test asks for the kinder answer. */
  rules: Rules = { nullChildren: 'fail' };
  private readonly url = `https://excel-host-${++hosts}.test/`;
  /** Write commands run in this Excel.run, for faults.failOnWrite. */
  private writesSeen = { count: 0 };

  constructor(readonly doc: DocumentState) {}

  get largestRequestBytes(): number {
    return Math.max(0, ...this.exchanges.map((e) => e.requestBytes));
  }

  get largestResponseBytes(): number {
    return Math.max(0, ...this.exchanges.map((e) => e.responseBytes));
  }

  private answer = async (request: SentRequest) => {
    const { response, exchange } = await new RequestInterpreter(
      this.doc,
      this.stats,
      { ...this.faults, writesSeen: this.writesSeen },
      this.rules,
      request.body,
    ).answer();
    this.exchanges.push(exchange);
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(response) };
  };

  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const { Excel } = officeJs();
    this.writesSeen = { count: 0 };
    registerResponder(this.url, this.answer);
    try {
      return await batch(new Excel.RequestContext(this.url));
    } finally {
      unregisterResponder(this.url);
    }
  };
}
