import type { CfFormat, StyledRange } from './types';
import type { Direction, Rag } from '../engine';

/** Excel's own Good / Neutral / Bad cell styles: the letter stays readable on the fill. */
export const RAG_FORMAT: Record<Rag, CfFormat> = {
  G: { fill: '#C6EFCE', fontColor: '#006100', bold: true },
  A: { fill: '#FFEB9C', fontColor: '#9C5700', bold: true },
  R: { fill: '#FFC7CE', fontColor: '#9C0006', bold: true },
};

/** Arrow colours dark enough for contrast on white; the glyph itself carries the meaning. */
export const ARROW_FORMAT: Record<Direction, CfFormat> = {
  improved: { fontColor: '#007A33', bold: true },
  same: { fontColor: '#B07A00', bold: true },
  worse: { fontColor: '#C00000', bold: true },
};

/** Denominators from 1 to 9, as in the published reports. */
export const SMALL_DENOMINATOR_FORMAT: CfFormat = { fill: '#DDEBF7' };

export const HEADER_FILL = '#1F3864';
export const HEADER_FONT = '#FFFFFF';
export const SECTION_FILL = '#D9E1F2';
export const TAB_COLOR = '#1F3864';

/** Every output sheet opens with a title in A1 and the month in A2, styled alike. */
export const TITLE_STYLES: StyledRange[] = [
  { range: 'A1', style: { bold: true, fontSize: 14, fontColor: HEADER_FILL } },
  { range: 'A2', style: { bold: true } },
];
