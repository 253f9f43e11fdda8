/**
 * Compile-time proof that the fake speaks Office.js: every public member of a fake class
 * exists on the real @types/office-js class, and the data properties have compatible types.
 * `npm run typecheck` fails if the fake invents an API.
 */
import type { FakeApplication, FakeRequestContext, FakeRuntime, FakeWorkbook } from './host';
import type {
  FakeChart,
  FakeChartCollection,
  FakeConditionalFormatCollection,
  FakeDocumentProperties,
  FakeFunctionResult,
  FakeFunctions,
  FakeNamedItem,
  FakeNamedItemCollection,
  FakeRange,
  FakeRangeAreas,
  FakeRangeFormat,
  FakeTable,
  FakeTableCollection,
  FakeWorksheet,
  FakeWorksheetCollection,
  FakeWorkbookProtection,
  FakeWorksheetProtection,
} from './proxies';

/** Members a fake has that Office.js does not; `_`-prefixed members are the fake's own plumbing. */
type Invented<Fake, Real> = Exclude<keyof Fake, keyof Real | `_${string}`>;
type MustBeEmpty<T extends never> = T;

export type Conformance = [
  MustBeEmpty<Invented<FakeRange, Excel.Range>>,
  MustBeEmpty<Invented<FakeRangeAreas, Excel.RangeAreas>>,
  MustBeEmpty<Invented<FakeRangeFormat, Excel.RangeFormat>>,
  MustBeEmpty<Invented<FakeConditionalFormatCollection, Excel.ConditionalFormatCollection>>,
  MustBeEmpty<Invented<FakeWorksheet, Excel.Worksheet>>,
  MustBeEmpty<Invented<FakeWorksheetCollection, Excel.WorksheetCollection>>,
  MustBeEmpty<Invented<FakeWorksheetProtection, Excel.WorksheetProtection>>,
  MustBeEmpty<Invented<FakeTable, Excel.Table>>,
  MustBeEmpty<Invented<FakeTableCollection, Excel.TableCollection>>,
  MustBeEmpty<Invented<FakeNamedItem, Excel.NamedItem>>,
  MustBeEmpty<Invented<FakeNamedItemCollection, Excel.NamedItemCollection>>,
  MustBeEmpty<Invented<FakeWorkbook, Excel.Workbook>>,
  MustBeEmpty<Invented<FakeDocumentProperties, Excel.DocumentProperties>>,
  MustBeEmpty<Invented<FakeFunctions, Excel.Functions>>,
  MustBeEmpty<Invented<FakeFunctionResult, Excel.FunctionResult<number>>>,
  MustBeEmpty<Invented<FakeWorkbookProtection, Excel.WorkbookProtection>>,
  MustBeEmpty<Invented<FakeChart, Excel.Chart>>,
  MustBeEmpty<Invented<FakeChartCollection, Excel.ChartCollection>>,
  MustBeEmpty<Invented<FakeApplication, Excel.Application>>,
  MustBeEmpty<Invented<FakeRuntime, Excel.Runtime>>,
  MustBeEmpty<Invented<FakeRequestContext, Excel.RequestContext>>,
];

type Compatible<Fake, Real, K extends keyof Fake & keyof Real> = Pick<Fake, K> extends Pick<Real, K> ? true : never;
export type DataProperties = [
  Compatible<FakeRange, Excel.Range, 'address' | 'values' | 'valueTypes' | 'formulas' | 'numberFormat' | 'text' | 'isNullObject'>,
  Compatible<FakeRangeAreas, Excel.RangeAreas, 'address' | 'areaCount' | 'cellCount' | 'isNullObject'>,
  Compatible<FakeWorksheet, Excel.Worksheet, 'name' | 'position' | 'tabColor' | 'visibility' | 'isNullObject'>,
  Compatible<FakeDocumentProperties, Excel.DocumentProperties, 'lastAuthor'>,
  Compatible<FakeWorksheetProtection, Excel.WorksheetProtection, 'protected'>,
  Compatible<FakeWorkbookProtection, Excel.WorkbookProtection, 'protected'>,
  Compatible<FakeTable, Excel.Table, 'name' | 'isNullObject'>,
  Compatible<FakeNamedItem, Excel.NamedItem, 'name' | 'isNullObject'>,
];
