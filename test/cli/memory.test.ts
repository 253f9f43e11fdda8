/**
 * The CLI's collection between a run's steps (src/cli/memory.ts): what a step let go is collected
 * as the next starts, where Node allows a full collection to be asked for. Were that ever refused,
 * this fails, and the CLI's peak memory at 200 x 50 would go back up by about 100 MiB.
 */
import { collectBetweenSteps } from '../../src/cli/memory';

const nextTask = () => new Promise((resolve) => setImmediate(resolve));

test('as calculating starts, what reading let go is collected', async () => {
  // A WeakRef's target is kept to the end of the job that made it: the collection comes in a later one.
  let dropped: object | undefined = { cells: new Array(1000).fill('a cell') };
  const ref = new WeakRef(dropped);
  dropped = undefined;
  await nextTask();
  collectBetweenSteps(0)('calculating');
  await nextTask();
  expect(ref.deref()).toBeUndefined();
});
