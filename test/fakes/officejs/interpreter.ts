/**
 * Answers one Office.js request (the JSON of one context.sync()) from the fake document. Each
 * object path becomes an object of the typed fake (../excel/proxies), each action a call on it,
 * queued in the request's order and run together, so Excel's rules in the fake apply to what
 * Microsoft's library actually sent. The answer has Excel's shape: a result per instantiated or
 * queried object, and on failure the error with the index of the action that failed, after
 * which nothing more ran (commands before it stay applied, as Office documents for batches).
 */
import type { FakeContextCore, FaultPlan, HostStats } from '../excel/context';
import type { DocumentState } from '../excel/document';
import { FakeOfficeError } from '../excel/document';
import { PAYLOAD_LIMIT } from '../excel/excelRules';
import { FakeRequestContext } from '../excel/host';
import type { ActionJson, ArgumentInfo, ObjectPathJson, RequestJson, ResponseJson } from './protocol';
import { ActionType, ObjectPathType } from './protocol';

/** What to do with a call on a child of a null object, which Microsoft does not document. */
export type NullChildren = 'fail' | 'null';

export interface Rules {
  nullChildren: NullChildren;
}

/** What one answered request measured. */
export interface Exchange {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  error?: string;
}

type Proxy = Record<string, any>;

/** "GetRange" -> "getRange"; "_Runtime" -> "runtime". */
function member(name: string): string {
  const bare = name.replace(/^_/, '');
  return bare.charAt(0).toLowerCase() + bare.slice(1);
}

