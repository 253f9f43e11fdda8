/**
 * What people added to an earlier output sheet that is not cells, carried over when the sheet is
 * written again: notes (comments), links and data validation outside the scorecard's block, their
 * own conditional formats there, their own charts and pictures (on a sheet whose drawing is not
 * the scorecard's), and the zoom they chose. Each element is taken as it was, with the sheet's
 * relationships it needs, under the ids it had.
 */
import type { RangeBox } from '../../engine';
import { parseRangeAddress } from '../../engine';
import { attribute } from './xmlScan';

export interface Carried {
  /** Conditional formats people set outside the block (theirs; the block's are the run's own). */
  conditionalFormats: string[];
  dataValidations?: string;
  hyperlinks?: string;
  drawing?: string;
  legacyDrawing?: string;
  /** The old sheet's relationships those elements use, as they were. */
  relationships: string[];
  zoom?: string;
  /** What people added that is not carried over, in words, for the run to warn of. */
  dropped: string[];
}

/** Some area of a space-separated list (sqref) meets the box. */
const meets = (sqref: string, box: RangeBox): boolean => sqref.trim() !== '' && !allOutside(sqref, box);

/** Every area of a space-separated list (sqref, "A1:B2 D4") passes `test`; an unreadable area fails it. */
function everyArea(sqref: string, test: (area: RangeBox) => boolean): boolean {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .every((area) => {
      const b = parseRangeAddress(area.includes(':') ? area : `${area}:${area}`);
      return b !== undefined && test(b);
    });
}

/** Every area of a sqref lies outside the box. */
const allOutside = (sqref: string, box: RangeBox): boolean =>
  everyArea(sqref, (b) => b.bottom < box.top || b.top > box.bottom || b.right < box.left || b.left > box.right);

/** Every area of a sqref lies inside the box. */
const allInside = (sqref: string, box: RangeBox): boolean =>
  everyArea(sqref, (b) => b.top >= box.top && b.bottom <= box.bottom && b.left >= box.left && b.right <= box.right);

/**
 * An element as the new part can hold it: prefixes taken off its element names (the part uses the
 * default namespace), and attributes of namespaces the part does not declare (Excel's xr:uid) left
 * out; r:id and xml:space stay.
 */
const plain = (xml: string): string =>
  xml.replace(/<(\/?)\w+:(\w)/g, '<$1$2').replace(/\s(?!r:|xml:)[A-Za-z][\w.-]*:[\w.-]+="[^"]*"/g, '');

const element = (xml: string, name: string): string | undefined =>
  new RegExp(`<(?:\\w+:)?${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${name}>)`).exec(xml)?.[0];

/** A list element (dataValidations, hyperlinks) with only its items outside the box, or undefined when none is. */
function listOutside(xml: string, list: string, item: string, refAttribute: string, box: RangeBox): string | undefined {
  const found = element(xml, list);
  if (!found) return undefined;
  const items = (found.match(new RegExp(`<(?:\\w+:)?${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${item}>)`, 'g')) ?? []).filter(
    (tag) => allOutside(attribute(tag, refAttribute) ?? '', box),
  );
  if (items.length === 0) return undefined;
  const count = list === 'dataValidations' ? ` count="${items.length}"` : '';
  return `<${list}${count}>${items.map(plain).join('')}</${list}>`;
}

/**
 * @param relationships the old sheet's relationship tags
 * @param keepDrawing false when the sheet's drawing is the scorecard's own (its charts), written anew
 */
export function carriedXml(sheetPart: string, relationships: string[], box: RangeBox, keepDrawing: boolean): Carried {
  // Excel 2010's own rules and validation (data bars, lists from another sheet) sit in an
  // extension list, in its own namespaces: not carried, and said so.
  const extension = /<(?:\w+:)?extLst\b[\s\S]*<\/(?:\w+:)?extLst>/.exec(sheetPart.slice(sheetPart.lastIndexOf('sheetData>')));
  const tail = sheetPart.slice(sheetPart.lastIndexOf('sheetData>')).replace(extension?.[0] ?? '\u0000', '');
  const formats = tail.match(/<(?:\w+:)?conditionalFormatting\b[^>]*>[\s\S]*?<\/(?:\w+:)?conditionalFormatting>/g) ?? [];
  const sqrefOf = (cf: string) => attribute(cf.slice(0, cf.indexOf('>')), 'sqref') ?? '';
  const drawing = keepDrawing ? element(tail, 'drawing') : undefined;
  const legacyDrawing = element(tail, 'legacyDrawing');
  const carried: Carried = {
    conditionalFormats: formats.filter((cf) => allOutside(sqrefOf(cf), box)).map(plain),
    dataValidations: listOutside(tail, 'dataValidations', 'dataValidation', 'sqref', box),
    hyperlinks: listOutside(tail, 'hyperlinks', 'hyperlink', 'ref', box),
    ...(drawing ? { drawing: plain(drawing) } : {}),
    ...(legacyDrawing ? { legacyDrawing: plain(legacyDrawing) } : {}),
    relationships: [],
    zoom: attribute(/<(?:\w+:)?sheetView\b[^>]*>/.exec(sheetPart)?.[0] ?? '', 'zoomScale'),
    dropped: [],
  };
  const used = [carried.hyperlinks, carried.drawing, carried.legacyDrawing].join('');
  carried.relationships = relationships.filter((tag) => {
    const id = attribute(tag, 'Id') ?? '';
    // Notes are found by their relationship's type, not by an id in the sheet.
    const notes = carried.legacyDrawing !== undefined && (attribute(tag, 'Type') ?? '').endsWith('/comments');
    return notes || (id !== '' && new RegExp(`\\bid="${id}"`).test(used));
  });
  carried.dropped = droppedFrom(tail, relationships, box, extension !== null, formats.map(sqrefOf));
  return carried;
}

/** What people added that the rewrite cannot keep (the run's own rules inside the block are not theirs). */
function droppedFrom(tail: string, relationships: string[], box: RangeBox, extension: boolean, rules: string[]): string[] {
  const sqrefs = (list: string, item: string, ref: string) =>
    (element(tail, list)?.match(new RegExp(`<(?:\\w+:)?${item}\\b[^>]*>`, 'g')) ?? []).map((tag) => attribute(tag, ref) ?? '');
  const dropped: string[] = [];
  if (extension) dropped.push('rules or validation of Excel 2010 and later (data bars, icon sets, lists from another sheet)');
  if (sqrefs('dataValidations', 'dataValidation', 'sqref').some((ref) => meets(ref, box)))
    dropped.push('validation set on the scorecard’s block');
  if (sqrefs('hyperlinks', 'hyperlink', 'ref').some((ref) => meets(ref, box)))
    dropped.push('links on cells of the scorecard’s block');
  if (rules.some((ref) => meets(ref, box) && !allInside(ref, box))) dropped.push('rules reaching into the scorecard’s block');
  if (element(tail, 'tableParts')) dropped.push('Excel tables');
  if (relationships.some((tag) => (attribute(tag, 'Type') ?? '').endsWith('/threadedComment'))) {
    dropped.push('the replies of threaded comments (each thread’s first note is kept)');
  }
  return dropped;
}
