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
}

/** Every area of a space-separated list (sqref) lies outside the box. */
function allOutside(sqref: string, box: RangeBox): boolean {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .every((area) => {
      const b = parseRangeAddress(area.includes(':') ? area : `${area}:${area}`);
      return b !== undefined && (b.bottom < box.top || b.top > box.bottom || b.right < box.left || b.left > box.right);
    });
}

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
  const tail = sheetPart.slice(sheetPart.lastIndexOf('sheetData>'));
  const conditionalFormats = (
    tail.match(/<(?:\w+:)?conditionalFormatting\b[^>]*>[\s\S]*?<\/(?:\w+:)?conditionalFormatting>/g) ?? []
  )
    .filter((cf) => allOutside(attribute(cf.slice(0, cf.indexOf('>')), 'sqref') ?? '', box))
    .map(plain);
  const drawing = keepDrawing ? element(tail, 'drawing') : undefined;
  const legacyDrawing = element(tail, 'legacyDrawing');
  const carried: Carried = {
    conditionalFormats,
    dataValidations: listOutside(tail, 'dataValidations', 'dataValidation', 'sqref', box),
    hyperlinks: listOutside(tail, 'hyperlinks', 'hyperlink', 'ref', box),
    ...(drawing ? { drawing: plain(drawing) } : {}),
    ...(legacyDrawing ? { legacyDrawing: plain(legacyDrawing) } : {}),
    relationships: [],
    zoom: attribute(/<(?:\w+:)?sheetView\b[^>]*>/.exec(sheetPart)?.[0] ?? '', 'zoomScale'),
  };
  const used = [carried.hyperlinks, carried.drawing, carried.legacyDrawing].join('');
  carried.relationships = relationships.filter((tag) => {
    const id = attribute(tag, 'Id') ?? '';
    // Notes are found by their relationship's type, not by an id in the sheet.
    const notes = carried.legacyDrawing !== undefined && (attribute(tag, 'Type') ?? '').endsWith('/comments');
    return notes || (id !== '' && new RegExp(`\\bid="${id}"`).test(used));
  });
  return carried;
}
