import { Text } from '@fluentui/react-components';
import type { WhatIfPreview } from '../../../engine';
import { Notice } from '../Notice';
import { ragWord } from './changes';
import { useWhatIfStyles } from './styles';

/** What the pending changes would do: the RAG counts before and after, the flips, the problems. */
export function PreviewView({ preview }: { preview: WhatIfPreview | undefined }) {
  const styles = useWhatIfStyles();
  return (
    <div aria-live="polite" aria-atomic="true">
      {preview && (
        <div className={styles.stack}>
          <Text className={styles.counts}>
            Green {preview.before.G} → {preview.after.G} · Amber {preview.before.A} → {preview.after.A} · Red {preview.before.R} →{' '}
            {preview.after.R}
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
  );
}
