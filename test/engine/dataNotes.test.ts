import { bandingsInWords, dataNotes } from '../../src/engine';
import { runKent } from '../helpers/kent';

/** The data notes of the five April 2017 exception pages, as the report prints them. */
const PUBLISHED: Record<string, string> = {
  '6': 'Target: 0 (RAG Bandings: Above 10 = Red, 1 to 10 = Amber, 0 = Green)',
  '8': 'Target: 85% (RAG Bandings: Below 75% = Red, 75% to 85% = Amber, 85% and above = Green)',
  '20': 'Target: 90% (RAG Bandings: Below 75% = Red, 75% to 90% = Amber, 90% and above = Green)',
  '27': 'Target: 80% (RAG Bandings: Below 70% = Red, 70% to 80% = Amber, 80% and above = Green)',
  '42': 'Target: 18 (RAG Bandings: Above 22 = Red, 18 to 22 = Amber, 18 and below = Green)',
};

test('the bandings in words match the report for each of its five exception pages', async () => {
  const { outcome } = await runKent();
  for (const [id, words] of Object.entries(PUBLISHED)) {
    expect(bandingsInWords(outcome.indicators.find((i) => i.id === id)!)).toBe(words);
  }
});

test('tolerance, data period and source read as the report writes them', async () => {
  const { outcome } = await runKent();
  const notes = (id: string) =>
    dataNotes(
      outcome.indicators.find((i) => i.id === id)!,
      '2017-04',
    );
  expect(notes('8').slice(1)).toEqual([
    'Tolerance: Higher values are better',
    'Data: Figures shown are based on a rolling 12 month period. The result for Apr 2017 for example shows performance for May 2016 to Apr 2017.',
    'Data Source: Liberi',
  ]);
  expect(notes('42')[2]).toBe('Data: Figures shown are based on a snapshot as at the end of the reporting month');
  expect(notes('42')[1]).toBe('Tolerance: Lower values are better');
});

test('T bandings are described as distances from the target', async () => {
  const { outcome } = await runKent();
  const t = outcome.indicators.find((i) => i.polarity === 'T')!;
  expect(bandingsInWords(t)).toMatch(
    /^Target: [\d.]+%? \(RAG Bandings: within [\d.]+%? = Green, within [\d.]+%? = Amber, further away = Red\)$/,
  );
});
