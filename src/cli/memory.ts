/**
 * A large run's memory between its steps. V8 collects the old generation only when it reaches a
 * limit set from the last collection, and in a run of a few seconds that may be once, early: what
 * each step lets go (the data table's raw cells once parsed, the parsed observations once
 * calculated) then stays in the heap to the end, and the peak is the sum of the steps. One full
 * collection as calculating starts and one as writing starts lets each step reuse the one before's
 * space: at 200 indicators × 50 areas the CLI's peak goes from about 620 to about 520 MiB, for two
 * collections of some 0.1 s each. Small runs (under 64 MiB of heap) are left alone.
 */
import type { Step } from '../app/recalculate';
import { getHeapStatistics, setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

const WORTH_COLLECTING = 64 * 1024 * 1024;

/** Node's full collection, asked for as `node --expose-gc` would give it; undefined where the runtime refuses. */
function fullCollection(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (typeof gc !== 'function') return undefined;
    const collect = gc as () => void;
    return () => collect();
  } catch {
    return undefined;
  }
}

/** A run's onStep that collects the heap as calculating and as writing start, when the heap is at least `worthIt` bytes. */
export function collectBetweenSteps(worthIt = WORTH_COLLECTING): (step: Step) => void {
  let collect: (() => void) | undefined | null = null;
  return (step) => {
    if (step !== 'calculating' && step !== 'writing') return;
    if (getHeapStatistics().used_heap_size < worthIt) return;
    if (collect === null) collect = fullCollection();
    collect?.();
  };
}
