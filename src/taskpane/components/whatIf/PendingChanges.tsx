import { Button, Text } from '@fluentui/react-components';
import type { Override } from '../../../engine';
import type { ReportIndicator } from '../../../session/report';
import { describeChange } from './changes';
import { useWhatIfStyles } from './styles';

interface PendingChangesProps {
  indicators: ReportIndicator[];
  changes: Map<string, Override>;
  onRemove: (id: string) => void;
}

/** The changes not yet applied, each with what it changes from and to, and a way to remove it. */
export function PendingChanges({ indicators, changes, onRemove }: PendingChangesProps) {
  const styles = useWhatIfStyles();
  if (changes.size === 0) return null;
  return (
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
              <Button size="small" appearance="subtle" onClick={() => onRemove(key)} aria-label={`Remove change to ${key}`}>
                Remove
              </Button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
