import type { Override, Rag } from '../../../engine';
import { formatFor, RAG_WORDS } from '../../../engine';
import type { ReportIndicator } from '../../../session/report';

export type FieldName = keyof Override;

export const LABELS: Record<FieldName, string> = { target: 'Target', floor: 'Floor', inner: 'Inner band', outer: 'Outer band' };

export const ragWord = (rag?: Rag): string => (rag ? RAG_WORDS[rag] : 'no RAG');

/** The bandings a what-if change may touch: a target with bands for T, with a floor otherwise. */
export function fieldsFor(indicator: ReportIndicator): FieldName[] {
  return indicator.bandings.polarity === 'T' ? ['target', 'inner', 'outer'] : ['target', 'floor'];
}

export function currentValue(indicator: ReportIndicator, field: FieldName): number | undefined {
  const b = indicator.bandings;
  return field === 'target' ? b.target : field === 'floor' ? b.floor : field === 'inner' ? b.bands?.inner : b.bands?.outer;
}

/** "Target 90.0% → 91.6%, Floor 80.0% → 85.0%" */
export function describeChange(indicator: ReportIndicator | undefined, override: Override): string {
  if (!indicator) return '';
  const show = (v: number | undefined) => (v === undefined ? '(blank)' : formatFor(indicator.bandings, v));
  return (Object.keys(override) as FieldName[])
    .filter((f) => override[f] !== undefined)
    .map((f) => `${LABELS[f]} ${show(currentValue(indicator, f))} → ${show(override[f])}`)
    .join(', ');
}

/** Changes that differ from the catalogue (a loaded Baseline mostly matches it). */
export function realChanges(indicators: ReportIndicator[], changes: Map<string, Override>): Map<string, Override> {
  const real = new Map<string, Override>();
  for (const [id, override] of changes) {
    const indicator = indicators.find((i) => i.id === id);
    if (!indicator) continue;
    const differs = Object.fromEntries(
      (Object.entries(override) as [FieldName, number | undefined][]).filter(
        ([f, v]) => v !== undefined && v !== currentValue(indicator, f),
      ),
    ) as Override;
    if (Object.keys(differs).length) real.set(id, differs);
  }
  return real;
}
