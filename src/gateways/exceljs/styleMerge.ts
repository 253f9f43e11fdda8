/**
 * Merging the cell styles of the output sheets ExcelJS wrote into the workbook's own styles.xml:
 * fonts, fills, borders, number formats, cell formats and conditional-format styles are added
 * where the workbook does not already have the very same one, so a rerun adds nothing, and the
 * workbook's existing style ids (the ones its own sheets use) never move.
 */
import { attribute, escapeXml, rootPrefix, withPrefix } from './xmlScan';

const SECTIONS = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs', 'dxfs'] as const;
type Section = (typeof SECTIONS)[number];
const ITEM: Record<Section, string> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellXfs: 'xf',
  dxfs: 'dxf',
};

interface Found {
  /** Where the whole section element starts and ends in the part. */
  start: number;
  end: number;
  items: string[];
}

function findSection(xml: string, section: Section): Found | undefined {
  const open = new RegExp(`<(?:\\w+:)?${section}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return undefined;
  if (open[1] === '/') return { start: open.index, end: open.index + open[0].length, items: [] };
  const closeMatch = new RegExp(`</(?:\\w+:)?${section}>`).exec(xml.slice(open.index));
  if (!closeMatch) throw new Error(`styles.xml: <${section}> is not closed`);
  const end = open.index + closeMatch.index + closeMatch[0].length;
  const inner = xml.slice(open.index + open[0].length, open.index + closeMatch.index);
  const item = ITEM[section];
  const pattern = new RegExp(`<(?:\\w+:)?${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${item}>)`, 'g');
  return { start: open.index, end, items: inner.match(pattern) ?? [] };
}

function setAttribute(tag: string, name: string, value: string | number): string {
  const pattern = new RegExp(`(\\s${name}=)"[^"]*"`);
  return pattern.test(tag) ? tag.replace(pattern, (_, head: string) => `${head}"${value}"`) : tag;
}

/** Index of `item` in `list`, appended when not there. */
function indexIn(list: string[], item: string, known: Map<string, number>): number {
  let index = known.get(item);
  if (index === undefined) {
    index = list.length;
    list.push(item);
    known.set(item, index);
  }
  return index;
}

const indexOfAll = (list: string[]): Map<string, number> => {
  const known = new Map<string, number>();
  list.forEach((item, i) => {
    if (!known.has(item)) known.set(item, i);
  });
  return known;
};

interface MergedStyles {
  xml: string;
  /** The workbook's cell format id for each of ExcelJS's. */
  xf: number[];
  /** The workbook's conditional-format style id for each of ExcelJS's. */
  dxf: number[];
}

/** The workbook's styles.xml with ExcelJS's styles added. */
export function mergeStyles(target: string, unprefixed: string): MergedStyles {
  // A part some tools write with prefixed elements (<x:font>) gets the added items the same way.
  const source = withPrefix(unprefixed, rootPrefix(target));
  const mine = Object.fromEntries(SECTIONS.map((s) => [s, findSection(target, s)])) as Record<Section, Found | undefined>;
  const theirs = Object.fromEntries(SECTIONS.map((s) => [s, findSection(source, s)?.items ?? []])) as Record<Section, string[]>;
  for (const s of ['fonts', 'fills', 'borders', 'cellXfs'] as const) {
    if (!mine[s]) throw new Error(`the workbook's styles have no <${s}>`);
  }
  const lists = Object.fromEntries(SECTIONS.map((s) => [s, [...(mine[s]?.items ?? [])]])) as Record<Section, string[]>;
  // Number formats: the same code keeps its id; a new one gets the next free custom id.
  const codes = new Map(lists.numFmts.map((tag) => [attribute(tag, 'formatCode') ?? '', Number(attribute(tag, 'numFmtId'))]));
  let nextId = Math.max(163, ...codes.values()) + 1;
  const numFmt = new Map<number, number>();
  for (const tag of theirs.numFmts) {
    const code = attribute(tag, 'formatCode') ?? '';
    let id = codes.get(code);
    if (id === undefined) {
      id = nextId++;
      codes.set(code, id);
      lists.numFmts.push(withPrefix(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`, rootPrefix(target)));
    }
    numFmt.set(Number(attribute(tag, 'numFmtId')), id);
  }
  const mapped = (section: 'fonts' | 'fills' | 'borders'): number[] => {
    const known = indexOfAll(lists[section]);
    return theirs[section].map((item) => indexIn(lists[section], item, known));
  };
  const font = mapped('fonts');
  const fill = mapped('fills');
  const border = mapped('borders');
  const knownXf = indexOfAll(lists.cellXfs);
  const xf = theirs.cellXfs.map((tag) => {
    const id = (name: string) => Number(attribute(tag, name) ?? 0);
    let next = setAttribute(tag, 'numFmtId', numFmt.get(id('numFmtId')) ?? id('numFmtId'));
    next = setAttribute(next, 'fontId', font[id('fontId')] ?? 0);
    next = setAttribute(next, 'fillId', fill[id('fillId')] ?? 0);
    next = setAttribute(next, 'borderId', border[id('borderId')] ?? 0);
    return indexIn(lists.cellXfs, next, knownXf);
  });
  const knownDxf = indexOfAll(lists.dxfs);
  const dxf = theirs.dxfs.map((item) => indexIn(lists.dxfs, item, knownDxf));
  return { xml: rebuild(target, mine, lists), xf, dxf };
}

/** The part with each section's items replaced (from the last section back, so offsets hold). */
function rebuild(xml: string, found: Record<Section, Found | undefined>, lists: Record<Section, string[]>): string {
  let out = xml;
  const present = SECTIONS.filter((s) => found[s]).sort((a, b) => found[b]!.start - found[a]!.start);
  for (const s of present) {
    const f = found[s]!;
    const element = `<${prefixOf(xml.slice(f.start))}${s} count="${lists[s].length}">${lists[s].join('')}</${prefixOf(xml.slice(f.start))}${s}>`;
    out = out.slice(0, f.start) + element + out.slice(f.end);
  }
  for (const s of ['numFmts', 'dxfs'] as const) {
    if (found[s] || lists[s].length === 0) continue;
    const element =
      withPrefix(`<${s} count="${lists[s].length}">`, rootPrefix(xml)) +
      lists[s].join('') +
      withPrefix(`</${s}>`, rootPrefix(xml));
    if (s === 'numFmts') out = out.replace(/<(?:\w+:)?styleSheet\b[^>]*>/, (open) => open + element);
    else {
      const before = /<(?:\w+:)?(tableStyles|colors|extLst)\b|<\/(?:\w+:)?styleSheet>/.exec(out);
      if (!before) throw new Error('styles.xml has no end');
      out = out.slice(0, before.index) + element + out.slice(before.index);
    }
  }
  return out;
}

function prefixOf(tag: string): string {
  return /^<(\w+:)?/.exec(tag)?.[1] ?? '';
}
