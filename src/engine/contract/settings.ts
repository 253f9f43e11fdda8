import type { IssueList } from '../issues';
import { quoteSheet } from '../issues';
import type { RawCell } from '../rawCell';
import { cellText, isUncalculated } from '../rawCell';
import type { CellLocation, Settings } from '../types';
import { nearest } from './keywords';
import { readMonthCell } from './monthCells';
import { longMonthLabel } from '../months';
import type { ColumnSpec, RawTable } from './tables';
import { normaliseHeader, readTable } from './tables';
import { rowCalculated } from './uncalculatedText';

const DEFAULT_AREA = 'County';

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

type SettingKey = keyof typeof SETTING_KEYS;
const KEY_BY_NAME = new Map(Object.entries(SETTING_KEYS).map(([key, name]) => [normaliseHeader(name), key as SettingKey]));
const NAMES = Object.values(SETTING_KEYS);

export interface ParsedSettings extends Settings {
  /** The areas, in order, that a reference spanning several cells covers. */
  areas: string[];
  /** Write a scorecard sheet for each area as well as the top level (Yes unless set to No). */
  areaSheets: boolean;
  /** Where each setting's value was typed, for messages about it. */
  at: Partial<Record<SettingKey, CellLocation>>;
}

const where = (at: CellLocation): string => `${quoteSheet(at.sheet)}!${at.cell}`;

/**
 * The Settings table: one row per setting. A name we do not know, or one given twice, is an
 * error rather than ignored (a misspelt "Reporting month" would otherwise fall back to the
 * latest month in the data without a word); no Area is a warning, as every reference is then
 * read as the default area's.
 */
export function parseSettings(table: RawTable | undefined, issues: IssueList, date1904 = false): ParsedSettings {
  const settings: ParsedSettings = { title: 'Scorecard', area: DEFAULT_AREA, areas: [], areaSheets: true, at: {} };
  if (!table) return settings;
  const rows = readTable(table, SETTINGS_COLUMNS, issues);
  if (!rows) return settings;
  for (const row of rows) {
    // A value that cannot be read is reported here, and the setting still counts as given.
    const calculated = rowCalculated(row, SETTINGS_COLUMNS, issues);
    if (isUncalculated(row.cell('setting'))) continue;
    const name = cellText(row.cell('setting'));
    const key = KEY_BY_NAME.get(normaliseHeader(name));
    if (!key) {
      const guess = nearest(name, NAMES, normaliseHeader);
      issues.error(
        'unknown-setting',
        `Setting "${name}" is not one we know${guess ? `; did you mean "${guess}"?` : '.'}`,
        `${guess ? `Type "${guess}". ` : ''}The settings are ${NAMES.map((n) => `"${n}"`).join(', ')}; delete any other row.`,
        row.at('setting'),
      );
      continue;
    }
    const earlier = settings.at[key];
    if (earlier) {
      issues.error(
        'duplicate-setting',
        `"${SETTING_KEYS[key]}" is set twice: here and at ${where(earlier)}.`,
        'Keep one of the two rows.',
        row.at('setting'),
      );
      continue;
    }
    settings.at[key] = row.at('value');
    if (calculated) readSetting(settings, key, row.cell('value'), row.at('value'), issues, date1904);
  }
  if (!settings.at.area) {
    issues.warn(
      'no-area-setting',
      `The ${table.name} table has no "Area" row, so the scorecard is headed "${DEFAULT_AREA}" and every single-cell reference is read as ${DEFAULT_AREA}'s figure.`,
      'Add a row "Area" with the name of the authority (for example Kent), spelt as in the data table.',
      { sheet: table.range.sheet, cell: table.range.address.split(':')[0] ?? table.range.address },
    );
  }
  return settings;
}

function readSetting(
  settings: ParsedSettings,
  key: SettingKey,
  raw: RawCell,
  at: CellLocation,
  issues: IssueList,
  date1904: boolean,
): void {
  const text = cellText(raw);
  switch (key) {
    case 'title':
      if (text) settings.title = text;
      return;
    case 'area':
      if (text) settings.area = text;
      return;
    case 'areas': {
      settings.areas = text
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter(Boolean);
      // Areas are matched to headers case and spacing aside: one listed twice so is one area named twice.
      const seen = new Map<string, string>();
      for (const area of settings.areas) {
        const key = area.toLowerCase().replace(/\s+/g, ' ');
        const first = seen.get(key);
        if (first === undefined) seen.set(key, area);
        else {
          issues.error(
            'bad-setting',
            `Areas lists ${first} twice (${first === area ? first : `${first}, ${area}`}): areas are matched to the columns' headers case and spacing aside, so they are one area.`,
            `List each area once in the Areas setting.`,
            at,
          );
          return;
        }
      }
      return;
    }
    case 'areaSheets': {
      const answer = text.toLowerCase();
      if (['no', 'n', 'false', 'off', '0'].includes(answer)) settings.areaSheets = false;
      else if (answer && !['yes', 'y', 'true', 'on', '1'].includes(answer)) {
        issues.error(
          'bad-setting',
          `Area scorecards "${text}" is not Yes or No.`,
          'Type Yes to write a scorecard sheet for each area, or No for the top level only.',
          at,
        );
      }
      return;
    }
    case 'month': {
      if (!text) return;
      const reading = readMonthCell(raw, 'Reporting month', date1904);
      if (reading.ok) settings.month = reading.month;
      if (reading.ok && reading.otherReading) {
        issues.warn(
          'ambiguous-month',
          `Reporting month "${text}" is text that reads two ways: ${longMonthLabel(reading.month)} day first (as in the UK), which is used, or ${longMonthLabel(reading.otherReading)} month first.`,
          `Type the month end as a date Excel understands, or as a month name (for example ${longMonthLabel(reading.month)}), so it reads one way.`,
          at,
        );
      } else if (!reading.ok)
        issues.error(reading.kind === 'implausible' ? 'implausible-month' : 'bad-month', reading.message, reading.fix, at);
      return;
    }
  }
}
