import { Button, Text, tokens } from '@fluentui/react-components';
import type { Scenario } from '../../engine';
import type { ReportIndicator } from '../../session/report';
import type { WhatIfApi } from './whatIf/api';
import { ChangeEditor } from './whatIf/ChangeEditor';
import { PendingChanges } from './whatIf/PendingChanges';
import { PreviewView } from './whatIf/PreviewView';
import { ScenarioControls } from './whatIf/ScenarioControls';
import { useWhatIfStyles } from './whatIf/styles';
import { useWhatIf } from './whatIf/useWhatIf';

export type { WhatIfApi };

interface WhatIfPanelProps {
  indicators: ReportIndicator[];
  /** The scenarios saved in the workbook, as the last run read them. */
  saved: Scenario[];
  api: WhatIfApi;
  busy: boolean;
}

/**
 * The what-if sandbox: change targets, floors or bands, see what would move ("Green 19 → 21",
 * which indicators flip), then apply the changes to the catalogue or discard them. Scenarios are
 * saved in the workbook and can be loaded again; the Baseline puts the original bandings back.
 */
export function WhatIfPanel({ indicators, saved, api, busy }: WhatIfPanelProps) {
  const styles = useWhatIfStyles();
  const { changes, preview, scenarios, status, statusRef, actions } = useWhatIf(indicators, saved, api);
  if (indicators.length === 0) return null;
  return (
    <section aria-labelledby="whatif-heading" className={styles.stack}>
      <h2 id="whatif-heading">What if…</h2>
      <Text as="p">Try other targets or bandings. Nothing changes in the workbook until you apply.</Text>
      <ChangeEditor indicators={indicators} onAdd={actions.add} />
      <PendingChanges indicators={indicators} changes={changes} onRemove={actions.remove} />
      <PreviewView preview={preview} />
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
            onClick={() => void actions.apply()}
          >
            Apply to catalogue
          </Button>
          <Button appearance="subtle" disabledFocusable={busy} onClick={actions.discard}>
            Discard
          </Button>
        </div>
      )}
      <ScenarioControls
        scenarios={scenarios}
        canSave={changes.size > 0}
        busy={busy}
        onSave={(name) => void actions.save(name)}
        onLoad={actions.load}
      />
    </section>
  );
}
