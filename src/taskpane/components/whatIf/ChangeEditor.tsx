import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { Override } from '../../../engine';
import { formatFor } from '../../../engine';
import type { ReportIndicator } from '../../../session/report';
import { parseBandingInput } from '../bandingInput';
import type { FieldName } from './changes';
import { currentValue, fieldsFor, LABELS } from './changes';
import { useWhatIfStyles } from './styles';

interface ChangeEditorProps {
  indicators: ReportIndicator[];
  /** Adds these bandings to the indicator's pending change. */
  onAdd: (id: string, override: Override) => void;
}

/** Picks an indicator and types new bandings for it, each checked as it is typed. */
export function ChangeEditor({ indicators, onAdd }: ChangeEditorProps) {
  const styles = useWhatIfStyles();
  const [id, setId] = useState(indicators[0]?.id ?? '');
  const [texts, setTexts] = useState<Partial<Record<FieldName, string>>>({});
  const indicator = indicators.find((i) => i.id === id);
  const parsed = indicator
    ? fieldsFor(indicator).map((f) => ({ f, reading: parseBandingInput(texts[f] ?? '', indicator.bandings.unit) }))
    : [];
  const bad = parsed.find((p) => p.reading === 'bad');
  const add = () => {
    if (!indicator || bad) return;
    const override: Override = {};
    for (const { f, reading } of parsed) if (typeof reading === 'number') override[f] = reading;
    onAdd(indicator.id, override);
    setTexts({});
  };
  return (
    <>
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
          <Button disabledFocusable={Boolean(bad) || parsed.every((p) => p.reading === undefined)} onClick={add}>
            Add change
          </Button>
        </div>
      )}
    </>
  );
}
