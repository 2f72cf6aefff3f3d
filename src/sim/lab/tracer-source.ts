// The tracer's Python source as text, for bundles built by Vite (the lab's worker; Vitest).
// esbuild and plain Node read tracer.py from disk instead (node-pyodide.ts).
import source from './tracer.py?raw';

export const TRACER_SOURCE: string = source;
