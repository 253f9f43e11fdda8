import { execFileSync } from 'child_process';
import { mkdirSync } from 'fs';
import type { Server } from 'http';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { documentFromExcelJs } from '../fakes/excel/bridge';
import { documentToJson } from '../fakes/excel/serialize';
import type { DocumentJson } from '../fakes/excel/serialize';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';
import { axeViolations } from './axe';
import { launch, openPane, serveDist } from './browser';
import { TEST_OUTPUT } from './soffice';

/**
 * The production task pane in headless Chromium, with the fake host injected in place of
 * office.js: what an analyst sees and clicks, at the width of a narrow task pane.
 */
let browser: Browser;
let server: Server;
let url: string;
const kent: DocumentJson = documentToJson(documentFromExcelJs(buildKentWorkbook()));

beforeAll(async () => {
  execFileSync('npx', ['webpack', '--config', 'webpack.fake-host.config.js'], {
    cwd: join(__dirname, '..', '..'),
    stdio: 'pipe',
  });
  mkdirSync(TEST_OUTPUT, { recursive: true });
  ({ server, url } = await serveDist());
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

test('Recalculate: the progress bar moves through the steps and the summary shows 19 Green, 19 Amber, 5 Red', async () => {
  const { page, errors, offsite } = await openPane(browser, url, { workbook: kent });
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[role=progressbar]');
      const value = bar?.getAttribute('aria-valuenow');
      if (value && seen[seen.length - 1] !== value) seen.push(value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.getByRole('button', { name: 'Recalculate scorecard' }).click();
  await page.getByText('Scorecard written: 43 indicators.').waitFor({ timeout: 20000 });
  const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress.map(Number));
  expect(progress.length).toBeGreaterThanOrEqual(2);
  expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  for (const [label, value] of [
    ['Green', 19],
    ['Amber', 19],
    ['Red', 5],
    ['↑ Improved', 14],
    ['→ Same', 1],
    ['↓ Worse', 28],
  ] as const) {
    await expect(page.getByRole('group', { name: `${label}: ${value}` }).count()).resolves.toBe(1);
  }
  await expect(page.getByText('3 % of Children seen at C&F Assessment: Green → Amber').count()).resolves.toBe(1);
  const written = await page.evaluate(
    () => (window as unknown as { __fake: { host: { stats: { syncs: number } } } }).__fake.host.stats.syncs,
  );
  expect(written).toBe(3); // the Office.js gateway's three round trips (README, Architecture)
  await page.screenshot({ path: join(TEST_OUTPUT, 'taskpane-kent.png'), fullPage: true });
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 321)
      .map((e) => `${e.tagName}.${e.className}`.slice(0, 80)),
  );
  expect(overflowing).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);
});

test('errors are listed with a link that selects the offending cell, and nothing is written', async () => {
  const bad = documentToJson(documentFromExcelJs(miniWorkbook({ catalogue: [catalogueRow({ Polarity: 'X' })] })));
  const { page } = await openPane(browser, url, { workbook: bad, syncDelayMs: 0 });
  await page.getByRole('button', { name: 'Recalculate scorecard' }).click();
  await page.getByText('Nothing was written. Fix the problems below, then run again.').waitFor();
  await page.getByRole('button', { name: 'Go to Catalogue!D2' }).click();
  await page.waitForFunction(
    () => (window as unknown as { __fake: { selection(): string } }).__fake.selection() === 'Catalogue!D2',
  );
  const sheets = await page.evaluate(() =>
    (window as unknown as { __fake: { document(): DocumentJson } }).__fake.document().sheets.map((s) => s.name),
  );
  expect(sheets).not.toContain('Scorecard');
  await page.screenshot({ path: join(TEST_OUTPUT, 'taskpane-errors.png'), fullPage: true });
});

