/**
 * The lab's client for the page: `createLabClient()` runs programs in a module Web Worker made on
 * the first run (so nothing of the runtime is downloaded before). The logic is in
 * lab-client-core.ts; this file only names the worker, in the form Vite bundles.
 */
import type { LabClient } from './lab-protocol';
import { createLabClientWith } from './lab-client-core';

export { LabLoadError } from './lab-client-core';

export function createLabClient(): LabClient {
  return createLabClientWith(() => new Worker(new URL('./lab-worker.ts', import.meta.url), { type: 'module' }));
}
