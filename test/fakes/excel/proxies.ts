/**
 * Proxy objects shaped like Office.js, one file per Office object: every command is queued and
 * runs at sync(); a property can be read only after load() and sync(); *OrNullObject gives null
 * objects whose chained children are null too. Member names and types are checked against
 * @types/office-js in conformance.ts.
 */
export { FakeChart, FakeChartCollection } from './charts';
export { FakeConditionalFormat, FakeConditionalFormatCollection } from './conditionalFormats';
export { FakeNamedItem, FakeNamedItemCollection } from './names';
export { FakeRange } from './range';
export { FakeRangeAreas } from './rangeAreas';
export { FakeRangeFormat } from './rangeFormat';
export { FakeTable, FakeTableCollection } from './table';
export { FakeDocumentProperties, FakeFunctionResult, FakeFunctions, FakeWorkbookProtection } from './workbook';
export { FakeWorksheet, FakeWorksheetCollection, FakeWorksheetProtection } from './worksheet';
