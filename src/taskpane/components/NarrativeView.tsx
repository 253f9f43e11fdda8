import { Button, MessageBarActions, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { Notice } from './Notice';

const useStyles = makeStyles({
  text: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    maxHeight: '320px',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  bullet: { paddingLeft: tokens.spacingHorizontalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalS },
});

interface NarrativeViewProps {
  paragraphs: string[];
  /** The analyst's edited narrative was kept on the sheet. */
  kept: boolean;
  busy: boolean;
  onReplace: () => void;
  /** Puts text on the clipboard; resolves false when the host refused. */
  copy: (text: string) => Promise<boolean>;
}

/** The committee narrative as it stands on the Summary sheet, to read, copy, or redraft. */
export function NarrativeView({ paragraphs, kept, busy, onReplace, copy }: NarrativeViewProps) {
  const styles = useStyles();
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  if (paragraphs.length === 0) return null;
  const onCopy = async () => setCopied(await copy(paragraphs.join('\n')));
  return (
    <section aria-labelledby="narrative-heading">
      <h2 id="narrative-heading">Narrative</h2>
      {kept && (
        <Notice
          intent="warning"
          layout="multiline"
          actions={
            <MessageBarActions>
              <Button disabledFocusable={busy} onClick={onReplace}>
                Replace with new draft
              </Button>
            </MessageBarActions>
          }
        >
          Your edited narrative on the Summary sheet was kept. The new draft is below it on the sheet.
        </Notice>
      )}
      <div className={styles.text} tabIndex={0} role="document" aria-label="Narrative text">
        {paragraphs.map((p, i) => (
          <Text key={i} as="p" className={p.startsWith('• ') ? styles.bullet : undefined} style={{ margin: 0 }}>
            {p}
          </Text>
        ))}
      </div>
      <div className={styles.actions}>
        <Button onClick={() => void onCopy()}>Copy narrative</Button>
        <Text role="status" size={200}>
          {copied === true ? 'Copied.' : copied === false ? 'Could not copy: select the text on the Summary sheet instead.' : ''}
        </Text>
      </div>
    </section>
  );
}
