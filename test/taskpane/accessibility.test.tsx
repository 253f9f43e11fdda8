/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { recalculate } from '../../src/app/recalculate';
import { previewWhatIf } from '../../src/engine';
import type { IndicatorResult } from '../../src/engine';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { Notice } from '../../src/taskpane/components/Notice';
import { RunPanel } from '../../src/taskpane/components/RunPanel';
import { SummaryView } from '../../src/taskpane/components/SummaryView';
import { WhatIfPanel } from '../../src/taskpane/components/WhatIfPanel';
import type { RunReport } from '../../src/session/report';
import { toReport } from '../../src/session/report';

/** What the pane does for keyboard and screen-reader users when controls come and go. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoResizeObserver;

let report: RunReport;
let results: IndicatorResult[];

beforeAll(async () => {
  const outcome = await recalculate(new ExcelJsGateway(buildKentWorkbook()), { checkOnly: true });
  if (!outcome.ok) throw new Error('Kent failed');
  report = toReport(outcome);
  results = outcome.results.byArea.get('Kent')!;
});

const inFluent = (ui: ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

function whatIf() {
  const api = { preview: previewWhatIf.bind(null, results), apply: async () => undefined, save: async () => [] };
  inFluent(<WhatIfPanel indicators={report.indicators} saved={[]} api={api} busy={false} />);
}

function addTarget(id: string, text: string): HTMLElement {
  fireEvent.change(screen.getByLabelText('Indicator to change'), { target: { value: id } });
  fireEvent.change(screen.getByLabelText(/New target/), { target: { value: text } });
  const add = screen.getByRole('button', { name: 'Add change' });
  add.focus();
  fireEvent.click(add);
  return add;
}

test('while a run is under way the run buttons keep focus (aria-disabled) and do nothing when pressed', () => {
  const onRecalculate = jest.fn();
  inFluent(
    <RunPanel busy step="reading" mode="recalculate" disabled={false} onRecalculate={onRecalculate} onCheck={jest.fn()} />,
  );
  const button = screen.getByRole('button', { name: 'Recalculate scorecard' }) as HTMLButtonElement;
  expect(button.disabled).toBe(false);
  expect(button.getAttribute('aria-disabled')).toBe('true');
  button.focus();
  fireEvent.click(button);
  expect(onRecalculate).not.toHaveBeenCalled();
  expect(document.activeElement).toBe(button);
});

test('an Excel that cannot run the add-in gets truly disabled buttons', () => {
  inFluent(<RunPanel busy={false} disabled onRecalculate={jest.fn()} onCheck={jest.fn()} />);
  expect((screen.getByRole('button', { name: 'Recalculate scorecard' }) as HTMLButtonElement).disabled).toBe(true);
});

test('Add change keeps focus after adding, though there is nothing more to add', async () => {
  whatIf();
  const add = addTarget('2', '91.6%');
  expect(await screen.findByText('Green 19 → 18 · Amber 19 → 20 · Red 5 → 5')).toBeTruthy();
  expect(document.activeElement).toBe(add);
  expect(add.getAttribute('aria-disabled')).toBe('true');
});

test('Discard and Remove take focus to the status that says what happened, since the button pressed is gone', async () => {
  whatIf();
  addTarget('2', '91.6%');
  await screen.findByText(/Green 19 → 18/);
  fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
  expect(screen.getByRole('status').textContent).toBe('Changes discarded.');
  expect(document.activeElement).toBe(screen.getByRole('status'));

  addTarget('3', '97%');
  await screen.findByRole('list', { name: 'Pending changes' });
  fireEvent.click(screen.getByRole('button', { name: 'Remove change to 3' }));
  expect(document.activeElement?.textContent).toBe('Removed the change to indicator 3.');
});

test('Apply takes focus to the status once the catalogue is changed', async () => {
  whatIf();
  addTarget('2', '91.6%');
  await screen.findByText(/Green 19 → 18/);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Apply to catalogue' })));
  expect(document.activeElement?.textContent).toBe('Applied 1 change to the catalogue and recalculated.');
});

test('a notice is named by its title, or by its text when it has none, never by an id that is not there', () => {
  inFluent(
    <>
      <Notice intent="success">Scorecard written: 43 indicators.</Notice>
      <Notice intent="error" title="The run did not finish">
        Excel refused.
      </Notice>
    </>,
  );
  const named = screen.getAllByRole('group').map((group) => {
    const ids = group.getAttribute('aria-labelledby')!.split(' ');
    return ids.map((id) => document.getElementById(id)?.textContent).join(' ');
  });
  expect(named).toEqual(['Scorecard written: 43 indicators.', 'The run did not finish']);
});

test('the summary counts are named groups a screen reader reads as "Green: 19"', () => {
  inFluent(<SummaryView report={report} />);
  expect(screen.getByRole('group', { name: 'RAG ratings' })).toBeTruthy();
  expect(screen.getByRole('group', { name: 'Direction of travel' })).toBeTruthy();
  expect(screen.getByRole('group', { name: 'Green: 19' })).toBeTruthy();
});
