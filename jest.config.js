/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // Every workbook a test writes is checked against Excel's limits (test/helpers/excelLimits.ts).
  setupFilesAfterEnv: ['<rootDir>/test/setup/excelLimits.ts'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  // Integration suites recalculate whole workbooks through Microsoft's Office.js and ExcelJS:
  // seconds each on a quiet machine, more on a shared CI runner. A timeout is not a result.
  testTimeout: 60000,
};
