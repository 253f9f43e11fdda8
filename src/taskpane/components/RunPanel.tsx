import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { RunMode, Step } from '../../session/steps';
import { STEP_LABELS, STEPS } from '../../session/steps';

const useStyles = makeStyles({
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface RunPanelProps {
  busy: boolean;
  step?: Step;
  mode?: RunMode;
  disabled: boolean;
  onRecalculate: () => void;
  onCheck: () => void;
}

/**
 * One primary action, a quieter check, and a progress bar with the step in words. While a run
 * is under way the buttons stay focusable (aria-disabled), so focus stays where the user left it
 * instead of falling back to the top of the page.
 */
export function RunPanel({ busy, step, mode, disabled, onRecalculate, onCheck }: RunPanelProps) {
  const styles = useStyles();
  const index = step ? STEPS.indexOf(step) : 0;
  const steps = mode === 'check' ? 2 : 3;
  return (
    <section aria-label="Run" className={styles.actions}>
      <Button appearance="primary" size="large" disabled={disabled} disabledFocusable={busy} onClick={onRecalculate}>
        Recalculate scorecard
      </Button>
      <Button appearance="secondary" disabled={disabled} disabledFocusable={busy} onClick={onCheck}>
        Check catalogue without writing
      </Button>
      {busy && step && (
        <Field validationMessage={STEP_LABELS[step]} validationState="none">
          <ProgressBar aria-label={STEP_LABELS[step]} value={Math.min(index + 0.5, steps) / steps} thickness="large" />
        </Field>
      )}
    </section>
  );
}