/** "valueTypes" -> "ValueTypes": Excel answers with the API's original (Pascal-case) names. */
function wireName(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function isCollection(proxy: Proxy): boolean {
  return Object.getOwnPropertyDescriptor(Object.getPrototypeOf(proxy), 'items') !== undefined;
}

/** The fake document object a proxy stands for, right now (null for a null object). */
function resolveNow(proxy: Proxy): unknown {
  return typeof proxy._resolve === 'function' ? proxy._resolve() : {};
}

/** How a later request reaches an item again: a worksheet by its id, other items by name. */
function idOf(item: Proxy): Record<string, string> {
  const target = resolveNow(item) as { id?: string; name?: string; chart?: { name: string } } | null;
  if (!target) return {};
  if (typeof target.id === 'string') return { Id: target.id };
  const name = target.chart?.name ?? target.name;
  return typeof name === 'string' ? { _Id: name } : {};
}

function bytes(json: unknown): number {
  return Buffer.byteLength(JSON.stringify(json), 'utf8');
}

export class RequestInterpreter {
  private readonly context: FakeRequestContext;
  private readonly core: FakeContextCore;
  private readonly objects = new Map<number, Proxy>();
  /** Whether each instantiated path was a null object when its Instantiate action ran. */
  private readonly isNull = new Map<number, boolean>();
  private readonly queries: { action: ActionJson; proxy: Proxy; select: string[] }[] = [];

  constructor(
    doc: DocumentState,
    private readonly stats: HostStats,
    faults: FaultPlan,
    private readonly rules: Rules,
    private readonly request: RequestJson,
  ) {
    this.context = new FakeRequestContext(doc, stats, faults);
    // The fake's command queue, shared with the proxies this interpreter drives.
    this.core = (this.context as unknown as { core: FakeContextCore }).core;
  }

  private root(): Proxy {
    const { workbook, application, runtime } = this.context;
    return {
      worksheets: workbook.worksheets,
      tables: workbook.tables,
      names: workbook.names,
      properties: workbook.properties,
      protection: workbook.protection,
      functions: workbook.functions,
      application,
      runtime,
      getSelectedRange: () => workbook.getSelectedRange(),
    };
  }

  private args(info: ArgumentInfo | undefined): unknown[] {
    const values = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return values.map((v, i) => (refs[i] ? this.object(refs[i]) : v));
  }

  private call(target: Proxy, name: string, args: unknown[]): Proxy {
    if (name === '_ValidateArraySize') return this.validateArraySize(target, args);
    const fn = target[member(name)];
    if (typeof fn !== 'function')
      throw new FakeOfficeError(
        'ApiNotFound',
        `The host does not model ${name} on ${target.constructor?.name ?? 'this object'}.`,
      );
    return fn.apply(target, args);
  }

  /**
   * Office.js sends this before writing a 2-D array to a range: Excel refuses an array whose
   * size differs from the range's ("The number of rows or columns in the input array doesn't
   * match the size or dimensions of the range").
   */
  private validateArraySize(range: Proxy, args: unknown[]): Proxy {
    const [rows, columns] = args as number[];
    this.core.enqueue(
      'range._ValidateArraySize',
      undefined,
      () => {
        const target = resolveNow(range) as { box: { top: number; left: number; bottom: number; right: number } } | null;
        if (!target) throw new FakeOfficeError('InvalidObjectPath', 'The range is a null object.');
        const { box } = target;
        if (box.bottom - box.top + 1 !== rows || box.right - box.left + 1 !== columns)
          throw new FakeOfficeError(
            'InvalidArgument',
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          );
      },
      false,
    );
    return range;
  }

  /** The proxy for an object path, made on first use (so in the order Office.js instantiates). */
  private object(id: number): Proxy {
    const known = this.objects.get(id);
    if (known) return known;
    const path: ObjectPathJson | undefined = this.request.ObjectPaths[String(id)];
    if (!path) throw new FakeOfficeError('InvalidObjectPath', `The request has no object path ${id}.`);
    const parent = path.ParentObjectPathId === undefined ? undefined : this.object(path.ParentObjectPathId);
    let proxy: Proxy;
    switch (path.ObjectPathType) {
      case ObjectPathType.GlobalObject:
        proxy = this.root();
        break;
      case ObjectPathType.Property: {
        proxy = parent![member(path.Name)];
        if (proxy === undefined) throw new FakeOfficeError('ApiNotFound', `The host does not model the property ${path.Name}.`);
        break;
      }
      case ObjectPathType.Method:
        proxy = this.call(parent!, path.Name, this.args(path.ArgumentInfo));
        break;
      case ObjectPathType.Indexer:
        proxy = this.call(parent!, 'GetItem', this.args(path.ArgumentInfo));
        break;
      default:
        throw new FakeOfficeError('InvalidObjectPath', `The host does not answer object paths of type ${path.ObjectPathType}.`);
    }
    this.objects.set(id, proxy);
    return proxy;
  }

  private instantiate(action: ActionJson): void {
    const path = this.request.ObjectPaths[String(action.ObjectPathId)];
    const proxy = this.object(action.ObjectPathId);
    const parentId = path?.ParentObjectPathId;
    this.core.enqueue(
      'instantiate',
      undefined,
      () => {
        if (parentId !== undefined && this.isNull.get(parentId) && this.rules.nullChildren === 'fail')
          throw new FakeOfficeError('InvalidObjectPath', `${path?.Name || 'An object'} was asked of a null object.`);
        this.isNull.set(action.ObjectPathId, resolveNow(proxy) === null);
      },
      false,
    );
  }

  private queue(action: ActionJson): void {
    const proxy = this.object(action.ObjectPathId);
    switch (action.ActionType) {
      case ActionType.Instantiate:
        return this.instantiate(action);
      case ActionType.Query: {
        const select = action.QueryInfo?.Select ?? [];
        proxy.load((isCollection(proxy) ? select.map((p) => `items/${p}`) : select).join(','));
        this.queries.push({ action, proxy, select });
        return;
      }
      case ActionType.SetProperty:
        proxy[member(action.Name)] = this.args(action.ArgumentInfo)[0];
        return;
      case ActionType.Method:
        this.call(proxy, action.Name, this.args(action.ArgumentInfo));
        return;
      default:
        throw new FakeOfficeError('InvalidArgument', `The host does not answer actions of type ${action.ActionType}.`);
    }
  }

  private queryResult(proxy: Proxy, select: string[]): unknown {
    const pick = (item: Proxy) => Object.fromEntries(select.map((p) => [wireName(p), item[p]]));
    if (isCollection(proxy)) return { _Items: (proxy.items as Proxy[]).map((item) => ({ ...idOf(item), ...pick(item) })) };
    if (proxy.isNullObject) return null;
    return pick(proxy);
  }

  /** Runs the request and builds Excel's answer. */
  async answer(): Promise<{ response: ResponseJson; exchange: Exchange }> {
    const requestBytes = bytes(this.request);
    const exchange: Exchange = { requestBytes, responseBytes: 0, actions: this.request.Actions.length };
    const fail = (code: string, message: string, actionIndex?: number): ResponseJson => {
      exchange.error = code;
      return { Results: [], Error: { Code: code, Message: message, HttpStatusCode: 400, ActionIndex: actionIndex } };
    };
    if (requestBytes > PAYLOAD_LIMIT) {
      this.stats.syncs += 1;
      const response = fail('RequestPayloadSizeLimitExceeded', `The request is ${requestBytes} bytes, over 5 MB.`);
      exchange.responseBytes = bytes(response);
      return { response, exchange };
    }
    let failedAt = this.request.Actions.length;
    let synced = false;
    let error: ResponseJson['Error'];
    try {
      this.request.Actions.forEach((action, index) => {
        this.core.tag = index;
        this.queue(action);
      });
      this.core.tag = -1;
      synced = true;
      await this.core.sync(requestBytes);
    } catch (e) {
      if (!(e instanceof FakeOfficeError)) throw e;
      failedAt = e.tag !== undefined && e.tag >= 0 ? e.tag : this.core.tag >= 0 ? this.core.tag : 0;
      error = { Code: e.code, Message: e.message, HttpStatusCode: 400, ActionIndex: failedAt };
      exchange.error = e.code;
      if (!synced) this.stats.syncs += 1;
    }
    const results = this.request.Actions.slice(0, failedAt).flatMap((action) => {
      if (action.ActionType === ActionType.Instantiate) {
        const proxy = this.objects.get(action.ObjectPathId)!;
        const value = this.isNull.get(action.ObjectPathId) ? null : idOf(proxy);
        return [{ ActionId: action.Id, Value: value }];
      }
      const query = this.queries.find((q) => q.action === action);
      return query ? [{ ActionId: action.Id, Value: this.queryResult(query.proxy, query.select) }] : [];
    });
    let response: ResponseJson = error ? { Results: results, Error: error } : { Results: results };
    exchange.responseBytes = bytes(response);
    if (exchange.responseBytes > PAYLOAD_LIMIT) {
      response = fail('ResponsePayloadSizeLimitExceeded', `The response is ${exchange.responseBytes} bytes, over 5 MB.`);
    }
    const last = this.stats.requests[this.stats.requests.length - 1];
    if (last) last.responseBytes = exchange.responseBytes;
    return { response, exchange };
  }
}
