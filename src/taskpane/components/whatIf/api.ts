import type { Override, Scenario, WhatIfPreview } from '../../../engine';

/** What the sandbox needs from the workbook; the service provides it, tests fake it. */
export interface WhatIfApi {
  preview(changes: Map<string, Override>): WhatIfPreview | undefined;
  apply(changes: Map<string, Override>): Promise<unknown>;
  save(name: string, changes: Map<string, Override>): Promise<Scenario[]>;
}
