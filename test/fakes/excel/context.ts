import type { DocumentState } from './document';
import { FakeOfficeError } from './document';

/** One queued command, run in order at sync, as Office.js runs a batch. */
interface Op {
  description: string;
  bytes: number;
  write: boolean;
  run: () => void;
}

export interface RequestStats {
  ops: number;
  writes: number;
  bytes: number;
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

  reset(): void {
    this.syncs = 0;
    this.requests = [];
    this.opsRun = 0;
  }
}

/** Fail the Nth write command (1-based, counted across the host's life), to test recovery. */
export interface FaultPlan {
  failOnWrite?: number;
}

export class FakeContextCore {
  private queue: Op[] = [];
  private writesSeen = 0;

  constructor(
    readonly doc: DocumentState,
    readonly stats: HostStats,
    readonly faults: FaultPlan = {},
  ) {}

  enqueue(description: string, payload: unknown, run: () => void, write = true): void {
    const bytes = description.length + (payload === undefined ? 0 : JSON.stringify(payload).length);
    this.queue.push({ description, bytes, write, run });
  }

  /** Runs the batch in order. Like Office, commands before a failing one stay applied. */
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.stats.syncs += 1;
    const request: RequestStats = {
      ops: ops.length,
      writes: ops.filter((o) => o.write).length,
      bytes: ops.reduce((n, o) => n + o.bytes, 0),
      calculationSuspended: false,
      screenUpdatingSuspended: false,
      eventsOffDuringWrites: true,
    };
    this.stats.requests.push(request);
    if (request.bytes > 5 * 1024 * 1024) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload is ${request.bytes} bytes, over 5 MB.`);
    }
    try {
      for (const op of ops) {
        if (op.write) {
          this.writesSeen += 1;
          if (this.faults.failOnWrite === this.writesSeen) {
            throw new FakeOfficeError('GeneralException', `Injected failure at write ${this.writesSeen}: ${op.description}`);
          }
          if (this.doc.enableEvents && !op.description.startsWith('runtime.')) request.eventsOffDuringWrites = false;
        }
        op.run();
        this.stats.opsRun += 1;
        request.calculationSuspended ||= this.doc.calculationSuspended;
        request.screenUpdatingSuspended ||= this.doc.screenUpdatingSuspended;
      }
    } finally {
      this.doc.calculationSuspended = false;
      this.doc.screenUpdatingSuspended = false;
    }
    await Promise.resolve();
  }
}

export function notLoaded(owner: string, property: string): Error {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' of ${owner} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
