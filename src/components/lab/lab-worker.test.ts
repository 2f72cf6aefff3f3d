// The worker's message handler, driven in Node with the real Pyodide from node_modules (loaded
// once, by the first run) and the real lock-down of this process's global scope: Vitest gives
// each test file a process of its own, so nothing else runs in the scope this file strips.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LabEnd, LabStepDelta } from '../../sim/lab/delta';
import { TRACER_SOURCE } from '../../sim/lab/tracer-source';
import type { FromWorker } from './lab-protocol';
import { createLabWorker } from './lab-worker-core';
import { lockDownScope, REMOVED_GLOBALS } from './lock-down';
import { PYODIDE_BYTES } from './pyodide-files';
import { loadPyodideWithProgress } from './pyodide-load';

const indexURL = join(import.meta.dirname, '..', '..', '..', 'node_modules', 'pyodide') + '/';
const scope = globalThis as unknown as Record<string, unknown>;

// Every request the process makes after this goes through here (Node's own fetch is kept aside).
const requests: string[] = [];
const nodeFetch = globalThis.fetch;
scope['fetch'] = (input: RequestInfo | URL) => {
  requests.push(String(input));
  return Promise.reject(new Error('no network in this test'));
};

const posted: FromWorker[] = [];
const worker = createLabWorker({
  tracerSource: TRACER_SOURCE,
  load: (onProgress) =>
    loadPyodideWithProgress({
      indexURL,
      scope: globalThis,
      importModule: (path) => import(/* @vite-ignore */ pathToFileURL(path).href),
      onProgress,
    }),
  lockDown: () => lockDownScope(globalThis),
  post: (message) => posted.push(message),
});

/** The messages one run posts, in order. */
async function run(source: string): Promise<FromWorker[]> {
  const from = posted.length;
  await worker.handle({ type: 'run', source, options: {} });
  return posted.slice(from);
}
const endOf = (messages: FromWorker[]): LabEnd => {
  const last = messages.at(-1);
  if (last?.type !== 'end') throw new Error(`the run did not end with 'end': ${JSON.stringify(last)}`);
  return last.end;
};
const stepsOf = (messages: FromWorker[]): LabStepDelta[] => messages.flatMap((m) => (m.type === 'batch' ? m.steps : []));
const outputOf = (messages: FromWorker[]): string => stepsOf(messages).map((s) => s.out ?? '').join('');
const src = (...lines: string[]) => lines.join('\n') + '\n';

let first: FromWorker[];
beforeAll(async () => {
  first = await run(src('def f(n):', '    return n * 2', 'x = f(3)', 'print(x)'));
}, 60_000);

describe('a run', () => {
  it('the first run loads the runtime (bytes counted against the runtime total), says ready, then streams the steps and ends', () => {
    const types = first.map((m) => m.type);
    const ready = types.indexOf('ready');
    expect(types[0]).toBe('loading');
    expect(ready).toBeGreaterThan(0);
    expect(types.slice(0, ready).every((t) => t === 'loading')).toBe(true);
    expect(types.slice(ready + 1, -1).every((t) => t === 'batch')).toBe(true);
    expect(types.at(-1)).toBe('end');

    const progress = first.flatMap((m) => (m.type === 'loading' ? [m] : []));
    expect(progress.every((m) => m.total === PYODIDE_BYTES)).toBe(true);
    const loaded = progress.map((m) => m.loaded);
    expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
    expect(loaded.at(-1)).toBeGreaterThan(0);
    expect(first[ready]).toEqual({ type: 'ready', python: expect.stringMatching(/^3\.14\.\d+$/) });
  });

  it('batches carry every step once, in order, with a running total that the end agrees with', () => {
    const batches = first.flatMap((m) => (m.type === 'batch' ? [m] : []));
    let sum = 0;
    for (const b of batches) {
      sum += b.steps.length;
      expect(b.total).toBe(sum);
    }
    const end = endOf(first);
    expect(end.reason).toBe('done');
    expect(end.steps).toBe(sum);
    expect(stepsOf(first).filter((s) => s.e === 'c').map((s) => s.f)).toEqual(['<module>', 'f']);
    expect(outputOf(first)).toBe('6\n');
  });

  it('a later run reuses the interpreter: no download, no second ready', async () => {
    const again = await run('print("again")');
    expect(again.some((m) => m.type === 'loading' || m.type === 'ready')).toBe(false);
    expect(endOf(again).reason).toBe('done');
    expect(outputOf(again)).toBe('again\n');
  });

  it("a program's error ends the run as an exception with its line, and the next run still works", async () => {
    const failed = await run(src('x = 1', 'y = x / 0'));
    expect(endOf(failed)).toMatchObject({ reason: 'exception', line: 2, exc: ['ZeroDivisionError', 'division by zero'] });
    expect(endOf(await run('z = 1')).reason).toBe('done');
  });

  it('a message that is not a run is ignored', async () => {
    const before = posted.length;
    await worker.handle({ type: 'something else' });
    await worker.handle(null);
    expect(posted.length).toBe(before);
  });
});

