import { makeStyles, tokens } from '@fluentui/react-components';

/** The what-if panel's layout, shared by its parts. */
export const useWhatIfStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  field: { minWidth: '120px', flexGrow: 1 },
  select: { maxWidth: '100%', minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  counts: { fontWeight: tokens.fontWeightSemibold },
});
