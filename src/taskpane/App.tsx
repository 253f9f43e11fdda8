import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useSyncExternalStore } from 'react';
import { IssueListView } from './components/IssueListView';
import { NarrativeView } from './components/NarrativeView';
import { ProposeFromSelection } from './components/ProposeFromSelection';
import type { ProposalApi } from './components/ProposeFromSelection';
import { Notice } from './components/Notice';
import { RunOutcome } from './components/RunOutcome';
import { RunPanel } from './components/RunPanel';
import { SetUpSection } from './components/SetUpSection';
import { SummaryView } from './components/SummaryView';
import { ReferenceFromSelection } from './components/ReferenceFromSelection';
import { WhatIfPanel } from './components/WhatIfPanel';
import type { WhatIfApi } from './components/WhatIfPanel';
import { SUPPORTED_EXCEL } from '../session/supportedExcel';
import type { ScorecardService } from '../session/service';
import type { Store } from '../session/store';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    maxWidth: '640px',
    minWidth: '0',
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
    '& h1': { fontSize: tokens.fontSizeBase500, margin: 0 },
    '& h2': { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalS} 0` },
    '& h3': { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS} 0` },
  },
});

/** The clipboard, where the host allows it (Excel's webview does, on a click). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

interface AppProps {
  service: ScorecardService;
  store: Store;
  /** Requirement sets this Excel lacks ("SharedRuntime 1.1"); empty where the add-in runs. */
  missing: string[];
}

export function App({ service, store, missing }: AppProps) {
  const supported = missing.length === 0;
  const styles = useStyles();
  const state = useSyncExternalStore(store.subscribe, store.get);
  const { report } = state;
  const noCatalogue = report?.issues.some((i) => i.code === 'no-catalogue');
  // Where focus goes when the control that had it disappears (set-up done): the run's outcome.
  const outcome = useRef<HTMLDivElement>(null);
  const whatIf = useMemo<WhatIfApi>(
    () => ({
      preview: (changes) => service.preview(changes),
      apply: (changes) => service.applyChanges(changes),
      save: (name, changes) => service.saveScenario(name, changes),
    }),
    [service],
  );
  const proposals = useMemo<ProposalApi>(
    () => ({
      propose: () => service.proposeFromSelection(),
      add: async (found) => {
        const said = await service.addProposedRows(found);
        await service.recalculate('check');
        return said;
      },
    }),
    [service],
  );

  return (
    <main className={styles.root}>
      <header>
        <h1>Performance scorecard</h1>
        <Text size={200}>Results, RAG ratings and direction of travel from your catalogue.</Text>
      </header>
      {!supported && (
        <Notice intent="error" layout="multiline" title="This version of Excel cannot run the scorecard">
          {SUPPORTED_EXCEL} This Excel lacks {missing.join(' and ')}.
        </Notice>
      )}
      <RunPanel
        busy={state.busy}
        step={state.step}
        mode={state.mode}
        disabled={!supported}
        onRecalculate={() => void service.recalculate('recalculate')}
        onCheck={() => void service.recalculate('check')}
      />
      <RunOutcome state={state} ref={outcome} />
      {noCatalogue && (
        // The set-up section is gone once a catalogue exists; keep the keyboard user where the news is.
        <SetUpSection service={service} store={store} onDone={() => outcome.current?.focus()} />
      )}
      {report?.ok && <SummaryView report={report} />}
      {report?.ok && (
        <NarrativeView
          paragraphs={report.narrative}
          kept={report.narrativeKept}
          busy={state.busy}
          onReplace={() => void service.recalculate('recalculate', { replaceNarrative: true })}
          copy={copyText}
        />
      )}
      {report && <IssueListView issues={report.issues} onGoTo={(at) => void service.goTo(at)} />}
      {report?.ok && (
        <WhatIfPanel
          // A context measure has no target to try another of.
          indicators={report.indicators.filter((i) => i.bandings.target !== undefined)}
          saved={report.scenarios}
          api={whatIf}
          busy={state.busy}
        />
      )}
      {report && !noCatalogue && <ProposeFromSelection api={proposals} busy={state.busy} />}
      {report && <ReferenceFromSelection indicators={report.indicators} onUse={(at) => service.pointAtSelection(at)} />}
    </main>
  );
}
