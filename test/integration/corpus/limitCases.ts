/**
 * Corpus cases whose output would break Excel's limits (issue 11, class 4): the run goes ahead,
 * keeps within the limits and says what it changed, at the cell it changed.
 */
import type { CorpusCase } from './cases';
import { catalogueRow } from '../../helpers/miniWorkbook';

export const LIMIT_CASES: CorpusCase[] = [
  {
    name: 'a definition of 40,000 characters on an exception page',
    spec: { catalogue: [catalogueRow({ Definition: 'word '.repeat(8_000), 'Exception page': 'Yes' })] },
    severity: 'warning',
    code: 'text-cut',
    says: 'Exceptions!A19: The text written to this cell ("Definition: word word word word word wor…") is 40,011 characters long, more than the 32,767 an Excel cell holds, so it is cut short and ends with a note saying so. Shorten the text where it comes from (the catalogue, the commentary or the narrative), then recalculate.',
  },
  {
    name: 'a result too large for Excel to hold',
    spec: {
      figures: [['Contacts', 1e305, 1]],
      catalogue: [catalogueRow({ Unit: 'rate per 10,000', Target: 1, Floor: 0.5 })],
    },
    severity: 'warning',
    code: 'number-too-large',
    says: 'Scorecard!E7, indicator 1: The result here works out as Infinity, which Excel cannot hold, so it is shown as "-" (and as #NUM! once Excel recalculates its formula). Check the figures behind it: a numerator or denominator is far too large or too small (a value typed in the wrong units, perhaps).',
  },
];