test('markup typed into a cell is shown as text, never run as HTML', async () => {
  const name = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
  const bad = documentToJson(documentFromExcelJs(miniWorkbook({ catalogue: [catalogueRow({ ID: null, Indicator: name })] })));
  const { page, offsite } = await openPane(browser, url, { workbook: bad, syncDelayMs: 0 });
  await page.getByRole('button', { name: 'Recalculate scorecard' }).click();
  await page.getByText(`The row for "${name}" has no ID.`, { exact: false }).waitFor();
  const injected = await page.evaluate(() => ({
    images: document.querySelectorAll('#root img').length,
    bold: document.querySelectorAll('#root b').length,
    pwned: (window as unknown as { __pwned?: number }).__pwned,
  }));
  expect(injected).toEqual({ images: 0, bold: 0, pwned: undefined });
  expect(offsite).toEqual([]);
});

test('what-if: preview a stricter target, save it as a scenario, apply it, then put the Baseline back', async () => {
  const { page, errors } = await openPane(browser, url, { workbook: kent, syncDelayMs: 0 });
  const fake = () => page.evaluate(() => (window as unknown as { __fake: { document(): DocumentJson } }).__fake.document());
  const catalogueTarget = async () =>
    (await fake()).sheets.find((s) => s.name === 'Catalogue')!.cells.find(([k]) => k === '3,8')![1].value;
  await page.getByRole('button', { name: 'Recalculate scorecard' }).click();
  await page.getByText('Scorecard written: 43 indicators.').waitFor();

  await page.getByLabel('Indicator to change').selectOption('2');
  await page.getByLabel('New target').fill('91.6%');
  await page.getByRole('button', { name: 'Add change' }).click();
  await page.getByText('Green 19 → 18 · Amber 19 → 20 · Red 5 → 5').waitFor();
  await page.getByText('2 · % of C&F Assessments that were carried out within 45 working days: Green → Amber').waitFor();
  await page.screenshot({ path: join(TEST_OUTPUT, 'taskpane-whatif.png'), fullPage: true });

  // Discard leaves the workbook alone.
  await page.getByRole('button', { name: 'Discard' }).click();
  await page.getByText('Changes discarded.').waitFor();
  expect(await catalogueTarget()).toBe(0.9);

  await page.getByLabel('Indicator to change').selectOption('2');
  await page.getByLabel('New target').fill('91.6%');
  await page.getByRole('button', { name: 'Add change' }).click();
  await page.getByLabel('Scenario name').fill('Stretch');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await page.getByText('Saved scenario "Stretch".').waitFor();
  await page.getByRole('button', { name: 'Apply to catalogue' }).click();
  await page.getByText('Applied 1 change to the catalogue and recalculated.').waitFor();
  expect(await catalogueTarget()).toBe(0.916);
  await expect(page.getByRole('group', { name: 'Green: 18' }).count()).resolves.toBe(1);

  // Switch back: the Baseline puts the original target back.
  await page.getByLabel('Saved scenarios').selectOption('Baseline');
  await page.getByRole('button', { name: 'Load scenario' }).click();
  await page.getByText('Green 18 → 19 · Amber 20 → 19 · Red 5 → 5').waitFor();
  await page.getByRole('button', { name: 'Apply to catalogue' }).click();
  await page.getByText('Applied 1 change to the catalogue and recalculated.').waitFor();
  expect(await catalogueTarget()).toBe(0.9);
  await expect(page.getByRole('group', { name: 'Green: 19' }).count()).resolves.toBe(1);
  expect((await fake()).sheets.map((s) => s.name)).toContain('Scorecard scenarios');
  expect(errors).toEqual([]);
});

test('works by keyboard: Tab to the primary action and press Enter', async () => {
  const { page } = await openPane(browser, url, { workbook: kent, syncDelayMs: 0 });
  await page.getByRole('button', { name: 'Recalculate scorecard' }).waitFor();
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Recalculate scorecard');
  await page.keyboard.press('Enter');
  await page.getByText('Scorecard written: 43 indicators.').waitFor();
});

