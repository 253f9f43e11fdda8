/**
 * The task pane loads nothing but its own files and Office's script, runs no eval, and never
 * renders workbook text as HTML. (The browser test shows markup in a cell arriving as text.)
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..', '..');

function csp(): Map<string, string[]> {
  const html = readFileSync(join(root, 'src', 'taskpane', 'taskpane.html'), 'utf8');
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error('taskpane.html has no Content-Security-Policy');
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .flatMap(([name, ...values]) => (name ? [[name, values] as const] : [])),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

test('the Content-Security-Policy allows scripts only from the add-in and Office', () => {
  const policy = csp();
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
});

test.each(['eval(', 'new Function', 'dangerouslySetInnerHTML', 'innerHTML', 'outerHTML', 'document.write', 'insertAdjacentHTML'])(
  'no source file uses %s',
  (pattern) => {
    const offenders = sourceFiles(join(root, 'src')).filter((f) => readFileSync(f, 'utf8').includes(pattern));
    expect(offenders).toEqual([]);
  },
);
