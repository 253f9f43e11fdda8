import { parseRangeAddress } from '../address';

/**
 * What a catalogue reference the scorecard cannot read was probably meant as, and what to type
 * instead: forms Excel accepts in a formula but the scorecard does not read.
 */
export function unsupportedReference(text: string, label: string): { message: string; fix: string } | undefined {
  const typed = text.trim().replace(/^=/, '');
  const table = /^([A-Za-z_\\][A-Za-z0-9_.]*)\[(.+)\]$/.exec(typed);
  if (table) {
    const [, name = '', column = ''] = table;
    return {
      message: `${label} "${typed}" is a table column reference (a structured reference to column ${column.replace(/[[\]]/g, '')} of table ${name}), which the scorecard does not read.`,
      fix: `Point at the column's cells instead, with their sheet, for example 'Return'!B:B (a whole column also reads rows added below), or give those cells a workbook name (Formulas > Define Name) and use the name.`,
    };
  }
  const bang = typed.lastIndexOf('!');
  if (bang <= 0) return undefined;
  const [sheet, after] = [typed.slice(0, bang), typed.slice(bang + 1)];
  const sheetOk = /^'.+'$/.test(sheet) || /^[A-Za-z0-9_.]+$/.test(sheet);
  if (sheetOk && /^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(after) && !parseRangeAddress(after.toUpperCase())) {
    return {
      message: `${label} "${typed}" is a name qualified by its sheet, which the scorecard does not read: it reads a cell range with its sheet, or a name alone.`,
      fix: `Use the cells the name refers to (Formulas > Name Manager shows them), for example ${sheet}!B2:B25, or a name whose scope is the whole workbook, typed alone (${after}).`,
    };
  }
  return undefined;
}