/** What has focus: its role, accessible name as a screen reader would start it, and its text. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return '(nothing)';
    const label = e.getAttribute('aria-label') ?? (e.id ? document.querySelector(`label[for="${e.id}"]`)?.textContent : null);
    return `${e.getAttribute('role') ?? e.tagName.toLowerCase()}: ${label ?? e.textContent ?? ''}`.trim();
  });
}

/** Tab forward until focus reaches `target`, never more than `limit` times; the stops passed on the way. */
async function tabTo(page: Page, target: string, limit = 80): Promise<string[]> {
  const passed: string[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now === target) return passed;
    passed.push(now);
  }
  throw new Error(`${target} not reached by Tab; passed ${passed.join(' | ')}`);
}

test('keyboard only: recalculate, go to a problem cell, what-if preview and discard, and set up a catalogue', async () => {
  // Recalculate, then the first problem's link, by Tab and Enter.
  const bad = documentToJson(documentFromExcelJs(miniWorkbook({ catalogue: [catalogueRow({ Polarity: 'X' })] })));
  const issues = await openPane(browser, url, { workbook: bad, syncDelayMs: 0 });
  await issues.page.getByRole('button', { name: 'Recalculate scorecard' }).waitFor();
  expect(await tabTo(issues.page, 'button: Recalculate scorecard')).toEqual([]);
  await issues.page.keyboard.press('Enter');
  await issues.page.getByText('Nothing was written. Fix the problems below, then run again.').waitFor();
  expect(await focused(issues.page)).toBe('button: Recalculate scorecard'); // focus stayed through the run
  await tabTo(issues.page, 'button: Go to Catalogue!D2');
  await issues.page.keyboard.press('Enter');
  await issues.page.waitForFunction(
    () => (window as unknown as { __fake: { selection(): string } }).__fake.selection() === 'Catalogue!D2',
  );

  // What if…: choose an indicator with the arrow key, type a target, add, preview, then discard with Space.
  const { page, errors } = await openPane(browser, url, { workbook: kent, syncDelayMs: 0 });
  await page.getByRole('button', { name: 'Recalculate scorecard' }).waitFor();
  await tabTo(page, 'button: Recalculate scorecard');
  await page.keyboard.press('Space');
  await page.getByText('Scorecard written: 43 indicators.').waitFor();
  const toWhatIf = await tabTo(page, 'select: Indicator to change');
  expect(toWhatIf).toContain('button: Copy narrative');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Indicator to change').inputValue()).resolves.toBe('2');
  await tabTo(page, 'input: New target', 3);
  await page.keyboard.type('91.6%');
  await tabTo(page, 'button: Add change', 3);
  await page.keyboard.press('Enter');
  await page.getByText('Green 19 → 18 · Amber 19 → 20 · Red 5 → 5').waitFor();
  expect(await focused(page)).toBe('button: Add change');
  expect(await tabTo(page, 'button: Discard', 5)).toEqual(['button: Remove change to 2', 'button: Apply to catalogue']);
  await page.keyboard.press('Space');
  await page.getByText('Changes discarded.').waitFor();
  expect(await focused(page)).toBe('status: Changes discarded.');
  expect(await page.getByText(/Green 19 → 18/).count()).toBe(0);
  // From there Tab carries on through the rest of the pane.
  await tabTo(page, 'select: Indicator', 5);
  expect(errors).toEqual([]);

  // Set up a catalogue in an empty workbook: focus lands on the outcome, which says what was made.
  const empty = documentToJson(documentFromExcelJs(miniWorkbook({ catalogue: null })));
  const setUp = await openPane(browser, url, { workbook: empty, syncDelayMs: 0 });
  await setUp.page.getByRole('button', { name: 'Recalculate scorecard' }).waitFor();
  await tabTo(setUp.page, 'button: Recalculate scorecard');
  await setUp.page.keyboard.press('Enter');
  // The offer appears once the check has found no catalogue: wait for it, then reach it by Tab.
  await setUp.page.getByRole('button', { name: 'Set up catalogue' }).waitFor();
  await tabTo(setUp.page, 'button: Set up catalogue', 5);
  await setUp.page.keyboard.press('Enter');
  await setUp.page.getByText(/Created Catalogue, Data/).waitFor();
  expect(await focused(setUp.page)).toMatch(/^div: .*Created Catalogue, Data/);
});

