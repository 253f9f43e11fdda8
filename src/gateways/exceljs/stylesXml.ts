/**
 * The cell and conditional-format styles of a run's output sheets as styles.xml items, for
 * mergeStyles (styleMerge.ts) to add to the workbook's own: each distinct style becomes one
 * cell format (<xf>), its font built on the workbook's default font as Excel builds one.
 */
import type ExcelJS from 'exceljs';
import type { CfFormat } from '../../plan';
import { argb } from './styles';
import { escapeXml } from './xmlScan';

type CellStyle = Partial<ExcelJS.Style>;

/** Excel's built-in number formats, by code: these are written by id, not as custom formats. */
const BUILT_IN: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

/** The child elements of a <font>, in the order Excel writes them. */
const FONT_ORDER = [
  'b',
  'i',
  'strike',
  'condense',
  'extend',
  'outline',
  'shadow',
  'u',
  'vertAlign',
  'sz',
  'color',
  'name',
  'family',
  'charset',
  'scheme',
];

/** The default font's child elements by name (the workbook's first font), for every font to start from. */
export function defaultFontParts(stylesXml: string): Map<string, string> {
  const fonts = /<(?:\w+:)?fonts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?fonts>/.exec(stylesXml)?.[1] ?? '';
  const first = /<(?:\w+:)?font\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?font>)/.exec(fonts)?.[1] ?? '';
  const parts = new Map<string, string>();
  for (const m of first.matchAll(/<(?:\w+:)?(\w+)\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?\1>)/g)) {
    const name = m[1] ?? '';
    if (name !== 'b' && name !== 'i') parts.set(name, m[0].replace(/^<\w+:/, '<').replace(/<\/\w+:/, '</'));
  }
  return parts;
}

function fontXml(font: Partial<ExcelJS.Font>, base: Map<string, string>): string {
  const parts = new Map(base);
  if (font.bold) parts.set('b', '<b/>');
  if (font.italic) parts.set('i', '<i/>');
  if (font.size) parts.set('sz', `<sz val="${font.size}"/>`);
  if (font.color?.argb) parts.set('color', `<color rgb="${font.color.argb}"/>`);
  return `<font>${FONT_ORDER.map((name) => parts.get(name) ?? '').join('')}</font>`;
}

function fillXml(fill: ExcelJS.Fill | undefined): string | undefined {
  if (fill?.type !== 'pattern' || !fill.fgColor?.argb) return undefined;
  return `<fill><patternFill patternType="solid"><fgColor rgb="${fill.fgColor.argb}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function alignmentXml(alignment: Partial<ExcelJS.Alignment> | undefined): string {
  if (!alignment) return '';
  const attributes = [
    alignment.horizontal ? ` horizontal="${alignment.horizontal}"` : '',
    alignment.vertical ? ` vertical="${alignment.vertical === 'middle' ? 'center' : alignment.vertical}"` : '',
    alignment.wrapText ? ' wrapText="1"' : '',
  ].join('');
  return attributes ? `<alignment${attributes}/>` : '';
}

/** The distinct styles of one write as styles.xml items: fonts, fills, borders, number formats, cell formats. */
export class StylesXml {
  private readonly fonts: string[] = [];
  private readonly fills = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  private readonly borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  private readonly numFmts = new Map<string, number>();
  private readonly xfs: string[] = [];
  private readonly dxfs: string[] = [];
  private readonly known = new Map<CellStyle, number>();
  private readonly knownXf = new Map<string, number>();

  constructor(private readonly baseFont: Map<string, string>) {
    this.fonts.push(fontXml({}, baseFont));
    this.xf({});
  }

  private static indexIn(list: string[], item: string): number {
    const at = list.indexOf(item);
    return at === -1 ? list.push(item) - 1 : at;
  }

  private numFmtId(code: string | undefined): number {
    if (!code) return 0;
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) this.numFmts.set(code, (id = 164 + this.numFmts.size));
    return id;
  }

  /** The cell format index of a style (one of StyleTable's shared style objects). */
  xf(style: CellStyle): number {
    const seen = this.known.get(style);
    if (seen !== undefined) return seen;
    const numFmtId = this.numFmtId(style.numFmt);
    const fontId = style.font ? StylesXml.indexIn(this.fonts, fontXml(style.font, this.baseFont)) : 0;
    const fill = fillXml(style.fill);
    const fillId = fill ? StylesXml.indexIn(this.fills, fill) : 0;
    const borderId = style.border?.bottom
      ? StylesXml.indexIn(
          this.borders,
          '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>',
        )
      : 0;
    const alignment = alignmentXml(style.alignment);
    const applies = [
      numFmtId ? ' applyNumberFormat="1"' : '',
      fontId ? ' applyFont="1"' : '',
      fillId ? ' applyFill="1"' : '',
      borderId ? ' applyBorder="1"' : '',
      alignment ? ' applyAlignment="1"' : '',
    ].join('');
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    const tag = alignment ? `${head}>${alignment}</xf>` : `${head}/>`;
    let index = this.knownXf.get(tag);
    if (index === undefined) {
      index = this.xfs.push(tag) - 1;
      this.knownXf.set(tag, index);
    }
    this.known.set(style, index);
    return index;
  }

  /** The conditional-format style index of a rule's format. */
  dxf(format: CfFormat): number {
    const font = [format.bold ? '<b/>' : '', format.fontColor ? `<color rgb="${argb(format.fontColor)}"/>` : ''].join('');
    const fill = format.fill
      ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(format.fill)}"/></patternFill></fill>`
      : '';
    return StylesXml.indexIn(this.dxfs, `<dxf>${font ? `<font>${font}</font>` : ''}${fill}</dxf>`);
  }

  /** The items as a styles part of their own, for mergeStyles to take from. */
  toXml(): string {
    const section = (name: string, items: string[]) => `<${name} count="${items.length}">${items.join('')}</${name}>`;
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return (
      `<styleSheet>${section('numFmts', numFmts)}${section('fonts', this.fonts)}${section('fills', this.fills)}` +
      `${section('borders', this.borders)}${section('cellXfs', this.xfs)}${section('dxfs', this.dxfs)}</styleSheet>`
    );
  }
}
