/**
 * The item at `index` of a list a test expects to hold it: the test fails, saying what was
 * missing, instead of reading a property of undefined (and the type checker knows it is there).
 */
export function itemAt<T>(items: readonly T[] | undefined, index = 0): T {
  const item = items?.[index];
  if (item === undefined) throw new Error(`Expected an item at ${index}, but the list has ${items?.length ?? 'no'} items.`);
  return item;
}
