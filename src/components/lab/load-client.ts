// The lab's one way to its Web Worker client (`lab-client.ts`, which owns the worker and Pyodide):
// a dynamic import, so the client, its worker and the runtime are fetched at the first Run and
// never before, in a chunk of their own. Component tests pass their own loader (fake-lab-client.ts).
import type { LabClient } from './lab-protocol';

export type LoadLabClient = () => Promise<LabClient>;

export const loadLabClient: LoadLabClient = async () => (await import('./lab-client')).createLabClient();
