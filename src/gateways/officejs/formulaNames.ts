/**
 * Names defined by a formula (INDEX(…), OFFSET(…): "the latest row"), whose cells only Excel can
 * work out. The listing (round trip 1) gives every workbook name's formula; round trip 2 asks Excel
 * where each such name points now, its address only, through NamedItem.getRangeOrNullObject: "If
 * the named item's type is not a range, then this method returns an object with its isNullObject
 * property set to true"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditem#excel-excel-nameditem-getrangeornullobject-member(1)).
 * A reference through such a name is then answered from the sheets read ahead where they hold its
 * cells (readAhead.ts), as a plain range is, and needs no round trip of its own.
 */
import { parseReference } from '../../engine';
import type { Listing } from './listing';

/** Names asked about at most: the request stays small however many names a workbook has. */
const FORMULA_NAMES_ASKED = 200;

/** A name whose formula is a function of cells, not a range written out (nor a constant). */
function byFormula(formula: string): boolean {
  const text = formula.replace(/^=/, '');
  return text.includes('(') && parseReference(text)?.kind !== 'range';
}

/**
 * Queues, without a sync, where each name defined by a formula points: how many were asked, and
 * a function giving, after the sync, each one's address by lower-case name (null: not a range).
 */
export function queueFormulaNames(
  context: Excel.RequestContext,
  listing: Listing,
): { asked: number; read: () => Map<string, string | null> } {
  const queued = listing.names
    .filter((entry) => byFormula(entry.formula))
    .slice(0, FORMULA_NAMES_ASKED)
    .map((entry) => {
      const range = context.workbook.names.getItem(entry.name).getRangeOrNullObject();
      range.load('address');
      return { name: entry.name, range };
    });
  return {
    asked: queued.length,
    read: () => new Map(queued.map(({ name, range }) => [name.toLowerCase(), range.isNullObject ? null : range.address])),
  };
}
