/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { recalculate } from '../../src/app/recalculate';
import type { IndicatorResult, Override, Scenario } from '../../src/engine';
import { previewWhatIf, saveScenario } from '../../src/engine';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { parseBandingInput } from '../../src/taskpane/components/bandingInput';
import { WhatIfPanel } from '../../src/taskpane/components/WhatIfPanel';
import type { WhatIfApi } from '../../src/taskpane/components/WhatIfPanel';
import type { RunReport } from '../../src/session/report';
import { toReport } from '../../src/session/report';

// jsdom has no ResizeObserver; Fluent's MessageBar only needs it to exist.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoResizeObserver;

let report: RunReport;
let results: IndicatorResult[];
let indicators: Parameters<typeof saveScenario>[2];

beforeAll(async () => {
  const outcome = await recalculate(new ExcelJsGateway(buildKentWorkbook()), { checkOnly: true });
  if (!outcome.ok) throw new Error('Kent failed');
  report = toReport(outcome);
  results = outcome.results.byArea.get('Kent')!;
  indicators = outcome.indicators;
});

/** The real engine behind a fake workbook: scenarios live in memory, applied changes are recorded. */
function fakeApi() {
  let stored: Scenario[] = [];
  const applied: Map<string, Override>[] = [];
  const api: WhatIfApi = {
    preview: (changes) => previewWhatIf(results, changes),
    apply: async (changes) => void applied.push(changes),
    save: async (name, changes) => (stored = saveScenario(stored, { name, changes }, indicators)),
  };
  return { api, applied, stored: () => stored };
}

function renderPanel(api: WhatIfApi) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <WhatIfPanel indicators={report.indicators} saved={[]} api={api} busy={false} />
    </FluentProvider>,
  );
}

function changeTarget(id: string, text: string) {
  fireEvent.change(screen.getByLabelText('Indicator to change'), { target: { value: id } });
  fireEvent.change(screen.getByLabelText(/New target/), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Add change' }));
}

test('typed values are read as an analyst means them', () => {
  expect(parseBandingInput('91.6%', 'percentage')).toBe(0.916);
  expect(parseBandingInput('91.6', 'percentage')).toBe(0.916);
  expect(parseBandingInput('0.916', 'percentage')).toBe(0.916);
  expect(parseBandingInput(' 1,200 ', 'count')).toBe(1200);
  expect(parseBandingInput('', 'percentage')).toBeUndefined();
  expect(parseBandingInput('ninety', 'percentage')).toBe('bad');
  expect(parseBandingInput('15%', 'average')).toBe('bad');
});

test('preview shows the counts before and after and the indicators that flip; discard clears it', async () => {
  const { api } = fakeApi();
  renderPanel(api);
  changeTarget('2', '91.6%');
  expect(await screen.findByText('Green 19 → 18 · Amber 19 → 20 · Red 5 → 5')).toBeTruthy();
  const flips = screen.getByRole('list', { name: 'Indicators that would change RAG' });
  expect(flips.textContent).toBe('2 · % of C&F Assessments that were carried out within 45 working days: Green → Amber');
  expect(screen.getByRole('list', { name: 'Pending changes' }).textContent).toContain('Target 90.0% → 91.6%');
  fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
  expect(screen.queryByText(/Green 19 →/)).toBeNull();
  expect(screen.getByText('Changes discarded.')).toBeTruthy();
});

test('a floor on the wrong side is shown as a problem and cannot be applied', async () => {
  const { api } = fakeApi();
  renderPanel(api);
  fireEvent.change(screen.getByLabelText('Indicator to change'), { target: { value: '2' } });
  fireEvent.change(screen.getByLabelText(/New floor/), { target: { value: '95%' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add change' }));
  expect(await screen.findByText('Indicator 2: The floor 95.0% is above the target 90.0%.')).toBeTruthy();
  expect((screen.getByRole('button', { name: 'Apply to catalogue' }) as HTMLButtonElement).disabled).toBe(true);
});

test('scenarios: save, switch between them and the Baseline, and apply', async () => {
  const { api, applied, stored } = fakeApi();
  renderPanel(api);
  changeTarget('1', '20%');
  fireEvent.change(screen.getByLabelText('Scenario name'), { target: { value: 'Stretch' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
  expect(await screen.findByText('Saved scenario "Stretch".')).toBeTruthy();
  expect(stored().map((s) => s.name)).toEqual(['Baseline', 'Stretch']);

  // The Baseline is the catalogue as it is: loading it leaves nothing to change.
  fireEvent.change(screen.getByLabelText('Saved scenarios'), { target: { value: 'Baseline' } });
  fireEvent.click(screen.getByRole('button', { name: 'Load scenario' }));
  expect(screen.queryByRole('list', { name: 'Pending changes' })).toBeNull();

  fireEvent.change(screen.getByLabelText('Saved scenarios'), { target: { value: 'Stretch' } });
  fireEvent.click(screen.getByRole('button', { name: 'Load scenario' }));
  expect(screen.getByRole('list', { name: 'Pending changes' }).textContent).toContain('Target 25.0% → 20.0%');
  fireEvent.click(screen.getByRole('button', { name: 'Apply to catalogue' }));
  await waitFor(() => expect(applied).toHaveLength(1));
  expect([...(applied[0] ?? [])]).toEqual([['1', { target: 0.2 }]]);
  expect(await screen.findByText('Applied 1 change to the catalogue and recalculated.')).toBeTruthy();
});
