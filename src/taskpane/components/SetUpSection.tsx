import { Button, Text } from '@fluentui/react-components';
import { failureText } from '../../session/failures';
import type { ScorecardService } from '../../session/service';
import type { Store } from '../../session/store';

interface SetUpSectionProps {
  service: ScorecardService;
  store: Store;
  /** Called when the set-up is over (the section then goes): focus moves to the news. */
  onDone: () => void;
}

/**
 * Offered when the workbook has no catalogue: adds the Catalogue, Data and Settings tables. With a
 * monthly sheet's headers selected, the catalogue starts with a row per column.
 */
export function SetUpSection({ service, store, onDone }: SetUpSectionProps) {
  const setUp = async () => {
    try {
      const found = await service.proposeFromSelection();
      const said = found.ok ? await service.addProposedRows(found) : undefined;
      const created = said ? [] : await service.setUpCatalogue();
      await service.recalculate('check');
      store.set({
        notice:
          said ??
          (created.length
            ? `Created ${created.join(', ')}. Fill in your indicators, then recalculate. To start from your own monthly sheet instead, select its header cells and choose Propose rows from selection.`
            : 'The tables are already there.'),
      });
    } catch (error) {
      store.set({ failure: `Could not set up the catalogue: ${failureText(error)}` });
    }
    onDone();
  };
  return (
    <section aria-labelledby="setup-heading">
      <h2 id="setup-heading">Set up a catalogue</h2>
      <Text as="p">
        This workbook has no indicator catalogue yet. Add the Catalogue, Data and Settings tables. Select the header cells of your
        monthly sheet first to start the catalogue with a row per column; otherwise it gets an example row to copy.
      </Text>
      <Button appearance="primary" onClick={() => void setUp()}>
        Set up catalogue
      </Button>
    </section>
  );
}
