/**
 * Corpus cases from the new-user tester's workbooks (issues #10/#11 follow-ups): layouts other
 * authorities keep, each with the exact message the user reads.
 */
import { AREAS, addLocalitySheet, LAST_ROW, localitySpec, RATE_ROW } from '../../helpers/localityBlock';
import { CATALOGUE_COLUMNS } from '../../../src/engine';
import { catalogueRow } from '../../helpers/miniWorkbook';
import type { CorpusCase } from './cases';

export const NEW_USER_CASES: CorpusCase[] = [
  {
    name: 'a header over an area column that is not in the Areas setting',
    spec: localitySpec({ areas: ['Eastborough', 'North Hub', 'South Hub', 'West Hub'] }),
    tweak: (wb) => addLocalitySheet(wb),
    severity: 'error',
    code: 'area-header-unknown',
    says: "'Locality data'!H4, indicator 101: The header over a column of Numerator ref 'Locality data'!G5:J28 says \"Åre Ñorth\", which is not one of the Areas in the Settings table (Eastborough, North Hub, South Hub, West Hub): the block's columns are matched to areas by their headers. Make the header the area name exactly as in the Areas setting (or add the area there), or point the reference at the area columns only.",
  },
  {
    name: 'an area in the Areas setting with no column under the headers',
    spec: localitySpec({ areas: [...AREAS, 'Westfield'] }),
    tweak: (wb) => addLocalitySheet(wb),
    severity: 'error',
    code: 'area-header-missing',
    says: "'Locality data'!G4, indicator 101: Area \"Westfield\" has no column under the headers of Numerator ref 'Locality data'!G5:J28 ('Locality data'!G4:J4). Add a column for each area in the Areas setting, or take the areas with no figures out of that setting.",
  },
  {
    name: 'a blank header among the area headers',
    spec: localitySpec(),
    tweak: (wb) => addLocalitySheet(wb, ['Eastborough', null, 'Łódź Ward', 'Ynys Môn Ŵest']),
    severity: 'error',
    code: 'area-header-unknown',
    says: "'Locality data'!H4, indicator 101: The header over a column of Numerator ref 'Locality data'!G5:J28 is blank, though the cells beside it name the columns: the block's columns are matched to areas by their headers. Make the header the area name exactly as in the Areas setting (or add the area there), or point the reference at the area columns only.",
  },
  {
    name: 'a block of area columns with no header row',
    spec: localitySpec(),
    tweak: (wb) => addLocalitySheet(wb, null),
    severity: 'warning',
    code: 'areas-by-order',
    says: "Catalogue!N2, indicator 101: Numerator ref 'Locality data'!G5:J28 has no header row naming its 4 columns, so they are read as the Areas setting in order (Eastborough, Åre Ñorth, Łódź Ward, Ynys Môn Ŵest). Check the columns are in that order, or put the area names in a row above the first month so they are matched by name.",
  },
  {
    name: "a blank latest-month cell behind the authority's own figure",
    spec: localitySpec(),
    tweak: (wb) => {
      addLocalitySheet(wb).getCell(`G${LAST_ROW}`).value = null;
    },
    severity: 'warning',
    code: 'no-figure',
    says: "'Locality data'!G28, indicator 101: There is no figure for Eastborough in March 2025, as 'Locality data'!G28 is blank, so the row shows \"-\". Fill in that cell (0 where there were none), then recalculate; earlier months are still shown.",
  },
  {
    name: 'area blocks without a column for the authority itself',
    spec: localitySpec({
      areas: AREAS.slice(1),
      catalogue: [
        RATE_ROW({ 'Numerator ref': `'Locality data'!H5:J${LAST_ROW}`, 'Denominator ref': `'Locality data'!C5:E${LAST_ROW}` }),
      ],
    }),
    tweak: (wb) => addLocalitySheet(wb),
    severity: 'warning',
    code: 'no-figure',
    says: 'Catalogue!N2, indicator 101: There is no figure for Eastborough in March 2025, so the row shows "-": the references on the catalogue row give figures for Åre Ñorth, Łódź Ward, Ynys Môn Ŵest only. If the scorecard should show Eastborough itself, add "Eastborough" to the Areas setting and give it a column in the referenced block; otherwise nothing to do, the areas have their own scorecards.',
  },
  {
    name: 'a blank denominator month in the middle of a monthly series',
    spec: localitySpec(),
    tweak: (wb) => {
      addLocalitySheet(wb).getCell('B15').value = null;
    },
    severity: 'warning',
    code: 'series-blank',
    says: "'Locality data'!B15, indicator 101: Denominator ref 'Locality data'!B5:E28 has no figure for Feb 2024 (B15): results that need that month are shown as \"-\". Fill in the figures (0 where there were none), or nothing to do if the months are before the period the scorecard shows.",
  },
  {
    name: 'a catalogue sheet (no table) with a title above its headers',
    spec: { catalogue: null },
    tweak: (wb) => {
      const sheet = wb.addWorksheet('Catalogue');
      const headers = CATALOGUE_COLUMNS.map((c) => c.header);
      sheet.getCell('A1').value = 'Indicator catalogue';
      sheet.mergeCells('A1:E1');
      sheet.getRow(2).values = headers;
      const row = catalogueRow();
      sheet.getRow(3).values = headers.map((h) => row[h] ?? null);
    },
    severity: 'error',
    code: 'blank-header',
    says: 'Catalogue!A1: The first row of the Catalogue sheet holds a title, not the column headers, which are in row 2: without a table, the headers must be the first row. Move the title out of row 1 so the headers are the first row, or select the headers and the rows under them and make them a table named "Catalogue" (Insert > Table, then Table Design > Table Name).',
  },
  {
    name: 'a monthly column of numbers stored as text, shared by two blocks of indicators',
    spec: localitySpec(),
    tweak: (wb) => {
      const sheet = addLocalitySheet(wb);
      for (let row = 5; row <= LAST_ROW; row++) sheet.getCell(row, 2).value = String(sheet.getCell(row, 2).value);
    },
    severity: 'error',
    code: 'number-as-text',
    says: "'Locality data'!B5, indicator 101: 'Locality data'!B5 (Apr 2023), which Denominator ref 'Locality data'!B5:E28 points at, holds the text \"150\": a number stored as text, which Excel's SUM counts as 0; so do 23 more of its cells (B6, B7, B8, …). Type it as a number: select the cell and choose Convert to Number (the green triangle), or type the figure again in a cell formatted as a number. Select the whole column to convert every cell at once.",
  },
  {
    name: 'references into another workbook, numerator and denominator',
    spec: {
      catalogue: [catalogueRow({ 'Numerator ref': "'[Other.xlsx]Figures'!B2", 'Denominator ref': '[Other.xlsx]Figures!C2' })],
    },
    severity: 'error',
    code: 'reference-other-workbook',
    says: "Catalogue!N2, indicator 1: Numerator ref '[Other.xlsx]Figures'!B2 refers to another workbook, Other.xlsx, which the scorecard cannot read: it reads only the workbook it runs in. Copy the figures into a sheet of this workbook (or link them into one with formulas and save it in Excel) and point the reference there.",
  },
  {
    name: 'an area with no cases in any month of a monthly block',
    spec: localitySpec(),
    tweak: (wb) => {
      const sheet = addLocalitySheet(wb);
      for (let row = 5; row <= LAST_ROW; row++) {
        sheet.getCell(row, 5).value = 0;
        sheet.getCell(row, 10).value = 0;
      }
    },
    severity: 'warning',
    code: 'no-cases',
    says: "'Locality data'!E5, indicator 101: There were no cases for Ynys Môn Ŵest (0 of 0) in 24 months from April 2023 to March 2025 (E5 to E28): a period made only of such months shows no result. Nothing to do unless you expected cases.",
  },
];
