import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { excelGaps } from '../session/service';
import { sharedService } from '../session/shared';
import { store } from '../session/store';
import { App } from './App';

/**
 * The task pane's entry point. One page, one shared runtime: the ribbon's ExecuteFunction
 * (src/commands/index.ts, bundled into the same page) uses the same service and the same store.
 */
Office.onReady(() => {
  const missing = excelGaps();
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App service={sharedService()} store={store} missing={missing} />
    </FluentProvider>,
  );
});
