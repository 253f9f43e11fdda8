/**
 * Where the add-in runs, said once: the pane, the manifest's description and the README carry
 * these very words (test/project/manifest.test.ts checks). Windows needs Version 2002 or later and Mac
 * 16.35 or later, the first with the shared runtime. It needs the shared runtime (SharedRuntime 1.1)
 * and the Excel API 1.9 (switching events off, suspending screen updating):
 * https://learn.microsoft.com/en-us/javascript/api/requirement-sets/common/shared-runtime-requirement-sets
 * https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 */
export const REQUIRED_SETS = [
  { set: 'SharedRuntime', version: '1.1' },
  { set: 'ExcelApi', version: '1.9' },
] as const;

export const SUPPORTED_EXCEL =
  'For Excel for Microsoft 365 on Windows and Mac, Excel on the web and Excel 2021 or later; not volume-licensed Excel 2016 or 2019, nor Excel on iPad.';

interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The requirement sets this Excel lacks, checked when the pane starts. */
export function missingSets(requirements: Requirements): string[] {
  return REQUIRED_SETS.filter(({ set, version }) => !requirements.isSetSupported(set, version)).map(
    ({ set, version }) => `${set} ${version}`,
  );
}