test('Check catalogue counts without writing anything', async () => {
  const { page } = await openPane(browser, url, { workbook: kent, syncDelayMs: 0 });
  await page.getByRole('button', { name: 'Check catalogue without writing' }).click();
  await page.getByText('The catalogue checks out: 43 indicators, nothing written.').waitFor();
  const sheets = await page.evaluate(() =>
    (window as unknown as { __fake: { document(): DocumentJson } }).__fake.document().sheets.map((s) => s.name),
  );
  expect(sheets).not.toContain('Scorecard');
});

test('a workbook with no catalogue is offered one, which then checks out', async () => {
  const empty = documentToJson(documentFromExcelJs(miniWorkbook({ catalogue: null })));
  empty.tables = empty.tables.filter((t) => t.name !== 'ScorecardSettings');
  empty.sheets = empty.sheets.filter((s) => s.name !== 'Settings');
  const { page } = await openPane(browser, url, { workbook: empty, syncDelayMs: 0 });
  await page.getByRole('button', { name: 'Recalculate scorecard' }).click();
  await page.getByRole('button', { name: 'Set up catalogue' }).click();
  await page.getByText(/Created Catalogue, Data, Settings/).waitFor();
  await page.getByText('The catalogue checks out: 1 indicator, nothing written.').waitFor();
  const tables = await page.evaluate(() =>
    (window as unknown as { __fake: { document(): DocumentJson } }).__fake.document().tables.map((t) => t.name),
  );
  expect(tables.sort()).toEqual(['Catalogue', 'ScorecardData', 'ScorecardSettings']);
});

test('Use selection fills the numerator reference from the selected cells', async () => {
  const { page } = await openPane(browser, url, { workbook: kent, syncDelayMs: 0 });
  await page.getByRole('button', { name: 'Check catalogue without writing' }).click();
  await page.getByText(/The catalogue checks out/).waitFor();
  await page.evaluate(() => {
    const fake = (window as unknown as { __fake: { host: { doc: { sheet(n: string): unknown; selection: unknown } } } }).__fake;
    fake.host.doc.selection = { sheet: fake.host.doc.sheet('County figures'), address: 'C9' };
  });
  await page.getByLabel('Indicator', { exact: true }).selectOption('2');
  await page.getByRole('button', { name: 'Use selection as numerator' }).click();
  await page.getByText("Indicator 2: numerator reference set to 'County figures'!C9.").waitFor();
  const cell = await page.evaluate(() => {
    const doc = (window as unknown as { __fake: { document(): DocumentJson } }).__fake.document();
    return doc.sheets.find((s) => s.name === 'Catalogue')!.cells.find(([k]) => k === '3,14')![1].value;
  });
  expect(cell).toBe("'County figures'!C9");
});

test('the ribbon command recalculates without the pane, and opens the pane when there are problems', async () => {
  const { page } = await openPane(browser, url, { workbook: kent, syncDelayMs: 0 });
  await page.getByRole('button', { name: 'Recalculate scorecard' }).waitFor();
  const result = await page.evaluate(async () => {
    const fake = (
      window as unknown as {
        __fake: {
          functions: Record<string, (e: { completed(): void }) => Promise<void>>;
          shownAsTaskpane: number;
          document(): DocumentJson;
        };
      }
    ).__fake;
    let completed = false;
    const recalculateScorecard = fake.functions.recalculateScorecard;
    if (!recalculateScorecard) throw new Error('The ribbon command recalculateScorecard was not registered.');
    await recalculateScorecard({ completed: () => (completed = true) });
    return { completed, shown: fake.shownAsTaskpane, sheets: fake.document().sheets.map((s) => s.name) };
  });
  expect(result).toMatchObject({ completed: true, shown: 0 });
  expect(result.sheets).toEqual(expect.arrayContaining(['Scorecard', 'Summary']));
});

