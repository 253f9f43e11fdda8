import type { RunMode, Step } from './steps';
import type { RunReport } from './report';

/**
 * State shared by the task pane and the ribbon command (one shared runtime): whether a run is
 * under way, its step, and the last report. React reads it with useSyncExternalStore.
 */
export interface PaneState {
  busy: boolean;
  step?: Step;
  mode?: RunMode;
  report?: RunReport;
  /** A failure that is not about the workbook's contents (Excel refused, lost connection). */
  failure?: string;
  notice?: string;
}

type Listener = () => void;

export class Store {
  private state: PaneState = { busy: false };
  private readonly listeners = new Set<Listener>();

  get = (): PaneState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

export const store = new Store();
