/**
 * Stands in for office.js in the browser test: Office.onReady, requirement sets, ribbon
 * function registration, and Excel.run over the fake host, holding the workbook the test
 * put in window.__FAKE_WORKBOOK__. Each sync waits a little, as a round trip to Excel would.
 */
import { FakeExcelHost } from '../../fakes/excel/host';
import type { DocumentJson } from '../../fakes/excel/serialize';
import { documentFromJson, documentToJson } from '../../fakes/excel/serialize';

interface FakeWindow {
  __FAKE_WORKBOOK__: DocumentJson;
  __FAKE_SYNC_DELAY_MS__?: number;
  __FAKE_API_VERSION__?: string;
  __fake: {
    host: FakeExcelHost;
    functions: Record<string, (event: { completed(): void }) => Promise<void>>;
    shownAsTaskpane: number;
    document(): DocumentJson;
    selection(): string | undefined;
  };
  Office: unknown;
  Excel: unknown;
}

const w = window as unknown as FakeWindow;
const host = new FakeExcelHost(documentFromJson(w.__FAKE_WORKBOOK__));
const delay = w.__FAKE_SYNC_DELAY_MS__ ?? 0;
const functions: FakeWindow['__fake']['functions'] = {};

const slowRun: FakeExcelHost['run'] = (batch) =>
  host.run((context) => {
    const sync = context.sync.bind(context);
    (context as unknown as { sync: () => Promise<void> }).sync = async () => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      return sync();
    };
    return batch(context);
  });

w.__fake = {
  host,
  functions,
  shownAsTaskpane: 0,
  document: () => documentToJson(host.doc),
  selection: () => (host.doc.selection ? `${host.doc.selection.sheet.name}!${host.doc.selection.address}` : undefined),
};

const version = (v: string): number[] => v.split('.').map(Number);
w.Office = {
  onReady: (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    setTimeout(() => callback?.(info), 0);
    return Promise.resolve(info);
  },
  context: {
    requirements: {
      isSetSupported: (name: string, minVersion?: string) => {
        const has = name === 'ExcelApi' ? (w.__FAKE_API_VERSION__ ?? '1.17') : name === 'SharedRuntime' ? '1.2' : undefined;
        if (!has) return false;
        const [hasMajor = 0, hasMinor = 0] = version(has);
        const [major = 1, minor = 1] = version(minVersion ?? '1.1');
        return hasMajor > major || (hasMajor === major && hasMinor >= minor);
      },
    },
  },
  actions: { associate: (name: string, fn: FakeWindow['__fake']['functions'][string]) => (functions[name] = fn) },
  addin: {
    showAsTaskpane: async () => {
      w.__fake.shownAsTaskpane += 1;
    },
  },
};
w.Excel = { run: slowRun };
