import type { BandMode, CountKind, DataPeriod, Polarity, Unit } from '../types';

/** Words a catalogue may use for each code, compared case-insensitively, ignoring spaces and dots. */
const POLARITY: Record<string, Polarity> = {
  h: 'H',
  high: 'H',
  higher: 'H',
  higherisbetter: 'H',
  l: 'L',
  low: 'L',
  lower: 'L',
  lowerisbetter: 'L',
  t: 'T',
  target: 'T',
  closetotarget: 'T',
};

const PERIOD: Record<string, DataPeriod> = {
  r12m: 'R12M',
  rolling12months: 'R12M',
  rolling12: 'R12M',
  ytd: 'YTD',
  yeartodate: 'YTD',
  ss: 'SS',
  snapshot: 'SS',
  month: 'Month',
  inmonth: 'Month',
  monthly: 'Month',
  quarter: 'Quarter',
  quarterly: 'Quarter',
  q: 'Quarter',
  qtd: 'QTD',
  quartertodate: 'QTD',
};

const UNIT: Record<string, Unit> = {
  '%': 'percentage',
  percentage: 'percentage',
  percent: 'percentage',
  pc: 'percentage',
  rateper10000: 'rate10k',
  rateper10k: 'rate10k',
  per10000: 'rate10k',
  rate: 'rate10k',
  rate10k: 'rate10k',
  average: 'average',
  avg: 'average',
  mean: 'average',
  count: 'count',
  number: 'count',
  no: 'count',
};

const BAND_MODE: Record<string, BandMode> = {
  absolute: 'absolute',
  points: 'absolute',
  abs: 'absolute',
  relative: 'relative',
  '%oftarget': 'relative',
  rel: 'relative',
  percentoftarget: 'relative',
};

const COUNT_KIND: Record<string, CountKind> = {
  flow: 'flow',
  flows: 'flow',
  sum: 'flow',
  addsup: 'flow',
  inmonth: 'flow',
  events: 'flow',
  stock: 'stock',
  stocks: 'stock',
  snapshot: 'stock',
  monthend: 'stock',
  latest: 'stock',
  periodend: 'stock',
  stockaverage: 'stockAverage',
  averagestock: 'stockAverage',
  stockmean: 'stockAverage',
  averageofmonthends: 'stockAverage',
  meanofmonthends: 'stockAverage',
};

/** How each count kind is written in a catalogue and in messages. */
export const COUNT_KIND_LABEL: Record<CountKind, string> = { flow: 'Flow', stock: 'Stock', stockAverage: 'Stock average' };

function key(text: string): string {
  return text.toLowerCase().replace(/[\s.,_-]+/g, '');
}

function lookup<T>(table: Record<string, T>, text: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key(text)) ? table[key(text)] : undefined;
}

export const parsePolarity = (text: string): Polarity | undefined => lookup(POLARITY, text);
export const parsePeriod = (text: string): DataPeriod | undefined => lookup(PERIOD, text);
export const parseUnit = (text: string): Unit | undefined => lookup(UNIT, text);
export const parseBandMode = (text: string): BandMode | undefined => lookup(BAND_MODE, text);
export const parseCountKind = (text: string): CountKind | undefined => lookup(COUNT_KIND, text);

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

export const KEYWORDS = {
  polarity: POLARITY,
  period: PERIOD,
  unit: UNIT,
  bandType: BAND_MODE,
  countKind: COUNT_KIND,
} as const;

/**
 * The word a mistyped one was meant to be, if it is close enough to be a typo: compared with
 * every accepted spelling, answered with the one to type.
 */
export function suggest<T extends string>(text: string, words: Record<string, T>, shown: Record<T, string>): string | undefined {
  const typed = key(text);
  let best: { code: T; d: number } | undefined;
  for (const [spelling, code] of Object.entries(words)) {
    const d = distance(typed, spelling);
    if (!best || d < best.d) best = { code, d };
  }
  return best && best.d <= Math.max(1, Math.floor(typed.length / 3)) ? shown[best.code] : undefined;
}

/**
 * The candidate a typed name was probably meant to be ("Floor standrd" for "Floor standard"):
 * names are compared as `normalise` leaves them, and only a name of five characters or more
 * within one edit in five is taken for a typo, so short labels of the analyst's own are not.
 */
export function nearest(typed: string, candidates: string[], normalise: (text: string) => string): string | undefined {
  const t = normalise(typed);
  if (t.length < 5) return undefined;
  let best: { name: string; d: number } | undefined;
  for (const name of candidates) {
    const d = distance(t, normalise(name));
    if (!best || d < best.d) best = { name, d };
  }
  return best && best.d > 0 && best.d <= Math.max(1, Math.floor(t.length / 5)) ? best.name : undefined;
}
