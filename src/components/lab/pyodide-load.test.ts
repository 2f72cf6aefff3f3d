// Loading the runtime with a byte count, against a fake Pyodide that downloads the way the real
// one does (the global fetch, read as a stream). The real load is in lab-worker.test.ts (Node)
// and the browser proof.
import { describe, expect, it } from 'vitest';
import { PYODIDE_BYTES, PYODIDE_FILES } from './pyodide-files';
import { countingFetch, labPyodideConfig, loadPyodideWithProgress } from './pyodide-load';

const INDEX = 'https://example.test/stack-and-heap/pyodide/';

/** A body delivered in chunks of the given sizes. */
function chunked(...sizes: number[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      sizes.forEach((size, k) => controller.enqueue(new Uint8Array(size).fill(k + 1)));
      controller.close();
    },
  });
}

/** A server holding each file as a body of those chunk sizes; anything else is a 404. */
function server(files: Record<string, number[]>): typeof fetch {
  return async (input) => {
    const name = String(input).slice(INDEX.length);
    const sizes = files[name];
    if (!sizes) return new Response('not found', { status: 404 });
    const type = name.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
    return new Response(chunked(...sizes), { headers: { 'Content-Type': type } });
  };
}

describe('countingFetch', () => {
  it('reports every byte of a body as it is read, and keeps the body, status and Content-Type', async () => {
    const counted: number[] = [];
    const failures: Error[] = [];
    const f = countingFetch(server({ 'pyodide.asm.wasm': [3, 5, 8] }), (n) => counted.push(n), (e) => failures.push(e));
    const response = await f(`${INDEX}pyodide.asm.wasm`);
    expect(counted).toEqual([]); // nothing is counted before it is read
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/wasm');
    const body = new Uint8Array(await response.arrayBuffer());
    expect(counted).toEqual([3, 5, 8]);
    expect([...body]).toEqual([1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(failures).toEqual([]);
  });

  it('reports an error status with the file it was for', async () => {
    const failures: Error[] = [];
    const response = await countingFetch(server({}), () => {}, (e) => failures.push(e))(`${INDEX}python_stdlib.zip`);
    expect(response.status).toBe(404);
    expect(failures.map((e) => e.message)).toEqual(['python_stdlib.zip: HTTP 404']);
  });

  it('reports a request that fails outright, and still throws it to the caller', async () => {
    const failures: Error[] = [];
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(countingFetch(offline, () => {}, (e) => failures.push(e))(`${INDEX}pyodide-lock.json`)).rejects.toThrow('Failed to fetch');
    expect(failures.map((e) => e.message)).toEqual(['pyodide-lock.json: Failed to fetch']);
  });
});

/** A stand-in for `pyodide.mjs` whose loadPyodide reads files with the scope's fetch. */
function fakePyodideModule(scope: { fetch?: typeof fetch }, seen: { config?: Record<string, unknown> }, hang = false) {
  return {
    async loadPyodide(config: Record<string, unknown>) {
      seen.config = config;
      const [wasm, stdlib] = await Promise.all(['pyodide.asm.wasm', 'python_stdlib.zip'].map((name) => scope.fetch!(`${INDEX}${name}`)));
      await wasm!.arrayBuffer();
      await stdlib!.arrayBuffer();
      if (hang) return new Promise(() => {}); // what Pyodide does after a failed wasm download
      await (config['createPyodideModule'] as (settings: object) => Promise<unknown>)({});
      return { runPython: () => '3.14.2' };
    },
  };
}

describe('loadPyodideWithProgress', () => {
  it('counts the two modules and the bodies Pyodide downloads against the runtime total, then puts fetch back', async () => {
    const realFetch = server({ 'pyodide.asm.wasm': [100, 200], 'python_stdlib.zip': [50] });
    const scope: { fetch?: typeof fetch } = { fetch: realFetch };
    const seen: { config?: Record<string, unknown> } = {};
    const imported: string[] = [];
    const progress: [number, number][] = [];
    const glueCalls: unknown[] = [];
    const loaded = await loadPyodideWithProgress({
      indexURL: INDEX,
      scope,
      importModule: async (url) => {
        imported.push(url);
        return url.endsWith('pyodide.mjs') ? fakePyodideModule(scope, seen) : { default: async (settings: unknown) => glueCalls.push(settings) };
      },
      onProgress: (loaded, total) => void progress.push([loaded, total]),
    });

    expect(loaded.version).toBe('3.14.2');
    expect(imported.sort()).toEqual([`${INDEX}pyodide.asm.mjs`, `${INDEX}pyodide.mjs`]);
    expect(glueCalls).toHaveLength(1); // Pyodide was given the glue this loader imported
    expect(progress[0]).toEqual([0, PYODIDE_BYTES]);
    expect(progress.every(([, total]) => total === PYODIDE_BYTES)).toBe(true);
    const values = progress.map(([n]) => n);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values.at(-1)).toBe(PYODIDE_FILES['pyodide.mjs'] + PYODIDE_FILES['pyodide.asm.mjs'] + 350);
    expect(scope.fetch).toBe(realFetch);
    expect(seen.config).toMatchObject({ indexURL: INDEX });
  });

  it("rejects with the missing file instead of waiting forever when Pyodide's download fails", async () => {
    const realFetch = server({ 'python_stdlib.zip': [10] }); // no wasm
    const scope: { fetch?: typeof fetch } = { fetch: realFetch };
    const load = loadPyodideWithProgress({
      indexURL: INDEX,
      scope,
      importModule: async (url) => (url.endsWith('pyodide.mjs') ? fakePyodideModule(scope, {}, true) : { default: async () => ({}) }),
      onProgress: () => {},
    });
    await expect(load).rejects.toThrow('pyodide.asm.wasm: HTTP 404');
    expect(scope.fetch).toBe(realFetch);
  });

  it('rejects when the loader module itself cannot be imported', async () => {
    const scope: { fetch?: typeof fetch } = { fetch: server({}) };
    const load = loadPyodideWithProgress({
      indexURL: INDEX,
      scope,
      importModule: (url) => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`)),
      onProgress: () => {},
    });
    await expect(load).rejects.toThrow(/pyodide\.mjs/);
  });
});

describe('labPyodideConfig', () => {
  it("gives Python's `js` module an empty object instead of the worker's global, and stdin end of file", () => {
    const config = labPyodideConfig(INDEX);
    expect(config.indexURL).toBe(INDEX);
    expect(Object.getPrototypeOf(config.jsglobals)).toBeNull();
    expect(Object.keys(config.jsglobals!)).toEqual([]);
    expect(config.stdin!()).toBeNull();
  });
});
