import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Scenario } from '../../../engine';
import { BASELINE } from '../../../engine';
import { useWhatIfStyles } from './styles';

interface ScenarioControlsProps {
  scenarios: Scenario[];
  /** Whether there are changes to save as a scenario. */
  canSave: boolean;
  busy: boolean;
  onSave: (name: string) => void;
  onLoad: (scenario: Scenario) => void;
}

/** Saves the pending changes as a named scenario, and loads a saved one (the Baseline included). */
export function ScenarioControls({ scenarios, canSave, busy, onSave, onLoad }: ScenarioControlsProps) {
  const styles = useWhatIfStyles();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState('');
  const load = () => {
    const scenario = scenarios.find((s) => s.name === chosen);
    if (scenario) onLoad(scenario);
  };
  return (
    <>
      <h3>Scenarios</h3>
      {canSave && (
        <div className={styles.row}>
          <Field className={styles.field} label="Scenario name">
            <Input value={name} onChange={(_, d) => setName(d.value)} />
          </Field>
          <Button disabled={busy || !name.trim()} onClick={() => onSave(name)}>
            Save scenario
          </Button>
        </div>
      )}
      {scenarios.length === 0 ? (
        <Text>No scenarios saved yet.</Text>
      ) : (
        <div className={styles.row}>
          <Field className={styles.field} label="Saved scenarios">
            <Select className={styles.select} value={chosen} onChange={(_, d) => setChosen(d.value)}>
              <option value="">Choose a scenario</option>
              {scenarios.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name === BASELINE ? `${BASELINE} (the catalogue before any scenario)` : s.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button disabled={!chosen} onClick={load}>
            Load scenario
          </Button>
        </div>
      )}
    </>
  );
}
