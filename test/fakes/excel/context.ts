import type { DocumentState } from './document';
import { FakeOfficeError } from './document';

/** One queued command, run in order at sync, as Office.js runs a batch. */
interface Op {
  description: string;
  /** Which of the caller's commands queued it (the Office.js host's action index). */
  tag: number;
  bytes: number;
  write: boolean;
  run: () => unknown;
  /** Loads return the JSON size of what they read, which counts towards the response. */
  load?: boolean;
}

export { PAYLOAD_LIMIT } from './excelRules';
import { PAYLOAD_LIMIT } from './excelRules';

export interface RequestStats {
  ops: number;
  writes: number;
  bytes: number;
  responseBytes: number;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
  eventsOffDuringWrites: boolean;
}

/** What a test can measure about the traffic between add-in and host. */
export class HostStats {
  syncs = 0;
  requests: RequestStats[] = [];
  opsRun = 0;

  get largestRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }

  get largestResponseBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.responseBytes));
  }

  reset(): void {
    this.syncs = 0;
    this.requests = [];
    this.opsRun = 0;
  }
}

/** Fail the Nth write command (1-based, counted across the host's life), to test recovery. */
export interface FaultPlan {
  failOnWrite?: number;
  /** Write commands run so far; a host that answers each request afresh shares one count per run. */
  writesSeen?: { count: number };
}

export class FakeContextCore {
  private queue: Op[] = [];
  /** Proxies whose loads ran in a request whose response never arrived. */
  readonly unloaders: (() => void)[] = [];

  private lostLoads(): void {
    for (const unload of this.unloaders.splice(0)) unload();
  }
  private readonly writes: { count: number };
  /** Set by a caller that maps commands back to its own: each queued op carries it. */
  tag = -1;

  constructor(
    readonly doc: DocumentState,
    readonly stats: HostStats,
    readonly faults: FaultPlan = {},
  ) {
    this.writes = faults.writesSeen ?? { count: 0 };
  }

  enqueue(description: string, payload: unknown, run: () => unknown, write = true): void {
    const bytes = description.length + (payload === undefined ? 0 : JSON.stringify(payload).length);
    this.queue.push({ description, bytes, write, run, tag: this.tag });
  }

  enqueueLoad(description: string, run: () => number): void {
    this.queue.push({ description, bytes: description.length, write: false, run, load: true, tag: this.tag });
  }

  /**
   * Runs the batch in order. Like Office, commands before a failing one stay applied; the error
   * carries the failing op's tag. `measuredBytes`: the request's size as its sender serialised it.
   */
  async sync(measuredBytes?: number): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.unloaders.length = 0;
    this.stats.syncs += 1;
    const request: RequestStats = {
      ops: ops.length,
      writes: ops.filter((o) => o.write).length,
      bytes: measuredBytes ?? ops.reduce((n, o) => n + o.bytes, 0),
      responseBytes: 0,
      calculationSuspended: false,
      screenUpdatingSuspended: false,
      eventsOffDuringWrites: true,
    };
    this.stats.requests.push(request);
    if (request.bytes > PAYLOAD_LIMIT) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload is ${request.bytes} bytes, over 5 MB.`);
    }
    let current: Op | undefined;
    try {
      for (const op of ops) {
        current = op;
        if (op.write) {
          this.writes.count += 1;
          if (this.faults.failOnWrite === this.writes.count) {
            throw new FakeOfficeError('GeneralException', `Injected failure at write ${this.writes.count}: ${op.description}`);
          }
          if (this.doc.enableEvents && !op.description.startsWith('runtime.')) request.eventsOffDuringWrites = false;
        }
        const result = op.run();
        if (op.load) request.responseBytes += result as number;
        this.stats.opsRun += 1;
        request.calculationSuspended ||= this.doc.calculationSuspended;
        request.screenUpdatingSuspended ||= this.doc.screenUpdatingSuspended;
      }
    } catch (error) {
      if (error instanceof FakeOfficeError && current) error.tag = current.tag;
      throw error;
    } finally {
      this.doc.calculationSuspended = false;
      this.doc.screenUpdatingSuspended = false;
    }
    if (request.responseBytes > PAYLOAD_LIMIT) {
      this.lostLoads();
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response is ${request.responseBytes} bytes, over 5 MB.`);
    }
    this.unloaders.length = 0;
    await Promise.resolve();
  }
}

export function notLoaded(owner: string, property: string): Error {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' of ${owner} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