test('an Excel too old for the add-in says so plainly and offers no action', async () => {
  const { page } = await openPane(browser, url, { workbook: kent, apiVersion: '1.7' });
  await page.getByText('This version of Excel cannot run the scorecard').waitFor();
  await page.getByText('This Excel lacks ExcelApi 1.9.', { exact: false }).waitFor();
  await expect(page.getByRole('button', { name: 'Recalculate scorecard' }).isDisabled()).resolves.toBe(true);
});

test('axe-core finds no accessibility violations at start, after runs with problems and with results, and with what-if open, in a 320 px pane', async () => {
  const seen: Record<string, string[]> = {};
  const bad = documentToJson(documentFromExcelJs(miniWorkbook({ catalogue: [catalogueRow({ Polarity: 'X' })] })));
  const withIssues = await openPane(browser, url, { workbook: bad, syncDelayMs: 0 });
  seen.start = await axeViolations(withIssues.page);
  await withIssues.page.getByRole('button', { name: 'Recalculate scorecard' }).click();
  await withIssues.page.getByText('Nothing was written. Fix the problems below, then run again.').waitFor();
  seen.issues = await axeViolations(withIssues.page);

  const { page } = await openPane(browser, url, { workbook: kent, syncDelayMs: 0 });
  await page.getByRole('button', { name: 'Recalculate scorecard' }).click();
  await page.getByText('Scorecard written: 43 indicators.').waitFor();
  seen.written = await axeViolations(page);
  await page.getByLabel('Indicator to change').selectOption('2');
  await page.getByLabel('New target').fill('91.6%');
  await page.getByRole('button', { name: 'Add change' }).click();
  await page.getByText('Green 19 → 18 · Amber 19 → 20 · Red 5 → 5').waitFor();
  seen.whatIf = await axeViolations(page);
  await page.getByLabel('Scenario name').fill('Stretch');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await page.getByText('Saved scenario "Stretch".').waitFor();
  seen.scenarios = await axeViolations(page);
  expect(await page.evaluate(() => window.innerWidth)).toBe(320);

  const empty = documentToJson(documentFromExcelJs(miniWorkbook({ catalogue: null })));
  const setUp = await openPane(browser, url, { workbook: empty, syncDelayMs: 0 });
  await setUp.page.getByRole('button', { name: 'Recalculate scorecard' }).click();
  await setUp.page.getByRole('button', { name: 'Set up catalogue' }).waitFor();
  seen.setUp = await axeViolations(setUp.page);

  const old = await openPane(browser, url, { workbook: kent, apiVersion: '1.7' });
  await old.page.getByText('This version of Excel cannot run the scorecard').waitFor();
  seen.unsupported = await axeViolations(old.page);

  expect(seen).toEqual({ start: [], issues: [], written: [], whatIf: [], scenarios: [], setUp: [], unsupported: [] });

  // The checker is live: a button with no name, planted in the page, is reported.
  await old.page.evaluate(() => document.querySelector('main')?.appendChild(document.createElement('button')));
  expect((await axeViolations(old.page)).join('\n')).toMatch(/^button-name \(critical\)/);
});

test('the production manifest points at the production host, never localhost', () => {
  const manifest = require('fs').readFileSync(join(__dirname, '..', '..', 'dist', 'web', 'manifest.xml'), 'utf8') as string;
  expect(manifest).not.toContain('localhost');
  expect(manifest).toContain('https://');
});
