/**
 * A shared formula's text as it reads in another cell of its range, as ExcelJS slides it:
 * relative references move by the offset from the formula's first cell, `$` parts stay.
 */
import { cellAddress } from '../../engine';

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The letters of column `n` (1 = A). */
const columnLetters = (n: number): string => cellAddress(1, n).replace(/\d+$/, '');

interface At {
  row: number;
  column: number;
}

export function slideFormula(formula: string, from: At, to: At): string {
  return formula.replace(CANDIDATE, (whole: string, sheet: string | undefined, _name, part: string, paren) => {
    if (paren) return whole;
    const match = CELL.exec(part);
    if (!match) return whole;
    const [, colDollar = '', letters = '', rowDollar = '', digits = ''] = match;
    if (letters.length > 3 || (letters.length === 3 && letters.toUpperCase() > 'XFD')) return whole;
    const column = columnNumber(letters) + (colDollar ? 0 : to.column - from.column);
    const row = Number(digits) + (rowDollar ? 0 : to.row - from.row);
    return `${sheet ?? ''}${colDollar}${columnLetters(column)}${rowDollar}${row}`;
  });
}
