// The lab's one way to its Web Worker client (`lab-client.ts`, which owns the worker and Pyodide).
//
// A Vite glob import rather than `import('./lab-client')`: it is just as lazy (the client, its
// worker and the runtime are fetched at the first Run and never before, in a chunk of their
// own), and it builds and type-checks while that module is not in the tree, as on a branch made
// before it. Then the glob finds nothing, and Run ends in the lab's "could not load" message
// instead of the build failing. Component tests pass their own loader (see fake-lab-client.ts).
import type { LabClient } from './lab-protocol';

interface LabClientModule {
  createLabClient(): LabClient;
}

export type LoadLabClient = () => Promise<LabClient>;

const modules = import.meta.glob<LabClientModule>('./lab-client.ts');

export const loadLabClient: LoadLabClient = async () => {
  const load = modules['./lab-client.ts'];
  if (!load) throw new Error('this build has no lab client (src/components/lab/lab-client.ts)');
  return (await load()).createLabClient();
};
