import { recalculate } from '../../src/app/recalculate';
import type { IndicatorResult } from '../../src/engine';
import { addMonths, draftNarrative, formatFor, RAG_WORDS, summarise } from '../../src/engine';
import { ExcelJsGateway } from '../../src/gateways/exceljs';
import { runKent } from '../helpers/kent';
import { catalogueRow, miniWorkbook } from '../helpers/miniWorkbook';
import { itemAt } from '../helpers/at';

async function kentNarrative() {
  const { outcome } = await runKent();
  const results = outcome.results.byArea.get('Kent')!;
  const summary = summarise(results);
  const { paragraphs } = draftNarrative(results, summary, outcome.results.month, addMonths(outcome.results.month, -1));
  return { results, summary, paragraphs };
}

const bulletsAfter = (paragraphs: string[], heading: string): string[] => {
  const start = paragraphs.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = paragraphs.findIndex((p, i) => i > start && !p.startsWith('• '));
  return paragraphs.slice(start + 1, end === -1 ? undefined : end);
};

describe('the committee narrative for Kent, March to April 2017', () => {
  test('the RAG counts are the scorecard counts', async () => {
    const { paragraphs } = await kentNarrative();
    expect(paragraphs.slice(1, 5)).toEqual([
      'Of the 43 KPIs included in the report, the RAG status for April 2017 is as follows:',
      '• 19 are rated Green – target achieved or exceeded',
      '• 19 are rated Amber – below target but above floor standard',
      '• 5 are rated Red – below floor standard',
    ]);
  });

  test('each RAG change names the indicator, both results, both months, the target or floor and both RAGs', async () => {
    const { paragraphs, summary, results } = await kentNarrative();
    const heading = `Between March 2017 and April 2017 the RAG status of ${summary.ragChanges.length} KPIs changed:`;
    const lines = bulletsAfter(paragraphs, heading);
    expect(lines).toHaveLength(summary.ragChanges.length);
    summary.ragChanges.forEach((change, i) => {
      const r = results.find((x) => x.indicator === change.indicator)!;
      expect(lines[i]).toContain(`• ${change.indicator.name}. Performance for this measure`);
      expect(lines[i]).toContain(`from ${r.monthAgo!.text} in March 2017 to ${r.current.text} in April 2017`);
      expect(lines[i]).toContain(`moving the RAG rating from ${RAG_WORDS[change.from]} to ${RAG_WORDS[change.to]}.`);
    });
    expect(lines).toContain(
      '• % of Children seen at C&F Assessment. Performance for this measure worsened from 98.2% in March 2017 to 98.0% in April 2017, missing the Target of 98.0% (unrounded, 97.990%) and moving the RAG rating from Green to Amber.',
    );
  });

  test('every Amber and Red indicator appears once, under the way it moved, with its own figures', async () => {
    const { paragraphs, results } = await kentNarrative();
    for (const rag of ['A', 'R'] as const) {
      const rated = results.filter((r) => r.current.rag === rag);
      const start = paragraphs.indexOf(`For the ${rated.length} KPIs rated as ${RAG_WORDS[rag]}:`);
      expect(start).toBeGreaterThan(0);
      const next = paragraphs.findIndex((p, i) => i > start && p.startsWith('For the '));
      const block = paragraphs.slice(start + 1, next === -1 ? undefined : next);
      for (const r of rated) {
        const line = block.find((p) => p.startsWith(`• ${r.indicator.name}:`));
        const moved =
          r.monthAgo!.direction === 'same'
            ? `remained at ${r.current.text}`
            : `${r.monthAgo!.direction === 'improved' ? 'improved' : 'worsened'} from ${r.monthAgo!.text} to ${r.current.text}`;
        expect(line).toBe(`• ${r.indicator.name}: ${moved} (Target ${formatFor(r.indicator, r.indicator.target!)}).`);
      }
      const counted = block
        .filter((p) => !p.startsWith('• '))
        .map((p) => (/^All of them/.test(p) ? rated.length : Number(/^(\d+) of them/.exec(p)?.[1] ?? NaN)));
      expect(counted.reduce((a, b) => a + b, 0)).toBe(rated.length);
    }
    expect(paragraphs).toContain('6 of them show improved performance between March 2017 and April 2017:');
    expect(paragraphs).toContain('All of them show a decrease in performance between March 2017 and April 2017:');
  });
});

test('the committee report sentence, reproduced from its own figures (June 2018)', async () => {
  const wb = miniWorkbook({
    catalogue: [
      catalogueRow({
        Indicator: 'Percentage of CIC who turned 18 during the month with a health history',
        Target: 1,
        Floor: 0.9,
      }),
    ],
    figures: [['health history', 33, 33]],
    data: [{ 'Indicator ID': 1, 'Month end': new Date(Date.UTC(2018, 4, 31)), Value: 0.939 }],
    settings: [['Reporting month', new Date(Date.UTC(2018, 5, 30))]],
  });
  const outcome = await recalculate(new ExcelJsGateway(wb), { checkOnly: true });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  const results: IndicatorResult[] = outcome.results.byArea.get(itemAt(outcome.results.areas))!;
  const { paragraphs } = draftNarrative(results, summarise(results), '2018-06', '2018-05');
  expect(paragraphs).toContain(
    '• Percentage of CIC who turned 18 during the month with a health history. Performance for this measure improved from 93.9% in May 2018 to 100.0% in June 2018, achieving the Target of 100.0% and moving the RAG rating from Amber to Green.',
  );
  expect(paragraphs).toContain('Between May 2018 and June 2018 the RAG status of 1 KPI changed:');
  expect(paragraphs).toContain('• 1 is rated Green – target achieved or exceeded');
});
