/** Checks that need real independent clients: LibreOffice (and, for the task pane, Chromium). */
/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  // Every workbook a test writes is checked against Excel's limits (test/helpers/excelLimits.ts).
  setupFilesAfterEnv: ['<rootDir>/test/setup/excelLimits.ts'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 180000,
};
