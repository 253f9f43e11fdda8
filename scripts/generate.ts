import type { Indicator, RawCell, WorkbookInput } from '../src/engine';
import { addMonths, CATALOGUE_COLUMNS, DATA_COLUMNS, monthEndSerial, trailingMonths } from '../src/engine';

/** A deterministic pseudo-random sequence, so generated workbooks are the same every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface GeneratedSize {
  indicators: number;
  areas: number;
  months: number;
  /**
   * month (default): in-month counts for every month, which the engine aggregates;
   * period: each indicator's own period figure for this month, a month ago and a year ago only.
   */
  basis?: 'month' | 'period';
  /** Write a scorecard sheet per area (the default), or the top level only. */
  areaSheets?: boolean;
}

/**
 * A synthetic workbook's tables: a catalogue of percentage indicators and a tidy data table of
 * in-month counts for every indicator, area and month, so the engine aggregates R12M and R3M.
 */
export function generateInput(size: GeneratedSize, endMonth = '2017-04'): WorkbookInput {
  const next = random(42);
  const headers = CATALOGUE_COLUMNS.map((c) => c.header);
  const catalogue: RawCell[][] = [headers];
  for (let i = 1; i <= size.indicators; i++) {
    const polarity = (['H', 'L', 'T'] as const)[i % 3];
    const values: Record<string, RawCell> = {
      ID: i,
      Section: `SECTION ${Math.ceil(i / 10)}`,
      Indicator: `Generated indicator ${i}`,
      Polarity: polarity,
      'Data period': i % 4 === 0 ? 'SS' : 'R12M',
      Unit: 'percentage',
      Decimals: 1,
      Target: polarity === 'L' ? 0.3 : 0.6,
      Floor: polarity === 'H' ? 0.5 : polarity === 'L' ? 0.4 : null,
      'Inner band': polarity === 'T' ? 0.05 : null,
      'Outer band': polarity === 'T' ? 0.1 : null,
    };
    catalogue.push(headers.map((h) => values[h] ?? null));
  }
  const data: RawCell[][] = [DATA_COLUMNS.map((c) => c.header)];
  const period = size.basis === 'period';
  const monthKeys = period
    ? [endMonth, addMonths(endMonth, -1), addMonths(endMonth, -12)]
    : trailingMonths(endMonth, size.months);
  const months = monthKeys.map((m) => ({ m, serial: monthEndSerial(m) }));
  for (let i = 1; i <= size.indicators; i++) {
    for (let a = 1; a <= size.areas; a++) {
      for (const { serial } of months) {
        const denominator = 20 + Math.floor(next() * 200);
        const basis = period ? 'Period' : 'Month';
        data.push([i, `Area ${a}`, serial, basis, Math.floor(denominator * (0.3 + next() * 0.5)), denominator, null, null]);
      }
    }
  }
  const table = (name: string, sheet: string, cells: RawCell[][]) => ({
    name,
    range: { sheet, address: `A1:Q${cells.length}`, top: 1, left: 1, cells },
  });
  return {
    catalogue: table('Catalogue', 'Catalogue', catalogue),
    data: table('ScorecardData', 'Data', data),
    settings: table('ScorecardSettings', 'Settings', [
      ['Setting', 'Value'],
      ['Area', 'Area 1'],
      ['Reporting month', monthEndSerial(endMonth)],
      ['Area scorecards', size.areaSheets === false ? 'No' : 'Yes'],
    ]),
    sheetNames: ['Catalogue', 'Data', 'Settings'],
  };
}

export type { Indicator };
