import { CATALOGUE_COLUMNS } from './catalogueColumns';
import { DATA_COLUMNS } from './data';
import { SETTING_KEYS } from './settings';
import { monthEndSerial } from '../months';

/**
 * What "Set up catalogue" puts in a workbook that lacks a contract table: the headers and one
 * example row an analyst overwrites.
 */
interface Starter {
  rows: (string | number | null)[][];
  /** Number formats by 'row,column' (0-based). */
  formats: Record<string, string>;
}

export function starterRows(key: 'catalogue' | 'data' | 'settings', month: string): Starter {
  if (key === 'catalogue') {
    const example: Record<string, string | number> = {
      ID: 1,
      Section: 'EXAMPLE SECTION',
      Indicator: '% of visits held within timescale',
      Polarity: 'H',
      'Data period': 'R12M',
      Unit: 'percentage',
      Decimals: 1,
      Target: 0.9,
      Floor: 0.8,
      'Min denominator': 5,
      'Data source': 'Case management system',
    };
    const headers = CATALOGUE_COLUMNS.map((c) => c.header);
    const percent = ['Target', 'Floor'].map((h) => [`1,${headers.indexOf(h)}`, '0.0%']);
    return { rows: [headers, headers.map((h) => example[h] ?? null)], formats: Object.fromEntries(percent) };
  }
  if (key === 'data') {
    const headers = DATA_COLUMNS.map((c) => c.header);
    const example: Record<string, string | number> = {
      'Indicator ID': 1,
      Area: 'County',
      'Month end': monthEndSerial(month),
      Numerator: 45,
      Denominator: 50,
    };
    return {
      rows: [headers, headers.map((h) => example[h] ?? null)],
      formats: { [`1,${headers.indexOf('Month end')}`]: 'dd/mm/yyyy' },
    };
  }
  return {
    rows: [
      ['Setting', 'Value'],
      [SETTING_KEYS.title, 'Scorecard'],
      [SETTING_KEYS.area, 'County'],
      [SETTING_KEYS.month, monthEndSerial(month)],
    ],
    formats: { '3,1': 'dd/mm/yyyy' },
  };
}
