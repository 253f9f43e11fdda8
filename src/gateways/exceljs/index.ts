export { ExcelJsGateway } from './gateway';
export { readBox } from './read';
export { applyPlan, outputSheets } from './write';
export { fileKind } from './fileKind';
export { loadWorkbook, relativeToXlFolder } from './otherTools';
// Imported dynamically (await import) by test/gateways/exceljsScale.test.ts, which the unused-export check does not follow.
// ts-unused-exports:disable-next-line
export { writeXlsxBuffer } from './save';
// ts-unused-exports:disable-next-line
export { openWorkbook } from './otherTools';
