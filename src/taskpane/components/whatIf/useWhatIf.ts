import { useEffect, useMemo, useRef, useState } from 'react';
import type { Override, Scenario } from '../../../engine';
import { failureText } from '../../../session/failures';
import type { ReportIndicator } from '../../../session/report';
import type { WhatIfApi } from './api';
import { realChanges } from './changes';

/** The status line; `focus`: the control the user pressed has gone (Discard, Apply, Remove), so it takes focus. */
interface WhatIfStatus {
  text: string;
  error?: boolean;
  focus?: boolean;
}

/**
 * The what-if sandbox's state and actions: the pending changes, their preview, the scenarios
 * saved in the workbook, and the status line said after each action.
 */
export function useWhatIf(indicators: ReportIndicator[], saved: Scenario[], api: WhatIfApi) {
  const [pending, setPending] = useState<Map<string, Override>>(new Map());
  const [scenarios, setScenarios] = useState<Scenario[]>(saved);
  const [status, setStatus] = useState<WhatIfStatus>();
  const statusRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (status?.focus) statusRef.current?.focus();
  }, [status]);
  // Each run reads the scenario sheet with everything else, so no round trip of its own.
  useEffect(() => setScenarios(saved), [saved]);
  const changes = useMemo(() => realChanges(indicators, pending), [indicators, pending]);
  const preview = useMemo(() => (changes.size ? api.preview(changes) : undefined), [api, changes]);

  const run = async (action: () => Promise<string>, focus = false) => {
    try {
      setStatus({ text: await action(), focus });
    } catch (error) {
      setStatus({ text: failureText(error), error: true, focus });
    }
  };
  const actions = {
    add: (id: string, override: Override) => {
      setPending(new Map(pending).set(id, { ...pending.get(id), ...override }));
      setStatus(undefined);
    },
    remove: (id: string) => {
      const next = new Map(pending);
      next.delete(id);
      setPending(next);
      setStatus({ text: `Removed the change to indicator ${id}.`, focus: true });
    },
    discard: () => {
      setPending(new Map());
      setStatus({ text: 'Changes discarded.', focus: true });
    },
    apply: () =>
      run(async () => {
        const count = changes.size;
        await api.apply(changes);
        setPending(new Map());
        return `Applied ${count} change${count === 1 ? '' : 's'} to the catalogue and recalculated.`;
      }, true),
    save: (name: string) =>
      run(async () => {
        setScenarios(await api.save(name, changes));
        return `Saved scenario "${name.trim()}".`;
      }),
    load: (scenario: Scenario) => {
      setPending(new Map(scenario.changes));
      setStatus({ text: `Loaded "${scenario.name}": check the preview, then apply or discard.` });
    },
  };
  return { changes, preview, scenarios, status, statusRef, actions };
}
