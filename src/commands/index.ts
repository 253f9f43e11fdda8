import { sharedService } from '../session/shared';
import { registerCommands } from './commands';

/** The ribbon's entry point: bundled into the shared runtime's page beside the task pane's. */
Office.onReady(() => registerCommands(sharedService()));
