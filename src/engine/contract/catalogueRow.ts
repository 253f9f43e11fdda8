import { parseReference } from '../address';
import type { IssueCode } from '../issueCodes';
import type { IssueList } from '../issues';
import { cellText, describeNotANumber, isBlank, isUncalculated, NUMBER_AS_TEXT_FIX, readNumber } from '../rawCell';
import type { CatalogueField, CellLocation, CountKind } from '../types';
import { CATALOGUE_COLUMNS, FIELD_HEADER } from './catalogueColumns';
import { rowCalculated } from './uncalculatedText';
import { unsupportedReference } from './referenceForms';
import { COUNT_KIND_LABEL, KEYWORDS, parseCountKind, suggest } from './keywords';
import type { TableRow } from './tables';

const YES = ['y', 'yes', 'true', '1', 'x'];

/** The fields a catalogue row cannot do without, each with the code for its absence. */
const MISSING = {
  section: 'missing-section',
  name: 'missing-name',
  polarity: 'missing-polarity',
  period: 'missing-period',
  unit: 'missing-unit',
} as const satisfies Partial<Record<CatalogueField, IssueCode>>;
const NO = ['', 'n', 'no', 'false', '0'];

/**
 * One catalogue row as its cells are read: each reading reports its own problem at the cell,
 * against the row's indicator, and the row remembers whether any reading failed.
 */
export class CatalogueRowReader {
  private failed = false;

  constructor(
    readonly row: TableRow<CatalogueField>,
    readonly id: string,
    private readonly issues: IssueList,
  ) {}

  get hasFailed(): boolean {
    return this.failed;
  }

  at(field: CatalogueField): CellLocation {
    return this.row.at(field);
  }

  /** False, each cell reported, when a cell the scorecard reads holds a formula with no saved result. */
  calculated(): boolean {
    const id = isUncalculated(this.row.cell('id')) ? undefined : this.id;
    if (rowCalculated(this.row, CATALOGUE_COLUMNS, this.issues, id)) return true;
    this.failed = true;
    return false;
  }

  text(field: CatalogueField): string {
    return cellText(this.row.cell(field));
  }

  blank(field: CatalogueField): boolean {
    return isBlank(this.row.cell(field));
  }

  /** An error at a field's cell; the row will not become an indicator. */
  fail(field: CatalogueField, code: IssueCode, message: string, fix: string): undefined {
    this.failed = true;
    this.issues.error(code, message, fix, this.at(field), this.id);
    return undefined;
  }

  /** The row will not become an indicator, for a reason already reported once for the whole table. */
  reject(): void {
    this.failed = true;
  }

  warn(field: CatalogueField, code: IssueCode, message: string, fix: string): void {
    this.issues.warn(code, message, fix, this.at(field), this.id);
  }

  required(field: keyof typeof MISSING): string | undefined {
    const value = this.text(field);
    if (value) return value;
    return this.fail(field, MISSING[field], `${FIELD_HEADER[field]} is blank.`, `Fill in the ${FIELD_HEADER[field]}.`);
  }

  /** A number, or undefined when the cell is blank or (reported) not a number. */
  number(field: CatalogueField): number | undefined {
    const cell = this.row.cell(field);
    if (isBlank(cell)) return undefined;
    const reading = readNumber(cell);
    if (reading.ok) return reading.value;
    const asText = reading.problem === 'numeric-text';
    return this.fail(
      field,
      asText ? 'number-as-text' : 'not-a-number',
      `${FIELD_HEADER[field]} ${describeNotANumber(reading)}.`,
      asText ? NUMBER_AS_TEXT_FIX : `Type a number in ${FIELD_HEADER[field]}.`,
    );
  }

  /** Yes or No (blank is No); anything else is reported rather than read as No. */
  flag(field: CatalogueField, code: IssueCode, meaning: string): boolean {
    const answer = this.text(field).toLowerCase();
    if (YES.includes(answer)) return true;
    if (!NO.includes(answer)) {
      this.fail(
        field,
        code,
        `${FIELD_HEADER[field]} "${this.text(field)}" is not Yes or No.`,
        `Type Yes ${meaning}, or No (or leave it blank).`,
      );
    }
    return false;
  }

  reference(field: CatalogueField): string | undefined {
    const text = this.text(field);
    if (!text) return undefined;
    const book = otherWorkbook(text);
    if (book) {
      return this.fail(
        field,
        'reference-other-workbook',
        `${FIELD_HEADER[field]} ${text} refers to another workbook, ${book}, which the scorecard cannot read: it reads only the workbook it runs in.`,
        'Copy the figures into a sheet of this workbook (or link them into one with formulas and save it in Excel) and point the reference there.',
      );
    }
    if (parseReference(text)) return text;
    const unsupported = unsupportedReference(text, FIELD_HEADER[field]);
    if (unsupported) return this.fail(field, 'bad-reference', unsupported.message, unsupported.fix);
    return this.fail(
      field,
      'bad-reference',
      `${FIELD_HEADER[field]} "${text}" is not a cell reference or a name.`,
      "Use a reference such as 'North Kent'!D12 or a workbook name; put sheet names with spaces in single quotes.",
    );
  }

  /** Flow, Stock or Stock average; blank is undefined (the catalogue did not say). */
  countKind(field: 'numeratorKind' | 'denominatorKind'): CountKind | undefined {
    const typed = this.text(field);
    if (!typed) return undefined;
    const kind = parseCountKind(typed);
    if (kind) return kind;
    return this.unknownWord(
      field,
      'unknown-count-kind',
      suggest(typed, KEYWORDS.countKind, COUNT_KIND_LABEL),
      typed,
      'Flow (counts that add up over months), Stock (a month-end figure such as population or FTE: the latest is used) or Stock average (the mean of the month ends)',
    );
  }

  /** A code word that is not one we know, with the one it was probably meant to be. */
  unknownWord(field: CatalogueField, code: IssueCode, guess: string | undefined, typed: string, words: string): undefined {
    return this.fail(
      field,
      code,
      `${FIELD_HEADER[field]} "${typed}" is not one we know.`,
      `${guess ? `Did you mean ${guess}? ` : ''}Use ${words}.`,
    );
  }
}

/** The workbook a reference names in square brackets before its sheet ('[Other.xlsx]Visits'!D7, 'C:\\Data\\[Other.xlsx]Visits'!D:D). */
function otherWorkbook(text: string): string | undefined {
  const bang = text.lastIndexOf('!');
  const book = bang > 0 ? /\[([^\]]+)\]/.exec(text.slice(0, bang)) : null;
  return book ? book[1] : undefined;
}
