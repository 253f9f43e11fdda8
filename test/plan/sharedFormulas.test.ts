import { computeScorecard, IssueList, parseInput, reportingMonth } from '../../src/engine';
import type { ScorecardResults } from '../../src/engine';
import { areaScorecards, planWorkbook } from '../../src/plan';
import { generateInput } from '../../scripts/generate';

/**
 * The area sheets of one plan share the formulas that depend only on an indicator's row
 * (sharedFormulas.ts). Sharing must never show: every area's sheet is the same as when it is
 * planned on its own, with nothing shared, whatever was planned before it.
 */
function results(): ScorecardResults {
  const issues = new IssueList();
  // Polarities H, L and T, R12M and snapshot periods, over 26 months: every formula the rows have.
  const parsed = parseInput(generateInput({ indicators: 13, areas: 4, months: 26 }), issues)!;
  const month = reportingMonth(parsed, issues)!;
  const scored = computeScorecard(
    parsed.catalogue.indicators,
    parsed.observations,
    { title: 'Shared', area: 'Area 1', month },
    issues,
  );
  if (!scored || issues.hasErrors) throw new Error(JSON.stringify(issues.items));
  return scored;
}

const names = (area: string): string => `Scorecard - ${area}`;

/** Area 3 without a figure for indicator 2: its sheet leaves the row out, so the indicators after it sit a row higher. */
function withGap(all: ScorecardResults): ScorecardResults {
  const byArea = new Map(all.byArea);
  const rows = byArea.get('Area 3') ?? [];
  byArea.set(
    'Area 3',
    // No figures for indicator 2 at all in Area 3 (none a month or a year ago either): its sheet leaves the row off.
    rows.map((r) =>
      r.indicator.id === '2'
        ? {
            ...r,
            current: { text: '-', small: false },
            monthAgo: undefined,
            yearAgo: undefined,
            rolling3: undefined,
            spc: { status: 'notEnoughData' as const, points: 0, needed: 12, basis: 'period' as const },
          }
        : r,
    ),
  );
  return { ...all, byArea };
}

test('each area sheet planned with the others equals the same sheet planned alone', () => {
  const all = withGap(results());
  const together = areaScorecards(all, names);
  expect(together.map((a) => a.layout.rowOf.get('3'))).toEqual([9, 8, 9]);
  for (const planned of together) {
    const [alone] = areaScorecards({ ...all, areas: [all.areas[0] ?? '', planned.area] }, names);
    expect(planned).toEqual(alone);
  }
});

test('the whole plan is the same planned twice in a row', () => {
  const all = withGap(results());
  expect(planWorkbook(all).plan).toEqual(planWorkbook(all).plan);
});
