/**
 * The bad-input corpus: workbooks an analyst could really hand us, each with the exact message
 * they see (describeIssue: where, what, and what to do). Every case runs through both gateways
 * (ExcelJS and Office.js on the fake host) in corpus.test.ts.
 */
import type ExcelJS from 'exceljs';
import type { MiniSpec, Row } from '../../helpers/miniWorkbook';
import { catalogueRow } from '../../helpers/miniWorkbook';
import { LIMIT_CASES } from './limitCases';
import { NEW_USER_CASES } from './newUserCases';

export interface CorpusCase {
  name: string;
  spec: MiniSpec;
  /** A change MiniSpec cannot say: merged cells, hidden rows, a protected sheet. */
  tweak?: (wb: ExcelJS.Workbook) => void;
  /** The message the user reads first for this case (the first error, or the first warning). */
  severity: 'error' | 'warning';
  code: string;
  /** Exactly what describeIssue prints. */
  says: string;
}

const march = new Date(Date.UTC(2017, 2, 31));
const april = new Date(Date.UTC(2017, 3, 30));
const errorValue = (code: string) => ({ error: code }) as unknown as ExcelJS.CellValue;
const tBand = (overrides: Row) => catalogueRow({ Polarity: 'T', Floor: null, Target: 0.5, ...overrides });

