/** The base of every fake proxy: loads and writes queued, answered at sync() as Excel would answer them. */
import type { FakeContextCore } from './context';
import { notLoaded } from './context';
import { FakeOfficeError } from './document';

export type Resolver<T> = () => T | null;

export function propertyNames(props?: string | string[] | { select?: string }): string[] {
  const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : (props?.select ?? '').split(',');
  return list.map((p) => p.trim()).filter(Boolean);
}

export abstract class ClientObject<T> {
  protected readonly _loaded = new Map<string, unknown>();
  private readonly _children = new Map<string, unknown>();

  /** Navigation properties return the same proxy every time, as in Office.js. */
  protected _child<C>(key: string, make: () => C): C {
    if (!this._children.has(key)) this._children.set(key, make());
    return this._children.get(key) as C;
  }
  protected _null?: boolean;

  constructor(
    protected readonly _core: FakeContextCore,
    protected readonly _resolve: Resolver<T>,
    /** Part of a null-object chain: resolving to nothing is not an error. */
    protected readonly _nullable: boolean,
  ) {}

  get isNullObject(): boolean {
    if (this._null === undefined) throw notLoaded(this.constructor.name, 'isNullObject');
    return this._null;
  }

  /** Resolves at sync; a missing item is an error unless this proxy came from *OrNullObject. */
  protected _target(): T | null {
    const target = this._resolve();
    if (target === null && !this._nullable)
      throw new FakeOfficeError('ItemNotFound', `${this.constructor.name}: the requested resource doesn't exist.`);
    return target;
  }

  protected _mustTarget(action: string): T {
    const target = this._target();
    if (target === null) throw new FakeOfficeError('InvalidObjectPath', `${action} on a null object.`);
    return target;
  }

  /** Queues a check that sets isNullObject at the next sync (what *OrNullObject does). */
  _probe(): this {
    this._core.enqueue(
      'probe',
      undefined,
      () => {
        this._null = this._target() === null;
      },
      false,
    );
    return this;
  }

  load(props?: any): this {
    const names = propertyNames(props);
    this._core.enqueueLoad(`load ${this.constructor.name} ${names.join(',')}`, () => {
      const target = this._target();
      this._null = target === null;
      let bytes = 0;
      for (const name of names) {
        const value = target === null ? null : this._read(target, name);
        this._loaded.set(name, value);
        bytes += JSON.stringify(value ?? null).length;
      }
      this._core.unloaders.push(() => names.forEach((n) => this._loaded.delete(n)));
      return bytes;
    });
    return this;
  }

  protected abstract _read(target: T, property: string): unknown;

  protected _get<V>(property: string): V {
    if (!this._loaded.has(property)) throw notLoaded(this.constructor.name, property);
    return this._loaded.get(property) as V;
  }

  protected _set(description: string, payload: unknown, apply: (target: T) => void): void {
    this._core.enqueue(description, payload, () => apply(this._mustTarget(description)));
  }
}
