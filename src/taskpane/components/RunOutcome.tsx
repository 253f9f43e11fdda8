import { forwardRef } from 'react';
import type { PaneState } from '../../session/store';
import { Notice } from './Notice';

const indicatorCount = (n: number): string => `${n} indicator${n === 1 ? '' : 's'}`;

/** The last run's outcome in one live region: a failure, a notice, or what the run did. */
export const RunOutcome = forwardRef<HTMLDivElement, { state: PaneState }>(function RunOutcome({ state }, ref) {
  const { report } = state;
  return (
    <div aria-live="polite" tabIndex={-1} ref={ref}>
      {state.failure && (
        <Notice intent="error" layout="multiline" title="The run did not finish">
          {state.failure} Nothing in your own sheets was changed.
        </Notice>
      )}
      {state.notice && <Notice intent="info">{state.notice}</Notice>}
      {report && !state.busy && (
        <Notice intent={report.ok ? 'success' : 'error'} layout="multiline">
          {report.ok
            ? report.written
              ? `Scorecard written: ${indicatorCount(report.total?.total ?? 0)}.`
              : `The catalogue checks out: ${indicatorCount(report.total?.total ?? 0)}, nothing written.`
            : 'Nothing was written. Fix the problems below, then run again.'}
        </Notice>
      )}
    </div>
  );
});