describe('what a program cannot reach', () => {
  it.each(['import js', 'import pyodide_js', 'import pyodide', 'from pyodide.ffi import to_js', "__import__('js')", "import importlib; importlib.import_module('pyodide_js')"])(
    '`%s` fails with ModuleNotFoundError',
    async (program) => {
      const end = endOf(await run(program));
      expect(end.reason).toBe('exception');
      expect(end.exc?.[0]).toBe('ModuleNotFoundError');
    },
  );

  it('the network, storage, other tabs and postMessage are gone from the scope', () => {
    for (const name of REMOVED_GLOBALS) expect(name in globalThis, name).toBe(false);
    // Node had these before the lock-down: the test is not vacuous.
    expect(typeof nodeFetch).toBe('function');
  });

  it('no string becomes code any more: eval, Function and its kin refuse', () => {
    const refuses = /no code from strings/;
    expect(() => (scope['eval'] as (code: string) => unknown)('1')).toThrow(refuses);
    expect(() => new (scope['Function'] as FunctionConstructor)('return 1')).toThrow(refuses);
    expect(() => (async () => {}).constructor('return 1')).toThrow(refuses);
    expect(() => function* () {}.constructor('yield 1')).toThrow(refuses);
    expect(() => (scope['setTimeout'] as (h: unknown, ms: number) => unknown)('1', 0)).toThrow(TypeError);
    // What the runtime itself relies on still works.
    expect((() => {}) instanceof (scope['Function'] as FunctionConstructor)).toBe(true);
  });

  it("a program that digs up Pyodide's JS proxies (gc, _imp) reaches no request and runs no code", async () => {
    // Without the lock-down this finds a proxy of a JS function through the collector and runs a
    // string with it (`f.constructor.constructor(code)()`). Run through exec, so the tracer does
    // not step through the digging.
    const dig = src(
      'import gc, _imp, importlib.machinery',
      'def is_js(x):',
      "    return type(type(x)).__name__ == '_JsProxyMetaClass'",
      'proxies = [r for o in gc.get_objects() for r in gc.get_referents(o) if is_js(r)]',
      'ran = 0',
      'for p in proxies:',
      "    for code in ('globalThis.escaped = 2', 'return fetch(\"http://example.invalid/\")'):",
      '        try:',
      '            p.constructor.constructor(code)()',
      '            ran += 1',
      '        except BaseException:',
      '            pass',
      "core = _imp.create_builtin(importlib.machinery.ModuleSpec('_pyodide_core', None))",
      "print(len(proxies), ran, hasattr(core, 'fetch'))",
    );
    const messages = await run(`exec(${JSON.stringify(dig)})`);
    expect(endOf(messages).reason).toBe('done');
    const [proxies, ran, coreFetch] = outputOf(messages).trim().split(' ');
    expect(Number(proxies)).toBeGreaterThan(0);
    expect([ran, coreFetch]).toEqual(['0', 'False']);
    expect(scope['escaped']).toBeUndefined();
    expect(requests).toEqual([]);
  });

  it('running a string of JavaScript through ctypes does not run it', async () => {
    const messages = await run(src('import ctypes', "ctypes.CDLL(None).emscripten_run_script(b'globalThis.escaped = 1')"));
    expect(scope['escaped']).toBeUndefined();
    // The refusal comes back as an exception in the program, or at worst kills the interpreter.
    expect(['exception', 'fatal']).toContain(endOf(messages).reason);
  });
});
