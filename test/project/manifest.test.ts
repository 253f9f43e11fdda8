import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'fs';
import { join } from 'path';
import { registerCommands } from '../../src/commands/commands';
import type { ScorecardService } from '../../src/session/service';
import { REQUIRED_SETS, SUPPORTED_EXCEL } from '../../src/session/supportedExcel';

/** The manifest read with a real XML parser, as Office would read it. */
const xml = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, isArray: () => false });
const manifest = parser.parse(xml).OfficeApp;

/** Every element or attribute value in the tree, with its path. */
function walk(node: unknown, path: string, visit: (path: string, value: unknown) => void): void {
  visit(path, node);
  if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${path}[${i}]`, visit));
  else if (node && typeof node === 'object')
    for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`, visit);
}

function collect(predicate: (path: string, value: unknown) => boolean): { path: string; value: unknown }[] {
  const found: { path: string; value: unknown }[] = [];
  walk(manifest, 'OfficeApp', (path, value) => {
    if (predicate(path, value)) found.push({ path, value });
  });
  return found;
}

const resources = manifest.VersionOverrides.Resources;
const list = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);
const ids = new Set<string>(
  [resources.Images.Image, resources.Urls.Url, resources.ShortStrings.String, resources.LongStrings.String].flatMap((group) =>
    list(group).map((r: { '@id': string }) => r['@id']),
  ),
);

describe('manifest.xml', () => {
  test('parses as an Excel (Workbook) task pane add-in with read/write permission', () => {
    expect(manifest['@type']).toBe('TaskPaneApp');
    expect(manifest.Hosts.Host['@Name']).toBe('Workbook');
    expect(manifest.Permissions).toBe('ReadWriteDocument');
  });

  test('every resid resolves to a resource and is at most 32 characters', () => {
    const resids = collect((path) => path.endsWith('/@resid')).map((r) => String(r.value));
    expect(resids.length).toBeGreaterThan(10);
    for (const resid of resids) {
      expect(ids.has(resid)).toBe(true);
      expect(resid.length).toBeLessThanOrEqual(32);
    }
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
  });

  test('the runtime, the function file and the task pane share one resid (a shared runtime)', () => {
    const host = manifest.VersionOverrides.Hosts.Host;
    const runtime = host.Runtimes.Runtime;
    const functionFile = host.DesktopFormFactor.FunctionFile['@resid'];
    const pane = collect(
      (path, value) => path.endsWith('/Action') && (value as { '@type'?: string })['@type'] === 'ShowTaskpane',
    )[0]?.value as {
      SourceLocation: { '@resid': string };
    };
    expect(runtime['@lifetime']).toBe('long');
    expect(new Set([runtime['@resid'], functionFile, pane.SourceLocation['@resid']]).size).toBe(1);
    expect(list(manifest.Requirements.Sets.Set).map((s: { '@Name': string }) => s['@Name'])).toContain('SharedRuntime');
  });

  test('every FunctionName is registered with Office.actions.associate', () => {
    const names = collect((path) => path.endsWith('/FunctionName')).map((r) => String(r.value));
    const associated: string[] = [];
    (globalThis as unknown as { Office: unknown }).Office = { actions: { associate: (name: string) => associated.push(name) } };
    registerCommands({} as ScorecardService);
    expect(names).toEqual(['recalculateScorecard']);
    expect(associated.sort()).toEqual([...new Set(names)].sort());
  });

  test('the ribbon has Recalculate scorecard (runs without the pane) and a button that opens the pane', () => {
    const controls = list(manifest.VersionOverrides.Hosts.Host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control);
    const label = (c: { Label: { '@resid': string } }) =>
      list(resources.ShortStrings.String).find((s: { '@id': string }) => s['@id'] === c.Label['@resid'])['@DefaultValue'];
    expect(controls.map((c) => [label(c), c.Action['@type']])).toEqual([
      ['Recalculate scorecard', 'ExecuteFunction'],
      ['Scorecard pane', 'ShowTaskpane'],
    ]);
  });

  test('every URL is https, and the icons exist in assets/', () => {
    const urls = collect((_path, value) => typeof value === 'string' && /^[a-z]+:\/\//i.test(value)).map((r) => String(r.value));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith('https://')).toBe(true);
    for (const url of urls.filter((u) => u.endsWith('.png'))) {
      expect(() => readFileSync(join(__dirname, '..', '..', 'assets', url.split('/').pop()!))).not.toThrow();
    }
  });
});

describe('where the add-in runs, said the same way everywhere', () => {
  test('the manifest description, the README and the pane carry the same words, within the 250 characters Office allows', () => {
    const description = String(manifest.Description['@DefaultValue']);
    expect(description).toContain(SUPPORTED_EXCEL);
    expect(description.length).toBeLessThanOrEqual(250);
    expect(readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8')).toContain(SUPPORTED_EXCEL);
    expect(readFileSync(join(__dirname, '..', '..', 'src', 'taskpane', 'App.tsx'), 'utf8')).toContain('{SUPPORTED_EXCEL}');
  });

  test('the manifest requires the sets the pane checks at start', () => {
    const sets = list(manifest.Requirements.Sets.Set).map(
      (s: { '@Name': string; '@MinVersion': string }) => `${s['@Name']} ${s['@MinVersion']}`,
    );
    expect(sets.sort()).toEqual(REQUIRED_SETS.map((r) => `${r.set} ${r.version}`).sort());
  });

  test('one task pane: every ShowTaskpane action carries the same TaskpaneId, as a shared runtime requires', () => {
    // "A shared runtime only supports the use of one task pane. Note that any task pane without a
    // <TaskpaneID> is considered a different task pane."
    // https://learn.microsoft.com/en-us/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime#multiple-task-panes
    const ids = collect((path) => path.endsWith('/TaskpaneId')).map((r) => String(r.value));
    const actions = collect(
      (path, value) => path.endsWith('/Action') && (value as { '@type'?: string })['@type'] === 'ShowTaskpane',
    );
    expect(actions.length).toBeGreaterThan(0);
    expect(ids).toHaveLength(actions.length);
    expect(new Set(ids).size).toBe(1);
  });
});
