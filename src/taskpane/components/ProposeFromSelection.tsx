import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { ProposedRow } from '../../engine';
import { failureText } from '../../session/failures';
import type { SelectionProposal } from '../../session/service';
import { Notice } from './Notice';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  name: { fontWeight: tokens.fontWeightSemibold },
});

export type Proposed = Extract<SelectionProposal, { ok: true }>;

/** What the section needs from the workbook; the service provides it, tests fake it. */
export interface ProposalApi {
  propose(): Promise<SelectionProposal>;
  /** Adds the rows (and checks the catalogue again); resolves to what was done and what is left. */
  add(found: Proposed): Promise<string>;
}

/** "count, R12M: 'Monthly return'!B:B" or "percentage, R12M: 'Monthly return'!C:C over …!B:B" */
function describeRow({ fields }: ProposedRow): string {
  const over = fields.denominatorRef ? ` over ${fields.denominatorRef}` : '';
  return `${fields.unit}, ${fields.period}: ${fields.numeratorRef}${over}`;
}

function ProposalView({ found }: { found: Proposed }) {
  const styles = useStyles();
  const { proposal } = found;
  return (
    <>
      <Text as="p">
        From {found.address}: {proposal.found}.
      </Text>
      <ul className={styles.list} aria-label="Proposed catalogue rows">
        {proposal.rows.map((row) => (
          <li key={String(row.fields.id)}>
            <span className={styles.name}>
              {row.fields.id} {row.fields.name}
            </span>{' '}
            — {describeRow(row)}
          </li>
        ))}
      </ul>
      {proposal.skipped.length > 0 && (
        <Text as="p">Not proposed: {proposal.skipped.map((s) => `${s.letter} (${s.why})`).join('; ')}.</Text>
      )}
      <Text as="p">
        Polarity, Target and Floor are left blank for you to fill in. Period, unit and numerator type are guessed from the
        headers: each row&apos;s Definition says what to check.
      </Text>
    </>
  );
}

/**
 * Proposes catalogue rows from the header cells selected in a monthly sheet, shows them, and adds
 * them after the catalogue's own rows on confirmation. Nothing is written before that.
 */
export function ProposeFromSelection({ api, busy }: { api: ProposalApi; busy: boolean }) {
  const styles = useStyles();
  const [found, setFound] = useState<SelectionProposal>();
  const [working, setWorking] = useState(false);
  const [status, setStatus] = useState('');
  const outcome = useRef<HTMLDivElement>(null);
  const proposeButton = useRef<HTMLButtonElement>(null);

  const propose = async () => {
    setWorking(true);
    setStatus('');
    try {
      setFound(await api.propose());
    } catch (error) {
      setFound({ ok: false, why: `The selection could not be read: ${failureText(error)}.`, fix: 'Try again.' });
    } finally {
      setWorking(false);
    }
    // The proposal (or why there is none) replaces the button's neighbourhood: read it next.
    setTimeout(() => outcome.current?.focus(), 0);
  };

  const add = async (proposed: Proposed) => {
    setWorking(true);
    try {
      const said = await api.add(proposed);
      setFound(undefined);
      setStatus(said);
    } catch (error) {
      setStatus(`Could not add the rows: ${failureText(error)}`);
    } finally {
      setWorking(false);
    }
    setTimeout(() => proposeButton.current?.focus(), 0);
  };

  const cancel = () => {
    setFound(undefined);
    setTimeout(() => proposeButton.current?.focus(), 0);
  };

  const disabled = busy || working;
  const count = found?.ok ? found.proposal.rows.length : 0;
  return (
    <section aria-labelledby="propose-heading">
      <h2 id="propose-heading">Add indicators from a monthly sheet</h2>
      <Text as="p">
        Select the header cells of your monthly sheet (months down the rows, one column per count), then propose rows: one per
        column, each reading the whole column in place.
      </Text>
      <div ref={outcome} tabIndex={-1} aria-live="polite">
        {found && !found.ok && (
          <Notice intent="warning" layout="multiline" title="No rows proposed">
            {found.address ? `${found.address}: ` : ''}
            {found.why} {found.fix}
          </Notice>
        )}
        {found?.ok && <ProposalView found={found} />}
      </div>
      <div className={styles.row}>
        {found?.ok ? (
          <>
            <Button appearance="primary" disabled={disabled} onClick={() => void add(found)}>
              Add {count} row{count === 1 ? '' : 's'} to the catalogue
            </Button>
            <Button disabled={working} onClick={cancel}>
              Cancel
            </Button>
          </>
        ) : (
          <Button ref={proposeButton} disabled={disabled} onClick={() => void propose()}>
            Propose rows from selection
          </Button>
        )}
      </div>
      <Text role="status">{status}</Text>
    </section>
  );
}
