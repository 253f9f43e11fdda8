import { existsSync } from 'fs';
import { dirname, join } from 'path';

/** The project folder (the one with package.json), from wherever this code was compiled to. */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}`);
    dir = parent;
  }
  return dir;
}
