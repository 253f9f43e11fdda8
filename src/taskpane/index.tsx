import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { registerCommands } from '../commands/commands';
import { excelRun } from '../gateways/officejs';
import { App } from './App';
import { excelGaps, ScorecardService } from './service';
import { store } from './store';

/**
 * One page, one shared runtime: it hosts the task pane and the ribbon's ExecuteFunction,
 * so both use the same service and the same store.
 */
Office.onReady(() => {
  const missing = excelGaps();
  const service = new ScorecardService(excelRun, store);
  registerCommands(service);
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App service={service} store={store} missing={missing} />
    </FluentProvider>,
  );
});
