import type { IssueList } from '../issues';
import { quoteSheet } from '../issues';
import type { CellLocation } from '../types';
import type { ParsedSettings } from './settings';

/** Characters a person cannot see: zero-width spaces and joiners, soft hyphens, byte-order marks. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Spaces that look like a space but are not one (non-breaking, figure, narrow). */
const ODD_SPACES = /[\u00A0\u2007\u202F]/g;

/** An area name as a person reads it: case, invisible characters and odd spaces aside. */
export function canonicalArea(name: string): string {
  return name.normalize('NFKC').replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A name with its hidden characters made visible, for messages: "North[U+00A0]Kent". */
function showHidden(name: string): string {
  return name.replace(
    /[\u200B-\u200D\u2060\uFEFF\u00AD\u00A0\u2007\u202F]/g,
    (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}

/**
 * The longest area name, in UTF-8 bytes, the add-in takes: an area's output marker is a workbook
 * name spelling it in hex, and Excel allows a name at most 255 characters
 * (https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
const AREA_NAME_MAX_BYTES = 100;

/** UTF-8 bytes of a text (1 for ASCII, 2 or 3 for other letters, 4 for an emoji). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

interface Known {
  name: string;
  where: string;
}

/**
 * The area names a workbook uses. Two spellings a reader cannot tell apart ("North Kent" and
 * "north kent", or one with a non-breaking space) would silently make two areas, each with
 * half the figures: the second spelling is an error at its cell, reported once per spelling.
 */
export class AreaNames {
  private readonly known = new Map<string, Known>();
  private readonly reported = new Set<string>();

  /** The areas the Settings table names (Area and Areas), when it lists any; canonical keys. */
  private readonly listed?: Set<string>;

  constructor(
    private readonly settings: ParsedSettings,
    private readonly issues: IssueList,
  ) {
    if (settings.areas.length) this.listed = new Set([settings.area, ...settings.areas].map(canonicalArea));
    const at = (cell: CellLocation | undefined, label: string): string =>
      cell ? `the ${label} setting, ${quoteSheet(cell.sheet)}!${cell.cell}` : `the ${label} setting`;
    this.accept(settings.area, settings.at.area, at(settings.at.area, 'Area'));
    for (const area of settings.areas) this.accept(area, settings.at.areas, at(settings.at.areas, 'Areas'));
  }

  /**
   * A data-table area the Areas setting does not list (a typo, "Nrth" for "North") makes an area of
   * its own, with its own sheet: a warning at its first cell. Without an Areas setting any area goes.
   */
  checkListed(name: string, cell: CellLocation, indicatorId?: string): void {
    if (!this.listed || this.listed.has(canonicalArea(name)) || this.reported.has(`unlisted\u0000${name}`)) return;
    this.reported.add(`unlisted\u0000${name}`);
    this.issues.warn(
      'area-not-listed',
      `Area "${name}" is not in the Areas setting (${this.settings.areas.join(', ')}), so its figures make an area of their own, with its own scorecard.`,
      `If it is one of those areas, type its name as the setting does; if it is another area, add it to the Areas setting.`,
      cell,
      indicatorId,
    );
  }

  /** Whether `name` may be used as it is; a near miss of a known name is reported at `cell`. */
  accept(name: string, cell: CellLocation | undefined, where: string, indicatorId?: string): boolean {
    const bytes = utf8Length(name);
    if (bytes > AREA_NAME_MAX_BYTES) {
      if (!this.reported.has(name)) {
        this.reported.add(name);
        this.issues.error(
          'area-name-too-long',
          `Area "${name.slice(0, 40)}…" is ${name.length} characters long; an area name can be at most ${AREA_NAME_MAX_BYTES} letters (fewer with accented letters or symbols), as its scorecard sheet is found again by a workbook name built from it.`,
          'Shorten the area name here and wherever else it is typed, then recalculate.',
          cell,
          indicatorId,
        );
      }
      return false;
    }
    const key = canonicalArea(name);
    const known = this.known.get(key);
    if (!known) {
      this.known.set(key, { name, where });
      return true;
    }
    if (known.name === name) return true;
    if (!this.reported.has(name)) {
      this.reported.add(name);
      const caseOnly = known.name.toLowerCase() === name.toLowerCase();
      this.issues.error(
        'area-near-miss',
        `Area "${showHidden(name)}" differs from "${showHidden(known.name)}" (${known.where}) ${caseOnly ? 'only in case' : 'only by an invisible character or an odd space'}, so its figures would make a separate area.`,
        caseOnly
          ? `Type it exactly as "${known.name}".`
          : `Retype it as "${showHidden(known.name)}" (names copied from other systems can bring hidden characters).`,
        cell,
        indicatorId,
      );
    }
    return false;
  }
}

/**
 * An area the Areas setting lists that no figure is given for, from the data table or a
 * reference: its scorecard would be all "-". A warning at the setting, once for all such areas.
 */
export function checkListedAreasHaveFigures(
  settings: ParsedSettings,
  observations: readonly { area: string }[],
  issues: IssueList,
): void {
  if (!settings.areas.length) return;
  const given = new Set(observations.map((o) => canonicalArea(o.area)));
  const empty = settings.areas.filter((area) => !given.has(canonicalArea(area)));
  if (!empty.length) return;
  const names = empty.map((a) => `"${a}"`).join(', ');
  issues.warn(
    'area-no-figures',
    `The Areas setting lists ${names}, but no figure is given for ${empty.length > 1 ? 'them' : 'it'}, in the data table or behind a reference.`,
    'Check the area names in the data table against the setting, or take the area out of the setting.',
    settings.at.areas,
  );
}