export const CORPUS: CorpusCase[] = [
  // Where output may go (src/gateways/placement.ts): a name shaped like an output marker proves nothing.
  {
    name: "an output marker name pointing at the analyst's catalogue",
    spec: {},
    tweak: (wb) => wb.definedNames.add("'Catalogue'!$A$1", 'ScorecardOutput_scorecard'),
    severity: 'error',
    code: 'output-marker-on-input',
    says: 'Catalogue!A1: The workbook name ScorecardOutput_scorecard marks "Catalogue" as the Scorecard sheet, but the scorecard reads that sheet as input, so it will not write there. Delete the name ScorecardOutput_scorecard (Formulas > Name Manager), then recalculate.',
  },
  {
    name: 'two output markers naming one sheet',
    spec: {},
    tweak: (wb) => {
      wb.addWorksheet('Old output').getCell('A1').value = 'Last month';
      wb.definedNames.add("'Old output'!$A$1:$B$2", 'ScorecardOutput_scorecard');
      wb.definedNames.add("'Old output'!$A$1:$B$2", 'ScorecardOutput_summary');
    },
    severity: 'error',
    code: 'output-marker-twice',
    says: '\'Old output\'!A1: Workbook names mark "Old output" as the Scorecard and Summary sheets; one sheet cannot be both. Keep the one name that belongs (Formulas > Name Manager), delete the others, then recalculate.',
  },
  // The catalogue itself
  {
    name: 'no catalogue at all',
    spec: { catalogue: null },
    severity: 'error',
    code: 'no-catalogue',
    says: 'This workbook has no indicator catalogue (an Excel table named "Catalogue", or a sheet named "Catalogue"). In Excel, set one up from the add-in\'s task pane ("Set up catalogue"), or add the table by hand: see the README for its columns.',
  },
  {
    name: 'a catalogue with no rows',
    spec: { catalogue: [] },
    severity: 'error',
    code: 'empty-catalogue',
    says: 'Catalogue!A1: The Catalogue table has no indicators. Add one row per indicator under the headers.',
  },
  {
    name: 'a required column missing',
    spec: { dropColumns: ['Polarity'] },
    severity: 'error',
    code: 'missing-column',
    says: 'Catalogue!A1: The Catalogue table has no "Polarity" column. Add a column headed "Polarity".',
  },
  {
    name: 'a row with no ID',
    spec: { catalogue: [catalogueRow({ ID: null })] },
    severity: 'error',
    code: 'missing-id',
    says: 'Catalogue!A2: The row for "% of CP visits in timescale" has no ID. Type a unique ID (for example 12 or B3).',
  },
  {
    name: 'duplicate IDs',
    spec: { catalogue: [catalogueRow(), catalogueRow({ Indicator: 'Other' })] },
    severity: 'error',
    code: 'duplicate-id',
    says: 'Catalogue!A3, indicator 1: ID "1" is used twice (also at Catalogue!A2). Give each indicator its own ID.',
  },
  // Codes
  {
    name: 'an unknown polarity',
    spec: { catalogue: [catalogueRow({ Polarity: 'X' })] },
    severity: 'error',
    code: 'unknown-polarity',
    says: 'Catalogue!D2, indicator 1: Polarity "X" is not one we know. Did you mean H? Use H (higher is better), L (lower is better) or T (close to target).',
  },
  {
    name: 'a mistyped polarity',
    spec: { catalogue: [catalogueRow({ Polarity: 'LL' })] },
    severity: 'error',
    code: 'unknown-polarity',
    says: 'Catalogue!D2, indicator 1: Polarity "LL" is not one we know. Did you mean L? Use H (higher is better), L (lower is better) or T (close to target).',
  },
  {
    name: 'an unknown data period',
    spec: { catalogue: [catalogueRow({ 'Data period': 'R12' })] },
    severity: 'error',
    code: 'unknown-period',
    says: 'Catalogue!E2, indicator 1: Data period "R12" is not one we know. Did you mean R12M? Use R12M (rolling 12 months), YTD (year to date), QTD (quarter to date), Quarter (the latest complete financial quarter), Month (the reporting month alone) or SS (snapshot).',
  },
  {
    name: 'a data period in words',
    spec: { catalogue: [catalogueRow({ 'Data period': 'fortnightly' })] },
    severity: 'error',
    code: 'unknown-period',
    says: 'Catalogue!E2, indicator 1: Data period "fortnightly" is not one we know. Use R12M (rolling 12 months), YTD (year to date), QTD (quarter to date), Quarter (the latest complete financial quarter), Month (the reporting month alone) or SS (snapshot).',
  },
  {
    name: 'an unknown unit',
    spec: { catalogue: [catalogueRow({ Unit: 'percnt' })] },
    severity: 'error',
    code: 'unknown-unit',
    says: 'Catalogue!F2, indicator 1: Unit "percnt" is not one we know. Did you mean percentage? Use percentage, rate per 10,000, average or count.',
  },
  {
    name: 'an unknown band type',
    spec: { catalogue: [tBand({ 'Inner band': 0.05, 'Outer band': 0.1, 'Band type': 'fuzzy' })] },
    severity: 'error',
    code: 'unknown-band-type',
    says: 'Catalogue!L2, indicator 1: Band type "fuzzy" is not one we know. Use absolute (points either side) or relative (a % of the target).',
  },
  {
    name: 'decimals that are not a whole number',
    spec: { catalogue: [catalogueRow({ Decimals: 1.5 })] },
    severity: 'error',
    code: 'bad-decimals',
    says: 'Catalogue!G2, indicator 1: Decimals is 1.5. Use a whole number from 0 to 6.',
  },
  {
    name: 'a negative minimum denominator',
    spec: { catalogue: [catalogueRow({ 'Min denominator': -1 })] },
    severity: 'error',
    code: 'bad-min-denominator',
    says: 'Catalogue!M2, indicator 1: Min denominator is -1. Use a whole number, 0 or more (the usual is 5).',
  },
  // Targets, floors and bands
  {
    name: 'a floor without a target',
    spec: { catalogue: [catalogueRow({ Target: null })] },
    severity: 'error',
    code: 'missing-target',
    says: 'Catalogue!H2, indicator 1: Target is blank, but Floor is filled in, so a RAG was meant. Type the target (for a percentage, as 85%). For a context measure with no RAG, leave the target, floor and bands all blank.',
  },
  {
    name: 'a T indicator without a target',
    spec: { catalogue: [catalogueRow({ Polarity: 'T', Target: null, Floor: null, 'Inner band': null, 'Outer band': null })] },
    severity: 'error',
    code: 'missing-target',
    says: 'Catalogue!H2, indicator 1: Target is blank, but a T indicator is rated by how close it is to its target. Type the target (for a percentage, as 85%). For a context measure with no RAG, leave the target, floor and bands all blank.',
  },
  {
    name: 'text in the target',
    spec: { catalogue: [catalogueRow({ Target: 'n/a' })] },
    severity: 'error',
    code: 'not-a-number',
    says: 'Catalogue!H2, indicator 1: Target holds the text "n/a", not a number. Type a number in Target.',
  },
  {
    name: 'an error value in the target',
    spec: { catalogue: [catalogueRow({ Target: errorValue('#REF!') })] },
    severity: 'error',
    code: 'not-a-number',
    says: 'Catalogue!H2, indicator 1: Target holds the error #REF!. Type a number in Target.',
  },
  {
    name: 'a percentage target typed as 90',
    spec: { catalogue: [catalogueRow({ Target: 90, Floor: 80 })] },
    severity: 'error',
    code: 'percentage-scale',
    says: 'Catalogue!H2, indicator 1: Target 90 is not a percentage Excel understands (Excel keeps 85% as 0.85). Type it with a % sign, for example 90%.',
  },
  {
    name: 'a percentage floor typed as 80',
    spec: { catalogue: [catalogueRow({ Floor: 80 })] },
    severity: 'error',
    code: 'percentage-scale',
    says: 'Catalogue!I2, indicator 1: Floor 80 is not a percentage Excel understands (Excel keeps 85% as 0.85). Type it with a % sign, for example 80%.',
  },
  {
    name: 'a floor above the target of an H indicator',
    spec: { catalogue: [catalogueRow({ Floor: 0.95 })] },
    severity: 'error',
    code: 'floor-wrong-side',
    says: 'Catalogue!I2, indicator 1: Floor 95.0% is above the target 90.0%, but higher is better. Make the floor at most the target, or check the polarity.',
  },
  {
    name: 'a floor below the target of an L indicator',
    spec: { catalogue: [catalogueRow({ Polarity: 'L', Target: 0.1, Floor: 0.05 })] },
    severity: 'error',
    code: 'floor-wrong-side',
    says: 'Catalogue!I2, indicator 1: Floor 5.0% is below the target 10.0%, but lower is better. Make the floor at least the target, or check the polarity.',
  },
  {
    name: 'no floor for an H indicator',
    spec: { catalogue: [catalogueRow({ Floor: null })] },
    severity: 'error',
    code: 'missing-floor',
    says: 'Catalogue!I2, indicator 1: Floor is blank: a H indicator needs the Amber/Red boundary. Type the floor; use the target itself if there is no Amber band.',
  },
  {
    name: 'a T indicator without bands',
    spec: { catalogue: [tBand({})] },
    severity: 'error',
    code: 'missing-bands',
    says: 'Catalogue!J2, indicator 1: A T indicator needs an inner band (Green) and an outer band (Amber). Fill in both bands, for example 2.5% and 5%.',
  },
  {
    name: 'T bands that overlap',
    spec: { catalogue: [tBand({ 'Inner band': 0.05, 'Outer band': 0.02 })] },
    severity: 'error',
    code: 'bands-overlap',
    says: 'Catalogue!J2, indicator 1: The inner band (5%) is wider than the outer band (2%), so Amber could never show. Make the inner band at most the outer band.',
  },
  {
    name: 'a negative T band',
    spec: { catalogue: [tBand({ 'Inner band': -0.05, 'Outer band': 0.1 })] },
    severity: 'error',
    code: 'negative-band',
    says: 'Catalogue!J2, indicator 1: Bands are distances from the target and cannot be negative. Type the band widths as positive numbers.',
  },
  {
    name: 'relative bands around a zero target',
    spec: { catalogue: [tBand({ Target: 0, 'Inner band': 0.05, 'Outer band': 0.1, 'Band type': 'relative' })] },
    severity: 'error',
    code: 'relative-band-zero-target',
    says: 'Catalogue!L2, indicator 1: Relative bands are a share of the target, and the target is 0. Use absolute bands for this indicator.',
  },
  // Bands and percentages typed without their % sign, and negatives
  {
    name: 'T bands of a percentage typed as points (3 and 6, not 3% and 6%)',
    spec: { catalogue: [tBand({ 'Inner band': 3, 'Outer band': 6 })] },
    severity: 'error',
    code: 'band-scale',
    says: 'Catalogue!J2, indicator 1: The inner and outer bands are typed without a % sign. For a percentage, 3 and 6 would be 300 and 600 points, and almost everything would be Green. Type 3% and 6%, not 3 and 6.',
  },
  {
    name: 'relative T bands typed as 10 and 20, not 10% and 20%',
    spec: {
      catalogue: [
        tBand({ Unit: 'average', Target: 18, Decimals: 1, 'Inner band': 10, 'Outer band': 20, 'Band type': 'relative' }),
      ],
      figures: [['Caseload', 3600, 200]],
    },
    severity: 'error',
    code: 'band-scale',
    says: 'Catalogue!J2, indicator 1: The inner and outer bands are typed without a % sign. Relative bands are a share of the target, so 10 and 20 would be 1000% and 2000% of it, and almost everything would be Green. Type 10% and 20%, not 10 and 20.',
  },
  {
    name: 'only the outer band of a percentage typed without its % sign',
    spec: { catalogue: [tBand({ 'Inner band': 0.025, 'Outer band': 5 })] },
    severity: 'error',
    code: 'band-scale',
    says: 'Catalogue!K2, indicator 1: The outer band is typed without a % sign. For a percentage, 5 would be 500 points, and almost everything would be Green. Type 5%, not 5.',
  },
  {
    name: 'a negative percentage target where the catalogue does not allow negatives',
    spec: { catalogue: [catalogueRow({ Polarity: 'L', Target: -0.003, Floor: 0.01 })] },
    severity: 'error',
    code: 'negative-not-allowed',
    says: 'Catalogue!H2, indicator 1: Target -0.3% is below zero, and this indicator\'s results cannot be. For a net change that can fall below zero, type Yes in the "Negative allowed" column; otherwise check the sign.',
  },
  {
    name: 'a negative percentage value in the data table where negatives are not allowed',
    spec: { data: [{ 'Indicator ID': 1, 'Month end': march, Value: -0.037000000000000005 }] },
    severity: 'error',
    code: 'negative-not-allowed',
    says: 'Data!G2, indicator 1: Value -3.7% is below zero, and this indicator\'s results cannot be. For a net change that can fall below zero, type Yes in the catalogue\'s "Negative allowed" column; otherwise check the sign.',
  },
  {
    name: 'Negative allowed that is neither Yes nor No',
    spec: { catalogue: [catalogueRow({ 'Negative allowed': 'sometimes' })] },
    severity: 'error',
    code: 'unknown-negative-allowed',
    says: 'Catalogue!U2, indicator 1: Negative allowed "sometimes" is not Yes or No. Type Yes if results can fall below zero (a net change), or No (or leave it blank).',
  },
  {
    name: 'an exception page flag that is neither Yes nor No',
    spec: { catalogue: [catalogueRow({ 'Exception page': 'Yse' })] },
    severity: 'error',
    code: 'unknown-exception',
    says: 'Catalogue!T2, indicator 1: Exception page "Yse" is not Yes or No. Type Yes for an exception page whatever the RAG, or No (or leave it blank).',
  },
  {
    name: 'an average whose numerator and denominator look swapped',
    spec: {
      catalogue: [
        catalogueRow({ Indicator: 'Average caseload', Polarity: 'L', Unit: 'average', Target: 18, Floor: 22, Decimals: 1 }),
      ],
      figures: [['Caseload', 401.5, 7700]],
    },
    severity: 'warning',
    code: 'average-swapped',
    says: 'Figures!B2, indicator 1: The average for Kent, April 2017 is 0.0521429 (401.5 ÷ 7700), far from the target 18; the other way up, 7700 ÷ 401.5 is 19.1781. The numerator and denominator may be swapped. Check that the numerator is the total (cases, days) and the denominator what it is averaged over (FTE, children); if the figures are right, nothing to do.',
  },
  // References
  {
    name: 'a reference with no sheet',
    spec: { catalogue: [catalogueRow({ 'Numerator ref': 'B2' })] },
    severity: 'error',
    code: 'bad-reference',
    says: 'Catalogue!N2, indicator 1: Numerator ref "B2" is not a cell reference or a name. Use a reference such as \'North Kent\'!D12 or a workbook name; put sheet names with spaces in single quotes.',
  },
  {
    name: 'a reference to a deleted sheet',
    spec: { catalogue: [catalogueRow({ 'Numerator ref': "'North Kent'!B2" })] },
    severity: 'error',
    code: 'reference-missing-sheet',
    says: 'Catalogue!N2, indicator 1: Numerator ref \'North Kent\'!B2: there is no sheet called "North Kent" (the sheets are "Figures", "Catalogue", "Settings"). Correct the sheet name in the reference, or restore the sheet.',
  },
  {
    name: 'a reference that Excel turned into #REF!',
    spec: { catalogue: [catalogueRow({ 'Numerator ref': '#REF!' })] },
    severity: 'error',
    code: 'bad-reference',
    says: 'Catalogue!N2, indicator 1: Numerator ref "#REF!" is not a cell reference or a name. Use a reference such as \'North Kent\'!D12 or a workbook name; put sheet names with spaces in single quotes.',
  },
  {
    name: 'a reference to a renamed workbook name',
    spec: { catalogue: [catalogueRow({ 'Numerator ref': 'CP_Visits' })], names: { CP_Visits_2017: 'Figures!$B$2' } },
    severity: 'error',
    code: 'reference-missing-name',
    says: 'Catalogue!N2, indicator 1: Numerator ref CP_Visits: the workbook has no name "CP_Visits". Correct the name, or define it again (Formulas > Name Manager).',
  },
  {
    name: 'a numerator without a denominator reference',
    spec: { catalogue: [catalogueRow({ 'Denominator ref': null })] },
    severity: 'error',
    code: 'missing-denominator-ref',
    says: 'Catalogue!O2, indicator 1: The indicator has a numerator reference but no denominator reference. Add the denominator reference, or change the unit to count.',
  },
  {
    name: 'a range covering more cells than there are areas',
    spec: { catalogue: [catalogueRow({ 'Numerator ref': 'Figures!B2:B3', 'Denominator ref': 'Figures!C2:C3' })] },
    severity: 'error',
    code: 'reference-areas',
    says: 'Catalogue!N2, indicator 1: Numerator ref Figures!B2:B3 covers 2 cells, but the Settings table lists no areas. List the areas the range covers, in order, in the Settings table (Areas), or point at a single cell.',
  },
  {
    name: 'numerator and denominator ranges of different shapes',
    spec: {
      figures: [
        ['North', 10, 20],
        ['South', 5, 10],
      ],
      catalogue: [catalogueRow({ 'Numerator ref': 'Figures!B2:B3', 'Denominator ref': 'Figures!C2' })],
      settings: [
        ['Reporting month', april],
        ['Area', 'Kent'],
        ['Areas', 'North, South'],
      ],
    },
    severity: 'error',
    code: 'reference-shapes-differ',
    says: 'Catalogue!O2, indicator 1: The numerator reference covers 2 cells but the denominator reference covers 1. Point both references at ranges of the same size.',
  },
  {
    name: 'a reference and in-month data rows for the same indicator and month',
    spec: {
      catalogue: [catalogueRow({ 'Data period': 'R12M' })],
      data: [
        { 'Indicator ID': 1, 'Month end': march, Basis: 'Month', Numerator: 170, Denominator: 200 },
        { 'Indicator ID': 1, 'Month end': april, Basis: 'Month', Numerator: 175, Denominator: 200 },
      ],
    },
    severity: 'error',
    code: 'reference-and-data',
    says: "Catalogue!N2, indicator 1: Indicator 1, Kent, April 2017 has two sources: the catalogue reference (Figures!B2) and the data table (Data!A3, in-month counts). They could disagree, so neither is used. Keep one: clear the Numerator and Denominator ref on Catalogue!N2 to use the data table, or delete the data table's April 2017 row for Kent.",
  },
  {
    name: 'a reference and a period figure in the data table for the same month: one message, not two',
    spec: { data: [{ 'Indicator ID': 1, 'Month end': april, Value: 0.5 }] },
    severity: 'error',
    code: 'reference-and-data',
    says: "Catalogue!N2, indicator 1: Indicator 1, Kent, April 2017 has two sources: the catalogue reference (Figures!B2) and the data table (Data!A2, the indicator's own period figure). They could disagree, so neither is used. Keep one: clear the Numerator and Denominator ref on Catalogue!N2 to use the data table, or delete the data table's April 2017 row for Kent.",
  },
  // What the referenced cells hold
  {
    name: 'text in a referenced cell',
    spec: { figures: [['CP visits', 'n/a', 200]] },
    severity: 'error',
    code: 'reference-not-a-number',
    says: 'Figures!B2, indicator 1: Figures!B2, which Numerator ref Figures!B2 points at, holds the text "n/a", not a number. Put the figure in that cell, or point the reference at the cell that holds it.',
  },
  {
    name: 'a dash in a referenced cell',
    spec: { figures: [['CP visits', '-', 200]] },
    severity: 'error',
    code: 'reference-not-a-number',
    says: 'Figures!B2, indicator 1: Figures!B2, which Numerator ref Figures!B2 points at, holds the text "-", not a number. Put the figure in that cell, or point the reference at the cell that holds it.',
  },
  {
    name: '#DIV/0! in a referenced cell',
    spec: { figures: [['CP visits', errorValue('#DIV/0!'), 200]] },
    severity: 'error',
    code: 'reference-not-a-number',
    says: 'Figures!B2, indicator 1: Figures!B2, which Numerator ref Figures!B2 points at, holds the error #DIV/0!. Fix the formula in that cell, or point the reference elsewhere.',
  },
  {
    name: '#N/A in a referenced cell',
    spec: { figures: [['CP visits', errorValue('#N/A'), 200]] },
    severity: 'error',
    code: 'reference-not-a-number',
    says: 'Figures!B2, indicator 1: Figures!B2, which Numerator ref Figures!B2 points at, holds the error #N/A. Fix the formula in that cell, or point the reference elsewhere.',
  },
  {
    name: '#REF! in a referenced cell',
    spec: { figures: [['CP visits', 180, errorValue('#REF!')]] },
    severity: 'error',
    code: 'reference-not-a-number',
    says: 'Figures!C2, indicator 1: Figures!C2, which Denominator ref Figures!C2 points at, holds the error #REF!. Fix the formula in that cell, or point the reference elsewhere.',
  },
  {
    name: 'TRUE in a referenced cell',
    spec: { figures: [['CP visits', true, 200]] },
    severity: 'error',
    code: 'reference-not-a-number',
    says: 'Figures!B2, indicator 1: Figures!B2, which Numerator ref Figures!B2 points at, holds TRUE, not a number. Put the figure in that cell, or point the reference at the cell that holds it.',
  },
  {
    name: 'a blank referenced cell',
    spec: { figures: [['CP visits', 180, null]] },
    severity: 'error',
    code: 'reference-not-a-number',
    says: 'Figures!C2, indicator 1: Figures!C2, which Denominator ref Figures!C2 points at, is blank. Put the figure in that cell, or point the reference at the cell that holds it (for merged cells, the top-left one).',
  },
  {
    name: 'a reference to the hidden part of a merged cell',
    spec: { figures: [['CP visits', 180, 200]], catalogue: [catalogueRow({ 'Denominator ref': 'Figures!D2' })] },
    tweak: (wb) => wb.getWorksheet('Figures')!.mergeCells('C2:D2'),
    severity: 'error',
    code: 'reference-not-a-number',
    says: 'Figures!D2, indicator 1: Figures!D2, which Denominator ref Figures!D2 points at, is blank. Put the figure in that cell, or point the reference at the cell that holds it (for merged cells, the top-left one).',
  },
  {
    name: 'a zero denominator with cases counted',
    spec: { figures: [['CP visits', 3, 0]] },
    severity: 'error',
    code: 'zero-denominator',
    says: 'Figures!C2, indicator 1: The denominator for Kent, April 2017 is 0 but the numerator is 3. Check both figures: a numerator cannot count cases that the denominator does not.',
  },
  {
    name: 'a negative denominator',
    spec: { figures: [['CP visits', 3, -10]] },
    severity: 'error',
    code: 'negative-denominator',
    says: 'Figures!C2, indicator 1: The denominator for Kent, April 2017 is -10. A denominator counts cases and cannot be negative: check the source figure.',
  },
  {
    name: 'a negative numerator',
    spec: { figures: [['CP visits', -3, 10]] },
    severity: 'error',
    code: 'negative-numerator',
    says: 'Figures!B2, indicator 1: The numerator for Kent, April 2017 is -3. A numerator counts cases and cannot be negative: check the source figure (for a net change that can fall below zero, type Yes in the catalogue\'s "Negative allowed" column).',
  },
  {
    name: 'a numerator above the denominator',
    spec: { figures: [['CP visits', 250, 200]] },
    severity: 'error',
    code: 'numerator-above-denominator',
    says: 'Figures!B2, indicator 1: The numerator for Kent, April 2017 (250) is larger than the denominator (200), which would be over 100%. Check that the two references are not swapped and point at the right month.',
  },
  // Numbers stored as text: Excel's SUM and N() count them as 0, so the written formulas would disagree
  {
    name: 'a referenced numerator stored as text',
    spec: { figures: [['CP visits', '180', 200]] },
    severity: 'error',
    code: 'number-as-text',
    says: 'Figures!B2, indicator 1: Figures!B2, which Numerator ref Figures!B2 points at, holds the text "180": a number stored as text, which Excel\'s SUM counts as 0. Type it as a number: select the cell and choose Convert to Number (the green triangle), or type the figure again in a cell formatted as a number.',
  },
  {
    name: 'a referenced denominator stored as text with a thousands comma',
    spec: { figures: [['CP visits', 180, '1,200']] },
    severity: 'error',
    code: 'number-as-text',
    says: 'Figures!C2, indicator 1: Figures!C2, which Denominator ref Figures!C2 points at, holds the text "1,200": a number stored as text, which Excel\'s SUM counts as 0. Type it as a number: select the cell and choose Convert to Number (the green triangle), or type the figure again in a cell formatted as a number.',
  },
  {
    name: 'a data-table numerator stored as text',
    spec: { data: [{ 'Indicator ID': 1, 'Month end': march, Numerator: '45', Denominator: 50 }] },
    severity: 'error',
    code: 'number-as-text',
    says: 'Data!E2, indicator 1: Numerator holds the text "45": a number stored as text, which Excel\'s SUM counts as 0. Type it as a number: select the cell and choose Convert to Number (the green triangle), or type the figure again in a cell formatted as a number.',
  },
  {
    name: 'a target stored as text',
    spec: { catalogue: [catalogueRow({ Target: '0.9' })] },
    severity: 'error',
    code: 'number-as-text',
    says: 'Catalogue!H2, indicator 1: Target holds the text "0.9": a number stored as text, which Excel\'s SUM counts as 0. Type it as a number: select the cell and choose Convert to Number (the green triangle), or type the figure again in a cell formatted as a number.',
  },
  // The data table
  {
    name: 'data for an indicator not in the catalogue',
    spec: { data: [{ 'Indicator ID': 7, 'Month end': march, Value: 0.5 }] },
    severity: 'error',
    code: 'data-unknown-id',
    says: 'Data!A2, indicator 7: Indicator ID "7" is not in the catalogue. Correct the ID, or add the indicator to the catalogue.',
  },
  {
    name: 'a data row with no indicator',
    spec: { data: [{ 'Indicator ID': null, 'Month end': march, Value: 0.5 }] },
    severity: 'error',
    code: 'data-missing-id',
    says: 'Data!A2: This data row has no indicator ID. Type the ID of the catalogue indicator it belongs to, or delete the row.',
  },
  {
    name: 'a data row whose month is not a date',
    spec: { data: [{ 'Indicator ID': 1, 'Month end': 'last month', Value: 0.5 }] },
    severity: 'error',
    code: 'data-bad-month',
    says: 'Data!C2, indicator 1: Month end "last month" is not a date. Type the month end as a date, for example 30/04/2017.',
  },
  {
    name: 'an unknown basis',
    spec: { data: [{ 'Indicator ID': 1, 'Month end': march, Basis: 'weekly', Value: 0.5 }] },
    severity: 'error',
    code: 'data-bad-basis',
    says: 'Data!D2, indicator 1: Basis "weekly" is not one we know. Leave it blank for the indicator\'s own period, or use R3M (rolling 3 months) or Month (in-month counts).',
  },
  {
    name: 'a data value typed as 85 for a percentage',
    spec: { data: [{ 'Indicator ID': 1, 'Month end': march, Value: 85 }] },
    severity: 'error',
    code: 'percentage-scale',
    says: 'Data!G2, indicator 1: Value 85 is not a percentage Excel understands (Excel keeps 85% as 0.85). Type it with a % sign, for example 85%.',
  },
  {
    name: 'a data value of n/a',
    spec: { data: [{ 'Indicator ID': 1, 'Month end': march, Value: 'n/a' }] },
    severity: 'error',
    code: 'data-not-a-number',
    says: 'Data!G2, indicator 1: Value holds the text "n/a", not a number. Type a number, or leave the cell blank if there is no figure.',
  },
  {
    name: 'a numerator with no denominator in the data',
    spec: { data: [{ 'Indicator ID': 1, 'Month end': march, Numerator: 5 }] },
    severity: 'error',
    code: 'data-half-figures',
    says: 'Data!F2, indicator 1: The row has a numerator but no denominator. Fill in the denominator, or give the result as a value.',
  },
  {
    name: 'the same figure given twice',
    spec: {
      data: [
        { 'Indicator ID': 1, 'Month end': march, Value: 0.5 },
        { 'Indicator ID': 1, 'Month end': march, Value: 0.6 },
      ],
    },
    severity: 'error',
    code: 'duplicate-figure',
    says: "Data!A3, indicator 1: Indicator 1, Kent, March 2017 (the indicator's own period) is given twice: here and at Data!A2. Keep one of them: delete the other row, or clear the catalogue reference if the data table already has the month.",
  },
  {
    name: 'a reporting month that is not a date',
    spec: { settings: [['Reporting month', 'soon']] },
    severity: 'error',
    code: 'bad-month',
    says: 'Settings!B2: Reporting month "soon" is not a date. Type the month end as a date, for example 30/04/2017.',
  },
  {
    name: 'an area listed twice in Areas, differing only in case',
    spec: {
      settings: [
        ['Reporting month', april],
        ['Area', 'Kent'],
        ['Areas', 'Kent, North, north'],
      ],
    },
    severity: 'error',
    code: 'bad-setting',
    says: "Settings!B4: Areas lists North twice (North, north): areas are matched to the columns' headers case and spacing aside, so they are one area. List each area once in the Areas setting.",
  },
  {
    name: 'the numerator and denominator references the same (a copy-paste slip)',
    spec: { catalogue: [catalogueRow({ 'Denominator ref': 'Figures!B2' })] },
    severity: 'warning',
    code: 'same-references',
    says: 'Catalogue!O2, indicator 1: The numerator and denominator references are the same (Figures!B2), so every result is the numerator over itself. Point the denominator reference at the denominator figures.',
  },
  // Near misses: what reads as something else
  {
    name: 'a misspelt setting name',
    spec: {
      settings: [
        ['Reportng month', april],
        ['Area', 'Kent'],
      ],
    },
    severity: 'error',
    code: 'unknown-setting',
    says: 'Settings!A2: Setting "Reportng month" is not one we know; did you mean "Reporting month"? Type "Reporting month". The settings are "Title", "Reporting month", "Area", "Areas", "Area scorecards"; delete any other row.',
  },
  {
    name: 'a setting we do not know',
    spec: {
      settings: [
        ['Reporting month', april],
        ['Area', 'Kent'],
        ['Colour scheme', 'Blue'],
      ],
    },
    severity: 'error',
    code: 'unknown-setting',
    says: 'Settings!A4: Setting "Colour scheme" is not one we know. The settings are "Title", "Reporting month", "Area", "Areas", "Area scorecards"; delete any other row.',
  },
  {
    name: 'the same setting twice',
    spec: {
      settings: [
        ['Reporting month', april],
        ['Area', 'Kent'],
        ['Reporting month', march],
      ],
    },
    severity: 'error',
    code: 'duplicate-setting',
    says: 'Settings!A4: "Reporting month" is set twice: here and at Settings!B2. Keep one of the two rows.',
  },
  {
    name: 'a reporting month typed as 201704',
    spec: {
      settings: [
        ['Reporting month', 201704],
        ['Area', 'Kent'],
      ],
    },
    severity: 'error',
    code: 'implausible-month',
    says: 'Settings!B2: Reporting month 201704 looks like April 2017 typed as a year and month, but Excel reads it as a date in 2452. Type the month end as a date, for example the last day of April 2017.',
  },
  {
    name: 'a reporting month before 2000',
    spec: {
      settings: [
        ['Reporting month', new Date(Date.UTC(1917, 3, 30))],
        ['Area', 'Kent'],
      ],
    },
    severity: 'error',
    code: 'implausible-month',
    says: 'Settings!B2: Reporting month is April 1917, which is before 2000: it cannot be the month meant. Check the cell and type the month end as a date, for example 30/04/2017.',
  },
  {
    name: 'a reporting month far in the future',
    spec: {
      settings: [
        ['Reporting month', new Date(Date.UTC(2107, 3, 30))],
        ['Area', 'Kent'],
      ],
    },
    severity: 'error',
    code: 'implausible-month',
    says: 'Settings!B2: Reporting month is April 2107, which is more than a year ahead: it cannot be the month meant. Check the cell and type the month end as a date, for example 30/04/2017.',
  },
  {
    name: 'a data-table month end typed as 201703',
    spec: { data: [{ 'Indicator ID': 1, 'Month end': 201703, Value: 0.5 }] },
    severity: 'error',
    code: 'implausible-month',
    says: 'Data!C2, indicator 1: Month end 201703 looks like March 2017 typed as a year and month, but Excel reads it as a date in 2452. Type the month end as a date, for example the last day of March 2017.',
  },
  {
    name: 'an area in the data differing from the Areas setting only in case',
    spec: {
      settings: [
        ['Reporting month', april],
        ['Area', 'Kent'],
        ['Areas', 'North Kent, South Kent'],
      ],
      data: [
        { 'Indicator ID': 1, Area: 'North Kent', 'Month end': march, Value: 0.5 },
        { 'Indicator ID': 1, Area: 'north kent', 'Month end': april, Value: 0.6 },
      ],
    },
    severity: 'error',
    code: 'area-near-miss',
    says: 'Data!B3, indicator 1: Area "north kent" differs from "North Kent" (the Areas setting, Settings!B4) only in case, so its figures would make a separate area. Type it exactly as "North Kent".',
  },
  {
    name: 'an area with a non-breaking space',
    spec: {
      settings: [
        ['Reporting month', april],
        ['Area', 'Kent'],
        ['Areas', 'North Kent, South Kent'],
      ],
      data: [{ 'Indicator ID': 1, Area: 'North\u00a0Kent', 'Month end': march, Value: 0.5 }],
    },
    severity: 'error',
    code: 'area-near-miss',
    says: 'Data!B2, indicator 1: Area "North[U+00A0]Kent" differs from "North Kent" (the Areas setting, Settings!B4) only by an invisible character or an odd space, so its figures would make a separate area. Retype it as "North Kent" (names copied from other systems can bring hidden characters).',
  },
  {
    name: 'the Area setting and a data area differing by a zero-width space',
    spec: { data: [{ 'Indicator ID': 1, Area: 'Kent\u200b', 'Month end': march, Value: 0.5 }] },
    severity: 'error',
    code: 'area-near-miss',
    says: 'Data!B2, indicator 1: Area "Kent[U+200B]" differs from "Kent" (the Area setting, Settings!B3) only by an invisible character or an odd space, so its figures would make a separate area. Retype it as "Kent" (names copied from other systems can bring hidden characters).',
  },
  {
    name: 'an area name too long to be found again (its marker would pass 255 characters)',
    spec: { data: [{ 'Indicator ID': 1, Area: `Area ${'x'.repeat(130)}`, 'Month end': march, Value: 0.5 }] },
    severity: 'error',
    code: 'area-name-too-long',
    says: `Data!B2, indicator 1: Area "Area ${'x'.repeat(35)}…" is 135 characters long; an area name can be at most 100 letters (fewer with accented letters or symbols), as its scorecard sheet is found again by a workbook name built from it. Shorten the area name here and wherever else it is typed, then recalculate.`,
  },
  {
    name: 'a misspelt required header',
    spec: {},
    tweak: (wb) => {
      wb.getWorksheet('Catalogue')!.getCell('D1').value = 'Polarty';
    },
    severity: 'error',
    code: 'missing-column',
    says: 'Catalogue!D1: The Catalogue table has no "Polarity" column; D1 is headed "Polarty". Rename D1 "Polarity".',
  },
  {
    name: 'a misspelt Floor header: one error for the table, not one per indicator',
    spec: { catalogue: [catalogueRow(), catalogueRow({ ID: 2 }), catalogueRow({ ID: 3 })] },
    tweak: (wb) => {
      wb.getWorksheet('Catalogue')!.getCell('I1').value = 'Floor standrd';
    },
    severity: 'error',
    code: 'missing-column',
    says: 'Catalogue!I1: The Catalogue table has no "Floor" column, and its 3 H and L indicators need one (the Amber/Red boundary); I1 is headed "Floor standrd". Rename I1 "Floor".',
  },
  {
    name: 'a merged header cell over the data table: one message, not one per row',
    spec: {
      data: Array.from({ length: 200 }, (_, i) => ({
        'Indicator ID': 1,
        'Month end': new Date(Date.UTC(2000 + Math.floor(i / 12), (i % 12) + 1, 0)),
        Basis: 'Month',
        Numerator: 5,
        Denominator: 10,
      })),
    },
    tweak: (wb) => wb.getWorksheet('Data')!.mergeCells('E1:F1'),
    severity: 'error',
    code: 'blank-header',
    says: 'Data!F1: Column F of the ScorecardData table has figures but no header (it may be the hidden part of a merged header cell), so they cannot be read. Unmerge the header cells and give every column its own header (see the README for the column names).',
  },
  {
    name: 'a rejected catalogue row: its data rows are not also "not in the catalogue"',
    spec: {
      catalogue: [catalogueRow({ Polarity: 'X' })],
      data: [
        { 'Indicator ID': 1, 'Month end': march, Value: 0.5 },
        { 'Indicator ID': 1, 'Month end': new Date(Date.UTC(2017, 1, 28)), Value: 0.5 },
      ],
    },
    severity: 'error',
    code: 'unknown-polarity',
    says: 'Catalogue!D2, indicator 1: Polarity "X" is not one we know. Did you mean H? Use H (higher is better), L (lower is better) or T (close to target).',
  },
  // Warnings: shown, but the run goes on
  {
    name: 'a denominator below the minimum',
    spec: { figures: [['CP visits', 3, 4]] },
    severity: 'warning',
    code: 'small-denominator',
    says: 'Figures!C2, indicator 1: The denominator for Kent in April 2017 is 4, below the minimum of 5, so the result has no RAG. Nothing to do if the figure is right: small numbers are shown light blue and not rated.',
  },
  {
    name: '0 of 0',
    spec: { figures: [['CP visits', 0, 0]] },
    severity: 'warning',
    code: 'no-cases',
    says: 'Figures!C2, indicator 1: There were no cases for Kent, April 2017 (0 of 0), so no result is shown. Nothing to do unless you expected cases.',
  },
  {
    name: 'no Area setting',
    spec: { settings: [['Reporting month', april]] },
    severity: 'warning',
    code: 'no-area-setting',
    says: 'Settings!A1: The ScorecardSettings table has no "Area" row, so the scorecard is headed "County" and every single-cell reference is read as County\'s figure. Add a row "Area" with the name of the authority (for example Kent), spelt as in the data table.',
  },
  {
    name: 'a misspelt optional header',
    spec: {},
    tweak: (wb) => {
      wb.getWorksheet('Catalogue')!.getCell('M1').value = 'Mim denominator';
    },
    severity: 'warning',
    code: 'misspelt-column',
    says: 'Catalogue!M1: Column "Mim denominator" is not one we know, so it is ignored; did you mean "Min denominator"? Rename it "Min denominator" for its values to be used, or ignore this if the column is your own.',
  },
  {
    name: 'a floor on a T indicator',
    spec: { catalogue: [tBand({ Floor: 0.4, 'Inner band': 0.05, 'Outer band': 0.1 })] },
    severity: 'warning',
    code: 'floor-ignored',
    says: 'Catalogue!I2, indicator 1: Floor is not used by T indicators (they use inner and outer bands). Clear the floor, or set the polarity to H or L.',
  },
  {
    name: 'an indicator with no figure',
    spec: { catalogue: [catalogueRow({ 'Numerator ref': null, 'Denominator ref': null })] },
    severity: 'warning',
    code: 'no-figure',
    says: 'Catalogue!A2, indicator 1: There is no figure for Kent in April 2017, so the row shows "-". Give the numerator and denominator references on the catalogue row, or add the month to the data table.',
  },
  ...LIMIT_CASES,
  ...NEW_USER_CASES,
];
