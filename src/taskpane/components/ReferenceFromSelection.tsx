import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CellLocation } from '../../engine';
import { failureText } from '../../session/failures';
import type { RunReport } from '../../session/report';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  select: { maxWidth: '100%', minWidth: 0 },
});

interface ReferenceFromSelectionProps {
  indicators: RunReport['indicators'];
  onUse: (target: CellLocation) => Promise<string>;
}

/** Points an indicator's numerator or denominator reference at the cells selected in Excel. */
export function ReferenceFromSelection({ indicators, onUse }: ReferenceFromSelectionProps) {
  const styles = useStyles();
  const [id, setId] = useState(indicators[0]?.id ?? '');
  const [status, setStatus] = useState('');
  const chosen = indicators.find((i) => i.id === id);
  if (indicators.length === 0) return null;
  const use = async (field: 'numerator' | 'denominator') => {
    const at = field === 'numerator' ? chosen?.numeratorAt : chosen?.denominatorAt;
    if (!at) return;
    try {
      const address = await onUse(at);
      setStatus(`Indicator ${id}: ${field} reference set to ${address}.`);
    } catch (error) {
      setStatus(`Could not set the ${field} reference: ${failureText(error)}`);
    }
  };
  return (
    <section aria-labelledby="selection-heading">
      <h2 id="selection-heading">Point an indicator at your figures</h2>
      <Text as="p">Select the cells in your own sheet, choose the indicator, then use the selection.</Text>
      <Field label="Indicator">
        <Select className={styles.select} value={id} onChange={(_, data) => setId(data.value)}>
          {indicators.map((i) => (
            <option key={i.id} value={i.id}>
              {i.id} {i.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button disabled={!chosen?.numeratorAt} onClick={() => void use('numerator')}>
          Use selection as numerator
        </Button>
        <Button disabled={!chosen?.denominatorAt} onClick={() => void use('denominator')}>
          Use selection as denominator
        </Button>
      </div>
      <Text role="status">{status}</Text>
    </section>
  );
}
