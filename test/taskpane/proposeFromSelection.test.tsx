/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { RawCell, RawRange } from '../../src/engine';
import { InputProblem, parseRangeAddress, proposeRows, recogniseMonthlySheet } from '../../src/engine';
import { buildMonthlyReturnWorkbook, MONTHLY_SHEET } from '../../src/example/monthlyReturnExample';
import type { ProposalApi, Proposed } from '../../src/taskpane/components/ProposeFromSelection';
import { ProposeFromSelection } from '../../src/taskpane/components/ProposeFromSelection';
import type { SelectionProposal } from '../../src/session/service';

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoResizeObserver;

/** The real engine's proposal for the monthly return's selected headers B5:E5. */
function monthlyProposal(): Proposed {
  const sheet = buildMonthlyReturnWorkbook().getWorksheet(MONTHLY_SHEET)!;
  const cells: RawCell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++)
    cells.push([1, 2, 3, 4, 5].map((c) => (sheet.getCell(r, c).value as RawCell) ?? null));
  const block: RawRange = { sheet: MONTHLY_SHEET, address: 'A1', top: 1, left: 1, cells };
  const found = recogniseMonthlySheet({ selection: parseRangeAddress('B5:E5')!, block });
  if (!found.ok) throw new Error(found.why);
  return {
    ok: true,
    address: "'Monthly return'!B5:E5",
    proposal: proposeRows(found),
    catalogue: { table: 'Catalogue', header: [] },
  };
}

function renderSection(api: ProposalApi) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ProposeFromSelection api={api} busy={false} />
    </FluentProvider>,
  );
}

test('the proposal is shown before anything is written, and added on the one primary action', async () => {
  const added: Proposed[] = [];
  const api: ProposalApi = {
    propose: async () => monthlyProposal(),
    add: async (found) => {
      added.push(found);
      return 'Added 4 rows to the Catalogue table.';
    },
  };
  renderSection(api);
  fireEvent.click(screen.getByRole('button', { name: 'Propose rows from selection' }));
  const list = await screen.findByRole('list', { name: 'Proposed catalogue rows' });
  expect(
    within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    "1 Referrals — count, R12M: 'Monthly return'!B:B",
    "2 Re-referrals within 12 months as % of Referrals — percentage, R12M: 'Monthly return'!C:C over 'Monthly return'!B:B",
    "3 Assessments completed — count, R12M: 'Monthly return'!D:D",
    "4 Assessments completed in 45 days as % of Assessments completed — percentage, R12M: 'Monthly return'!E:E over 'Monthly return'!D:D",
  ]);
  expect(screen.getByText(/months in column A, Apr 2023 to Mar 2025 \(24\); headers in row 5/)).toBeTruthy();
  expect(screen.getByText(/Polarity, Target and Floor are left blank for you/)).toBeTruthy();
  expect(added).toHaveLength(0);
  // Focus goes to the proposal, so a screen reader reads it next.
  await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^From 'Monthly return'!B5:E5/));

  const primary = screen.getByRole('button', { name: 'Add 4 rows to the catalogue' });
  // One primary action while a proposal is shown; the other choice is Cancel.
  expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Add 4 rows to the catalogue', 'Cancel']);
  fireEvent.click(primary);
  await screen.findByText('Added 4 rows to the Catalogue table.');
  expect(added).toHaveLength(1);
  expect(screen.queryByRole('list', { name: 'Proposed catalogue rows' })).toBeNull();
  await waitFor(() => expect(document.activeElement?.textContent).toBe('Propose rows from selection'));
});

test('a selection that is not a monthly sheet says why and what to do; Cancel drops a proposal', async () => {
  const answers: SelectionProposal[] = [
    {
      ok: false,
      address: 'Settings!B2',
      why: 'No month column was found left of column B.',
      fix: 'Select the header cells of your monthly sheet.',
    },
    monthlyProposal(),
  ];
  renderSection({ propose: async () => answers.shift()!, add: async () => '' });
  fireEvent.click(screen.getByRole('button', { name: 'Propose rows from selection' }));
  expect(
    await screen.findByText(/Settings!B2: No month column was found left of column B\. Select the header cells/),
  ).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Propose rows from selection' }));
  await screen.findByRole('list', { name: 'Proposed catalogue rows' });
  expect(screen.queryByText(/No month column/)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('list', { name: 'Proposed catalogue rows' })).toBeNull();
  expect(screen.getByRole('button', { name: 'Propose rows from selection' })).toBeTruthy();
});

test('a failed write is said in words, and the proposal stays to try again', async () => {
  renderSection({
    propose: async () => monthlyProposal(),
    add: async () => {
      throw new InputProblem([
        {
          severity: 'error',
          code: 'catalogue-not-a-table',
          message: 'The catalogue on sheet Catalogue is not an Excel table.',
          fix: 'Make it a table.',
          at: { sheet: 'Catalogue', cell: 'A1' },
        },
      ]);
    },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Propose rows from selection' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Add 4 rows to the catalogue' }));
  expect(
    await screen.findByText(
      'Could not add the rows: Catalogue!A1: The catalogue on sheet Catalogue is not an Excel table. Make it a table.',
    ),
  ).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Add 4 rows to the catalogue' })).toBeTruthy();
});
