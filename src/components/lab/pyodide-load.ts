/**
 * Loading Pyodide in the lab's worker with a byte count. No DOM: everything outside (the global
 * `fetch`, module imports) comes in as arguments, so it runs under test in Node too.
 *
 * Pyodide downloads `pyodide.asm.wasm`, `python_stdlib.zip` and `pyodide-lock.json` itself with
 * the global `fetch` (and compiles the wasm while it streams); its options have no hook for
 * either file. So for the length of the load the scope's `fetch` is one that counts each body's
 * bytes as Pyodide reads them. The two modules are imported here and counted when they arrive.
 */
import type { loadPyodide as LoadPyodide } from 'pyodide';
import type { LabPython } from '../../sim/lab/runtime';
import { PYODIDE_BYTES, PYODIDE_FILES } from './pyodide-files';

type Fetch = typeof fetch;
// Derived from loadPyodide (its exported name for this type is deprecated).
type PyodideConfig = NonNullable<Parameters<typeof LoadPyodide>[0]>;
type CreatePyodideModule = NonNullable<PyodideConfig['createPyodideModule']>;

/** A loaded interpreter and its Python version ('3.14.2'). */
export interface LoadedPython {
  readonly python: LabPython;
  readonly version: string;
}

export interface PyodideLoadOptions {
  /** Where the runtime's files are, ending in '/' (an absolute URL in a browser, a path in Node). */
  readonly indexURL: string;
  /** The global whose `fetch` Pyodide uses (the worker's `self`). */
  readonly scope: { fetch?: Fetch };
  /** `import(url)`, kept out of here so bundlers leave the runtime's own modules alone. */
  readonly importModule: (url: string) => Promise<unknown>;
  /** Bytes received so far of the runtime's total. */
  readonly onProgress: (loaded: number, total: number) => void;
}

/** The options every lab interpreter is loaded with, in the worker and in the Node tests. */
export function labPyodideConfig(indexURL: string): PyodideConfig {
  return {
    indexURL,
    // Python's `js` module is this empty object instead of the worker's global, should a
    // program ever get hold of it.
    jsglobals: Object.create(null) as object,
    // `input()` is the tracer's; anything reading sys.stdin gets end of file, never a prompt.
    stdin: () => null,
    env: {},
    packages: [],
  };
}

/**
 * Wraps `fetch` so that every response body reports its bytes as they are read, and so that a
 * request that fails or answers with an error status is reported to `onFailure` (Pyodide only
 * logs a failed wasm download and then waits forever).
 */
export function countingFetch(fetchFn: Fetch, onBytes: (count: number) => void, onFailure: (error: Error) => void): Fetch {
  return async (input, init) => {
    let response: Response;
    try {
      response = await fetchFn(input, init);
    } catch (e) {
      onFailure(new Error(`${urlOf(input)}: ${e instanceof Error ? e.message : String(e)}`));
      throw e;
    }
    if (!response.ok) {
      onFailure(new Error(`${urlOf(input)}: HTTP ${response.status}`));
      return response;
    }
    if (!response.body) return response;
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        onBytes(chunk.byteLength);
        controller.enqueue(chunk);
      },
    });
    // Same status and headers (the wasm's Content-Type lets Pyodide compile while it streams).
    return new Response(response.body.pipeThrough(counter), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

function urlOf(input: RequestInfo | URL): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return url.slice(url.lastIndexOf('/') + 1) || url;
}

/** Loads the interpreter from `indexURL`, reporting bytes; rejects when a file cannot be had. */
export async function loadPyodideWithProgress(options: PyodideLoadOptions): Promise<LoadedPython> {
  const { indexURL, scope, importModule, onProgress } = options;
  const realFetch = scope.fetch;
  if (!realFetch) throw new Error('this worker has no fetch');
  let loaded = 0;
  const received = (count: number) => {
    loaded += count;
    onProgress(Math.min(loaded, PYODIDE_BYTES), PYODIDE_BYTES);
  };
  let fail: (error: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => {}); // observed through the races below; never an unhandled rejection

  onProgress(0, PYODIDE_BYTES);
  scope.fetch = countingFetch(realFetch.bind(scope), received, fail);
  try {
    const loader = importModule(`${indexURL}pyodide.mjs`).then((mod) => {
      received(PYODIDE_FILES['pyodide.mjs']);
      return (mod as { loadPyodide: typeof LoadPyodide }).loadPyodide;
    });
    // The glue is imported here, beside the downloads Pyodide starts, so that it can be counted.
    const glue = importModule(`${indexURL}pyodide.asm.mjs`).then((mod) => {
      received(PYODIDE_FILES['pyodide.asm.mjs']);
      return (mod as { default: CreatePyodideModule }).default;
    });
    glue.catch(() => {}); // a failed glue fails loadPyodide below
    const loadPyodide = await Promise.race([loader, failed]);
    const createPyodideModule: CreatePyodideModule = async (settings) => (await glue)(settings);
    const pyodide = await Promise.race([loadPyodide({ ...labPyodideConfig(indexURL), createPyodideModule }), failed]);
    const version = String(pyodide.runPython('import sys; sys.version.split()[0]'));
    // Pyodide types `globals` as a bare PyProxy; at run time it has the dict's `get`.
    return { python: pyodide as unknown as LabPython, version };
  } finally {
    scope.fetch = realFetch;
  }
}
