/**
 * Engine and full plan (area sheets included) on a generated 100 x 50 x 36 scorecard, a few
 * times, for `node --cpu-prof`:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/engineProfile.ts
 */
import { computeScorecard, IssueList, parseInput, reportingMonth } from '../src/engine';
import { planWorkbook } from '../src/plan';
import { generateInput } from './generate';

const input = generateInput({ indicators: 100, areas: 50, months: 36 });
for (let run = 0; run < 5; run++) {
  const issues = new IssueList();
  const t0 = performance.now();
  const parsed = parseInput(input, issues)!;
  const t1 = performance.now();
  const month = reportingMonth(parsed, issues)!;
  const results = computeScorecard(
    parsed.catalogue.indicators,
    parsed.observations,
    { title: 'Profile', area: 'Area 1', month },
    issues,
  );
  const t2 = performance.now();
  if (results) planWorkbook(results);
  const t3 = performance.now();
  console.log(`parse ${(t1 - t0).toFixed(0)} ms, compute ${(t2 - t1).toFixed(0)} ms, full plan ${(t3 - t2).toFixed(0)} ms`);
}
