/**
 * A catalogue kept as a table under another name (tblCatalogue) is not read; the message names
 * that table, which every gateway lists, rather than only pointing at the task pane.
 */
import { CATALOGUE_COLUMNS } from '../../../src/engine';
import { catalogueRow, miniWorkbook } from '../../helpers/miniWorkbook';
import { bothGateways } from './both';

test('a catalogue table named tblCatalogue is named in the no-catalogue error, through every gateway', async () => {
  const make = () => {
    const wb = miniWorkbook({ catalogue: null });
    const headers = CATALOGUE_COLUMNS.map((c) => c.header);
    const row = catalogueRow();
    wb.addWorksheet('KPI list').addTable({
      name: 'tblCatalogue',
      ref: 'A1',
      headerRow: true,
      columns: headers.map((name) => ({ name })),
      rows: [headers.map((h) => row[h] ?? null)],
    });
    return wb;
  };
  const { file, office } = await bothGateways(make);
  for (const outcome of [file, office]) {
    expect(outcome.issues.map((i) => [i.code, i.message.includes('The table "tblCatalogue" may be it')])).toEqual([
      ['no-catalogue', true],
    ]);
  }
});
