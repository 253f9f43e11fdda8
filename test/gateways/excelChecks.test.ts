/**
 * The Script Lab snippet in docs/excel-checks runs in real Excel to confirm what the test host
 * assumes. Here it runs against the test host itself, through Microsoft's Office.js: every
 * check must give exactly the answer the snippet says the host gives, so a report from real
 * Excel compares like with like, and the snippet cannot rot.
 */
import { readFileSync } from 'fs';
import { load } from 'js-yaml';
import { join } from 'path';
import ts from 'typescript';
import { createContext, runInContext } from 'vm';
import { DocumentState } from '../fakes/excel/document';
import { OfficeJsHost } from '../fakes/officejs/host';

const snippet = load(readFileSync(join(__dirname, '..', '..', 'docs', 'excel-checks', 'excel-checks.yaml'), 'utf8')) as {
  host: string;
  script: { content: string };
};

test('the Excel checks snippet gives, on the test host, exactly the answers it expects', async () => {
  expect(snippet.host).toBe('EXCEL');
  const doc = new DocumentState();
  doc.addSheet('Sheet1');
  const host = new OfficeJsHost(doc);
  const js = ts.transpileModule(snippet.script.content, { compilerOptions: { target: ts.ScriptTarget.ES2020 } }).outputText;
  let click: () => void = () => undefined;
  const out = { textContent: '' };
  const sandbox = {
    Excel: { run: host.run },
    Office: { context: { diagnostics: { platform: 'TestHost', version: '0' } } },
    document: {
      getElementById: (id: string) =>
        id === 'run' ? { addEventListener: (_: string, handler: () => void) => (click = handler) } : out,
    },
    JSON,
    Array,
    String,
    Promise,
  };
  createContext(sandbox);
  runInContext(`${js}\nglobalThis.__runAll = runAll;`, sandbox);
  await (sandbox as unknown as { __runAll: () => Promise<void> }).__runAll();
  void click;
  const rows = out.textContent
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| check') && !line.startsWith('| ---'));
  expect(rows.length).toBe(11);
  expect(rows.filter((row) => row.split(' | ')[3] !== 'yes')).toEqual([]);
  expect(host.doc.sheets.map((s) => s.name)).toEqual(['Sheet1']);
});
