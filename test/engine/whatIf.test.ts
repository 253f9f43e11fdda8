import { recalculate } from '../../src/app/recalculate';
import type { Override, RawCell } from '../../src/engine';
import { BASELINE, parseScenarios, previewWhatIf, saveScenario, scenarioRows } from '../../src/engine';
import { buildKentWorkbook } from '../../src/example/kentExample';
import { ExcelJsGateway } from '../../src/gateways/exceljs';

async function kent(edit?: (wb: ReturnType<typeof buildKentWorkbook>) => void) {
  const wb = buildKentWorkbook();
  edit?.(wb);
  const outcome = await recalculate(new ExcelJsGateway(wb), { checkOnly: true });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome;
}

describe('what-if preview', () => {
  test('agrees, indicator for indicator, with recalculating a catalogue edited the same way', async () => {
    const before = await kent();
    const changes = new Map<string, Override>([
      ['1', { target: 0.22 }],
      ['2', { target: 0.916 }],
      ['12', { target: 0.225 }],
      ['3', { target: 0.975, floor: 0.9 }],
    ]);
    const preview = previewWhatIf(before.results.byArea.get('Kent')!, changes);
    const after = await kent((wb) => {
      const catalogue = wb.getWorksheet('Catalogue')!;
      for (const [id, o] of changes) {
        const indicator = before.indicators.find((i) => i.id === id)!;
        if (o.target !== undefined) catalogue.getCell(indicator.at.target!.cell).value = o.target;
        if (o.floor !== undefined) catalogue.getCell(indicator.at.floor!.cell).value = o.floor;
      }
    });
    expect(preview.problems.size).toBe(0);
    expect(preview.before).toEqual(before.summary.total);
    expect(preview.after).toEqual(after.summary.total);
    expect(preview.after).not.toEqual(preview.before);
    const rags = after.results.byArea.get('Kent')!.map((r) => [r.indicator.id, r.current.rag, r.monthAgo?.direction]);
    const previewed = before.results.byArea.get('Kent')!.map((r) => {
      const flip = preview.flips.find((f) => f.indicator.id === r.indicator.id);
      return [r.indicator.id, flip ? flip.to : r.current.rag];
    });
    expect(previewed).toEqual(rags.map(([id, rag]) => [id, rag]));
    expect(preview.flips.map((f) => [f.indicator.id, f.from, f.to])).toEqual([
      ['1', 'G', 'A'],
      ['2', 'G', 'A'],
      ['3', 'A', 'G'],
      ['12', 'G', 'A'],
    ]);
  });

  test('a change that makes no sense is reported and leaves the indicator as it was', async () => {
    const before = await kent();
    const preview = previewWhatIf(before.results.byArea.get('Kent')!, new Map([['2', { floor: 0.95 }]]));
    expect(preview.problems.get('2')).toBe('The floor 95.0% is above the target 90.0%.');
    expect(preview.after).toEqual(preview.before);
    expect(preview.flips).toEqual([]);
  });
});

describe('scenarios kept in the workbook', () => {
  const indicators = [
    { id: '1', target: 0.25, floor: 0.3 },
    { id: '12', target: 0.175, bands: { inner: 0.025, outer: 0.05, mode: 'absolute' as const } },
  ] as unknown as Parameters<typeof saveScenario>[2];

  test('saving the first scenario keeps a Baseline of the catalogue, which is never replaced', () => {
    const first = saveScenario([], { name: 'Stretch', changes: new Map([['1', { target: 0.2 }]]) }, indicators);
    expect(first.map((s) => s.name)).toEqual([BASELINE, 'Stretch']);
    expect(first[0]?.changes.get('12')).toEqual({ target: 0.175, floor: undefined, inner: 0.025, outer: 0.05 });
    const changed = indicators.map((i) => ({ ...i, target: 0.5 }));
    const second = saveScenario(first, { name: 'Stretch', changes: new Map([['1', { target: 0.21 }]]) }, changed);
    expect(second.map((s) => s.name)).toEqual([BASELINE, 'Stretch']);
    expect(second[0]?.changes.get('1')?.target).toBe(0.25);
    expect(second[1]?.changes.get('1')?.target).toBe(0.21);
    expect(() => saveScenario(second, { name: 'baseline', changes: new Map() }, indicators)).toThrow('choose another name');
  });

  test('rows written to the sheet read back as the same scenarios', () => {
    const list = saveScenario([], { name: 'Stretch', changes: new Map([['1', { target: 0.2, floor: 0.28 }]]) }, indicators);
    const rows = scenarioRows(list) as RawCell[][];
    expect(rows[0]).toEqual(['Scenario', 'Indicator ID', 'Target', 'Floor', 'Inner band', 'Outer band']);
    const back = parseScenarios(rows);
    expect(back.map((s) => [s.name, [...s.changes]])).toEqual(
      list.map((s) => [
        s.name,
        [...s.changes].map(([id, o]) => [id, Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))]),
      ]),
    );
  });
});
