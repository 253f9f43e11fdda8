import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Override, Rag, Scenario, WhatIfPreview } from '../../engine';
import { BASELINE, formatFor, RAG_WORDS } from '../../engine';
import { failureText } from '../../session/failures';
import type { ReportIndicator } from '../../session/report';
import { parseBandingInput } from './bandingInput';
import { Notice } from './Notice';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  field: { minWidth: '120px', flexGrow: 1 },
  select: { maxWidth: '100%', minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  counts: { fontWeight: tokens.fontWeightSemibold },
});

/** What the sandbox needs from the workbook; the service provides it, tests fake it. */
export interface WhatIfApi {
  preview(changes: Map<string, Override>): WhatIfPreview | undefined;
  apply(changes: Map<string, Override>): Promise<unknown>;
  save(name: string, changes: Map<string, Override>): Promise<Scenario[]>;
}

type FieldName = keyof Override;
const LABELS: Record<FieldName, string> = { target: 'Target', floor: 'Floor', inner: 'Inner band', outer: 'Outer band' };

const ragWord = (rag?: Rag): string => (rag ? RAG_WORDS[rag] : 'no RAG');

function fieldsFor(indicator: ReportIndicator): FieldName[] {
  return indicator.bandings.polarity === 'T' ? ['target', 'inner', 'outer'] : ['target', 'floor'];
}

function currentValue(indicator: ReportIndicator, field: FieldName): number | undefined {
  const b = indicator.bandings;
  return field === 'target' ? b.target : field === 'floor' ? b.floor : field === 'inner' ? b.bands?.inner : b.bands?.outer;
}

/** "Target 90.0% → 91.6%, Floor 80.0% → 85.0%" */
function describeChange(indicator: ReportIndicator | undefined, override: Override): string {
  if (!indicator) return '';
  const show = (v: number | undefined) => (v === undefined ? '(blank)' : formatFor(indicator.bandings, v));
  return (Object.keys(override) as FieldName[])
    .filter((f) => override[f] !== undefined)
    .map((f) => `${LABELS[f]} ${show(currentValue(indicator, f))} → ${show(override[f])}`)
    .join(', ');
}

