import type { IssueList } from '../issues';
import { parseMonth } from '../months';
import { cellText } from '../rawCell';
import type { MonthKey, Settings } from '../types';
import type { ColumnSpec, RawTable } from './tables';
import { normaliseHeader, readTable } from './tables';

export const DEFAULT_AREA = 'County';

type SettingsField = 'setting' | 'value';
const SETTINGS_COLUMNS: ColumnSpec<SettingsField>[] = [
  { field: 'setting', header: 'Setting', aliases: ['Name', 'Key'], required: true },
  { field: 'value', header: 'Value', aliases: [], required: true },
];

export const SETTING_KEYS = {
  title: 'Title',
  month: 'Reporting month',
  area: 'Area',
  areas: 'Areas',
  areaSheets: 'Area scorecards',
} as const;

export interface ParsedSettings extends Settings {
  /** The areas, in order, that a reference spanning several cells covers. */
  areas: string[];
  /** Write a scorecard sheet for each area as well as the top level (Yes unless set to No). */
  areaSheets: boolean;
}

export function parseSettings(table: RawTable | undefined, issues: IssueList): ParsedSettings {
  const settings: ParsedSettings = { title: 'Scorecard', area: DEFAULT_AREA, areas: [], areaSheets: true };
  if (!table) return settings;
  for (const row of readTable(table, SETTINGS_COLUMNS, issues) ?? []) {
    const key = normaliseHeader(cellText(row.cell('setting')));
    const raw = row.cell('value');
    const text = cellText(raw);
    if (key === normaliseHeader(SETTING_KEYS.title)) {
      if (text) settings.title = text;
    } else if (key === normaliseHeader(SETTING_KEYS.area)) {
      if (text) settings.area = text;
    } else if (key === normaliseHeader(SETTING_KEYS.areas)) {
      settings.areas = text
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter(Boolean);
    } else if (key === normaliseHeader(SETTING_KEYS.areaSheets)) {
      const answer = text.toLowerCase();
      if (['no', 'n', 'false', 'off', '0'].includes(answer)) settings.areaSheets = false;
      else if (answer && !['yes', 'y', 'true', 'on', '1'].includes(answer)) {
        issues.error(
          'bad-setting',
          `Area scorecards "${text}" is not Yes or No.`,
          'Type Yes to write a scorecard sheet for each area, or No for the top level only.',
          row.at('value'),
        );
      }
    } else if (key === normaliseHeader(SETTING_KEYS.month)) {
      if (!text) continue;
      const month: MonthKey | undefined = parseMonth(raw);
      if (month) settings.month = month;
      else
        issues.error(
          'bad-month',
          `Reporting month "${text}" is not a date.`,
          'Type the month end as a date, for example 30/04/2017.',
          row.at('value'),
        );
    }
  }
  return settings;
}
