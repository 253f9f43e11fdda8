import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { CellLocation, Issue } from '../../engine';
import { formatLocation } from '../../engine';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
});

/** Errors and warnings, each with where it is (one click selects the cell) and what to do. */
export function IssueListView({ issues, onGoTo }: { issues: Issue[]; onGoTo: (at: CellLocation) => void }) {
  const styles = useStyles();
  if (issues.length === 0) return null;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  return (
    <section aria-labelledby="issues-heading">
      <h2 id="issues-heading">
        {errors > 0 ? `${errors} problem${errors === 1 ? '' : 's'} to fix` : ''}
        {errors > 0 && warnings > 0 ? ', ' : ''}
        {warnings > 0 ? `${warnings} warning${warnings === 1 ? '' : 's'}` : ''}
      </h2>
      <ul className={styles.list}>
        {issues.map((issue, i) => (
          <li key={`${issue.code}-${i}`}>
            <MessageBar intent={issue.severity === 'error' ? 'error' : 'warning'} layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>
                  {issue.indicatorId ? `Indicator ${issue.indicatorId}` : issue.severity === 'error' ? 'Problem' : 'Warning'}
                </MessageBarTitle>
                {issue.message} {issue.fix}{' '}
                {issue.at && (
                  <Link as="button" onClick={() => onGoTo(issue.at!)} aria-label={`Go to ${formatLocation(issue.at)}`}>
                    Go to {formatLocation(issue.at)}
                  </Link>
                )}
              </MessageBarBody>
            </MessageBar>
          </li>
        ))}
      </ul>
    </section>
  );
}
