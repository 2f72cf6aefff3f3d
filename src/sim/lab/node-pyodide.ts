/**
 * Loading the lab's runtime in Node (tests and `npm run bench`), from the package's own files.
 * Node only: a worker loads Pyodide with its own indexURL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LabRuntime, type LabPython } from './runtime';

/** Loads Pyodide from `<root>/node_modules/pyodide/` and installs the tracer read from `src/sim/lab/tracer.py`. */
export async function loadLabRuntimeInNode(root: string): Promise<LabRuntime> {
  const dir = join(root, 'node_modules', 'pyodide');
  // A computed specifier, so bundlers leave Pyodide's own module alone.
  const mod = (await import(/* @vite-ignore */ pathToFileURL(join(dir, 'pyodide.mjs')).href)) as { loadPyodide(o: { indexURL: string }): Promise<LabPython> };
  const py = await mod.loadPyodide({ indexURL: dir + '/' });
  return new LabRuntime(py, readFileSync(join(root, 'src', 'sim', 'lab', 'tracer.py'), 'utf8'));
}
