export { OfficeJsGateway } from './gateway';
export { blockRequests, READ_BLOCK_BYTES } from './tableReads';
export { COMMAND_BYTES, MAX_REQUEST_BYTES, rowBlocks } from './requestSize';
export type { ExcelRun } from './editor';
export { excelRun, OfficeJsEditor } from './editor';
export { formatWrites } from './numberFormats';
export type { SheetWindow } from './readAhead';
export { fromReadAhead, READ_AHEAD_CELLS } from './readAhead';
