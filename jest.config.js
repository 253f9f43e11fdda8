/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // Every workbook a test writes is checked against Excel's limits (test/helpers/excelLimits.ts).
  setupFilesAfterEnv: ['<rootDir>/test/setup/excelLimits.ts'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
};
