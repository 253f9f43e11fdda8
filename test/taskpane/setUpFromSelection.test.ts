/**
 * Setting up from the selection, through Microsoft's Office.js on the test host: the analyst
 * selects the header cells of the bundled monthly return and the pane proposes catalogue rows,
 * sets up a catalogue with them or adds them after the catalogue's own rows.
 */
import { buildMonthlyReturnWorkbook, MONTHLY_SHEET } from '../../src/example/monthlyReturnExample';
import type { SelectionProposal } from '../../src/session/service';
import { ScorecardService } from '../../src/session/service';
import { Store } from '../../src/session/store';
import { hostFor } from '../helpers/office';
import { modelTableRowsAdd } from '../helpers/tableRows';

beforeAll(modelTableRowsAdd);

function monthlyReturn({ withCatalogue }: { withCatalogue: boolean }) {
  const wb = buildMonthlyReturnWorkbook();
  if (!withCatalogue) wb.removeWorksheet(wb.getWorksheet('Catalogue')!.id);
  const host = hostFor(wb);
  const store = new Store();
  return { host, store, service: new ScorecardService(host.run, store) };
}

function proposed(found: SelectionProposal): Extract<SelectionProposal, { ok: true }> {
  if (!found.ok) throw new Error(`${found.why} ${found.fix}`);
  return found;
}

test('selected headers with no catalogue: a catalogue of proposed rows, left for polarity, target and floor', async () => {
  const { host, service, store } = monthlyReturn({ withCatalogue: false });
  host.doc.selection = { sheet: host.doc.sheet(MONTHLY_SHEET)!, address: 'B5:M5' };
  host.stats.reset();
  const found = proposed(await service.proposeFromSelection());
  expect(host.stats.syncs).toBe(2);
  expect(host.stats.requests.every((r) => r.writes === 0)).toBe(true);
  expect(found.address).toBe("'Monthly return'!B5:M5");
  expect(found.proposal.found).toBe('months in column A, Apr 2023 to Mar 2025 (24); headers in row 5');
  expect(found.proposal.rows).toHaveLength(12);
  expect(found.catalogue).toBeUndefined();

  const said = await service.addProposedRows(found);
  expect(said).toMatch(
    /^Created Catalogue, Data, with 12 rows in the catalogue from 'Monthly return'!B5:M5\. Fill in Polarity, Target and Floor on each row to rate it/,
  );
  const catalogue = host.doc.sheet('Catalogue')!;
  expect(catalogue.cell(2, 3)!.value).toBe('Referrals');
  expect(catalogue.cell(5, 3)!.value).toBe('Assessments completed in 45 days as % of Assessments completed');

  // Nothing on the catalogue is wrong but the blanks left for the analyst (which the check lists,
  // or reads as context measures with no RAG once the engine allows them).
  const report = await service.recalculate('check');
  expect(store.get().report).toBe(report);
  const onCatalogue = report!.issues.filter((i) => i.severity === 'error' && i.at?.sheet === 'Catalogue');
  expect(onCatalogue.filter((i) => !['missing-polarity', 'missing-target'].includes(i.code))).toEqual([]);

  // Finished by the analyst: a polarity, target and floor on every row, and it recalculates in place.
  for (let row = 2; row <= 13; row++) {
    const percentage = catalogue.cell(row, 6)!.value === 'percentage';
    catalogue.edit(row, 4).value = 'L';
    catalogue.edit(row, 8).value = percentage ? 0.5 : 1000000;
    catalogue.edit(row, 9).value = percentage ? 0.6 : 2000000;
  }
  const finished = await service.recalculate('recalculate');
  expect(finished?.issues.filter((i) => i.severity === 'error').map((i) => i.message)).toEqual([]);
  expect(finished?.total?.total).toBe(12);
});

test('selected headers with a catalogue: only the columns it does not use yet, added after its rows', async () => {
  const { host, service } = monthlyReturn({ withCatalogue: true });
  host.doc.selection = { sheet: host.doc.sheet(MONTHLY_SHEET)!, address: 'B5:M5' };
  const found = proposed(await service.proposeFromSelection());
  expect(found.catalogue?.table).toBe('Catalogue');
  expect(found.proposal.rows.map((r) => [r.fields.id, r.fields.name, r.fields.numeratorRef])).toEqual([
    [11, 'Re-referrals within 12 months as % of Referrals', "'Monthly return'!C:C"],
  ]);
  expect(found.proposal.skipped).toHaveLength(11);

  host.stats.reset();
  expect(await service.addProposedRows(found)).toMatch(/^Added 1 row to the Catalogue table from 'Monthly return'!B5:M5\./);
  expect(host.stats.syncs).toBe(1);
  const table = host.doc.table('Catalogue')!;
  expect(table.address).toMatch(/^A1:[A-Z]+12$/);
  expect(table.sheet.cell(12, 1)!.value).toBe(11);
  expect(table.sheet.cell(12, 14)!.value).toBe("'Monthly return'!C:C");

  const report = await service.recalculate('check');
  // Only the new row's blanks, if anything: the rest of the catalogue reads as before.
  const errors = report!.issues.filter((i) => i.severity === 'error');
  const blanks = [
    ['missing-polarity', '11', 'D12'],
    ['missing-target', '11', 'H12'],
  ];
  expect(blanks).toEqual(expect.arrayContaining(errors.map((i) => [i.code, i.indicatorId, i.at?.cell])));
});

test('a selection that is not a monthly sheet says why and what to do, and writes nothing', async () => {
  const { host, service } = monthlyReturn({ withCatalogue: true });
  host.doc.selection = { sheet: host.doc.sheet('Settings')!, address: 'B2' };
  host.stats.reset();
  const found = await service.proposeFromSelection();
  expect(found).toEqual({
    ok: false,
    address: 'Settings!B2',
    why: expect.stringMatching(/^No month column was found left of column B/),
    fix: expect.stringMatching(/^Select the header cells of your monthly sheet/),
  });
  expect(host.stats.requests.every((r) => r.writes === 0)).toBe(true);
});