/** Changes that differ from the catalogue (a loaded Baseline mostly matches it). */
function realChanges(indicators: ReportIndicator[], changes: Map<string, Override>): Map<string, Override> {
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

/**
 * The what-if sandbox: change targets, floors or bands, see what would move ("Green 19 → 21",
 * which indicators flip), then apply the changes to the catalogue or discard them. Scenarios are
 * saved in the workbook and can be loaded again; the Baseline puts the original bandings back.
 */
export interface WhatIfPanelProps {
  indicators: ReportIndicator[];
  /** The scenarios saved in the workbook, as the last run read them. */
  saved: Scenario[];
  api: WhatIfApi;
  busy: boolean;
}

export function WhatIfPanel({ indicators, saved, api, busy }: WhatIfPanelProps) {
  const styles = useStyles();
  const [id, setId] = useState(indicators[0]?.id ?? '');
  const [texts, setTexts] = useState<Partial<Record<FieldName, string>>>({});
  const [pending, setPending] = useState<Map<string, Override>>(new Map());
  const [scenarios, setScenarios] = useState<Scenario[]>(saved);
  const [scenarioName, setScenarioName] = useState('');
  const [chosenScenario, setChosenScenario] = useState('');
  // `focus`: the control the user pressed has gone (Discard, Apply, Remove), so the status takes focus.
  const [status, setStatus] = useState<{ text: string; error?: boolean; focus?: boolean }>();
  const statusRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (status?.focus) statusRef.current?.focus();
  }, [status]);

  // Each run reads the scenario sheet with everything else, so no round trip of its own.
  useEffect(() => setScenarios(saved), [saved]);

  const indicator = indicators.find((i) => i.id === id);
  const changes = useMemo(() => realChanges(indicators, pending), [indicators, pending]);
  const preview = useMemo(() => (changes.size ? api.preview(changes) : undefined), [api, changes]);
  if (indicators.length === 0) return null;

  const parsed = indicator
    ? fieldsFor(indicator).map((f) => ({ f, reading: parseBandingInput(texts[f] ?? '', indicator.bandings.unit) }))
    : [];
  const bad = parsed.find((p) => p.reading === 'bad');

  const addChange = () => {
    if (!indicator || bad) return;
    const override: Override = { ...pending.get(indicator.id) };
    for (const { f, reading } of parsed) if (typeof reading === 'number') override[f] = reading;
    setPending(new Map(pending).set(indicator.id, override));
    setTexts({});
    setStatus(undefined);
  };
  const remove = (key: string) => {
    const next = new Map(pending);
    next.delete(key);
    setPending(next);
    setStatus({ text: `Removed the change to indicator ${key}.`, focus: true });
  };
  const run = async (action: () => Promise<string>, focus = false) => {
    try {
      setStatus({ text: await action(), focus });
    } catch (error) {
      setStatus({ text: failureText(error), error: true, focus });
    }
  };
  const apply = () =>
    run(async () => {
      const count = changes.size;
      await api.apply(changes);
      setPending(new Map());
      return `Applied ${count} change${count === 1 ? '' : 's'} to the catalogue and recalculated.`;
    }, true);
  const save = () =>
    run(async () => {
      setScenarios(await api.save(scenarioName, changes));
      return `Saved scenario "${scenarioName.trim()}".`;
    });
  const load = () => {
    const scenario = scenarios.find((s) => s.name === chosenScenario);
    if (!scenario) return;
    setPending(new Map(scenario.changes));
    setStatus({ text: `Loaded "${scenario.name}": check the preview, then apply or discard.` });
  };

  return (
    <section aria-labelledby="whatif-heading" className={styles.stack}>
      <h2 id="whatif-heading">What if…</h2>
      <Text as="p">Try other targets or bandings. Nothing changes in the workbook until you apply.</Text>
      <Field label="Indicator to change">
        <Select className={styles.select} value={id} onChange={(_, d) => (setId(d.value), setTexts({}))}>
          {indicators.map((i) => (
            <option key={i.id} value={i.id}>
              {i.id} · {i.name}
            </option>
          ))}
        </Select>
      </Field>
      {indicator && (
        <div className={styles.row}>
          {fieldsFor(indicator).map((f) => {
            const now = currentValue(indicator, f);
            const reading = parsed.find((p) => p.f === f)?.reading;
            return (
              <Field
                key={f}
                className={styles.field}
                label={`New ${LABELS[f].toLowerCase()}`}
                hint={`Now ${now === undefined ? 'blank' : formatFor(indicator.bandings, now)}`}
                validationMessage={reading === 'bad' ? 'Type a number, for a percentage as 85%.' : undefined}
              >
                <Input value={texts[f] ?? ''} onChange={(_, d) => setTexts({ ...texts, [f]: d.value })} />
              </Field>
            );
          })}
          <Button disabledFocusable={Boolean(bad) || parsed.every((p) => p.reading === undefined)} onClick={addChange}>
            Add change
          </Button>
        </div>
      )}

      {changes.size > 0 && (
        <>
          <h3>Changes</h3>
          <ul className={styles.list} aria-label="Pending changes">
            {[...changes].map(([key, override]) => {
              const target = indicators.find((i) => i.id === key);
              return (
                <li key={key}>
                  <Text>
                    {key} · {target?.name}: {describeChange(target, override)}{' '}
                  </Text>
                  <Button size="small" appearance="subtle" onClick={() => remove(key)} aria-label={`Remove change to ${key}`}>
                    Remove
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}

      <div aria-live="polite" aria-atomic="true">
        {preview && (
          <div className={styles.stack}>
            <Text className={styles.counts}>
              Green {preview.before.G} → {preview.after.G} · Amber {preview.before.A} → {preview.after.A} · Red {preview.before.R}{' '}
              → {preview.after.R}
            </Text>
            {preview.flips.length === 0 ? (
              <Text>No indicator would change RAG.</Text>
            ) : (
              <ul className={styles.list} aria-label="Indicators that would change RAG">
                {preview.flips.map((flip) => (
                  <li key={flip.indicator.id}>
                    <Text>
                      {flip.indicator.id} · {flip.indicator.name}: {ragWord(flip.from)} → {ragWord(flip.to)}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
            {[...preview.problems].map(([key, problem]) => (
              <Notice key={key} intent="error">
                Indicator {key}: {problem}
              </Notice>
            ))}
          </div>
        )}
      </div>
      <Text
        ref={statusRef}
        tabIndex={-1}
        role={status?.error ? 'alert' : 'status'}
        style={status?.error ? { color: tokens.colorPaletteRedForeground1 } : undefined}
      >
        {status?.text}
      </Text>

      {changes.size > 0 && (
        <div className={styles.row}>
          <Button
            appearance="outline"
            disabled={Boolean(preview?.problems.size)}
            disabledFocusable={busy}
            onClick={() => void apply()}
          >
            Apply to catalogue
          </Button>
          <Button
            appearance="subtle"
            disabledFocusable={busy}
            onClick={() => (setPending(new Map()), setStatus({ text: 'Changes discarded.', focus: true }))}
          >
            Discard
          </Button>
        </div>
      )}

      <h3>Scenarios</h3>
      {changes.size > 0 && (
        <div className={styles.row}>
          <Field className={styles.field} label="Scenario name">
            <Input value={scenarioName} onChange={(_, d) => setScenarioName(d.value)} />
          </Field>
          <Button disabled={busy || !scenarioName.trim()} onClick={() => void save()}>
            Save scenario
          </Button>
        </div>
      )}
      {scenarios.length === 0 ? (
        <Text>No scenarios saved yet.</Text>
      ) : (
        <div className={styles.row}>
          <Field className={styles.field} label="Saved scenarios">
            <Select className={styles.select} value={chosenScenario} onChange={(_, d) => setChosenScenario(d.value)}>
              <option value="">Choose a scenario</option>
              {scenarios.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name === BASELINE ? `${BASELINE} (the catalogue before any scenario)` : s.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button disabled={!chosenScenario} onClick={load}>
            Load scenario
          </Button>
        </div>
      )}
    </section>
  );
}
