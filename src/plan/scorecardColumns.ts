/** Columns of the county scorecard, as in the published 2017 report, then SPC and the notes. */
export const SCORECARD_COLUMNS = {
  id: 1,
  indicator: 2,
  polarity: 3,
  period: 4,
  result: 5,
  rag: 6,
  numerator: 7,
  denominator: 8,
  target: 9,
  monthAgo: 10,
  monthAgoDot: 11,
  yearAgo: 12,
  yearAgoDot: 13,
  rolling3: 14,
  rolling3Rag: 15,
  spcVariation: 16,
  spcAssurance: 17,
  notes: 18,
} as const;

export const SCORECARD_WIDTH = SCORECARD_COLUMNS.notes;
