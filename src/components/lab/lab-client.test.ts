// The page's lab client against a fake worker: what the page sees of a run, a Stop, a crash and
// a runtime that cannot load.
import { beforeEach, describe, expect, it } from 'vitest';
import type { LabEnd, LabStepDelta } from '../../sim/lab/delta';
import { createLabClientWith, LabLoadError, type LabWorkerEvent, type LabWorkerHandle } from './lab-client-core';
import type { FromWorker, LabClient, ToWorker } from './lab-protocol';

class FakeWorker implements LabWorkerHandle {
  readonly received: ToWorker[] = [];
  terminated = false;
  private readonly listeners = new Map<string, ((event: LabWorkerEvent) => void)[]>();

  postMessage(message: ToWorker): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  addEventListener(type: string, listener: (event: LabWorkerEvent) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  /** The worker posts `message` to the page. */
  send(message: FromWorker): void {
    for (const listener of this.listeners.get('message') ?? []) listener({ data: message });
  }
  /** The worker dies with an error event. */
  crash(message?: string): void {
    for (const listener of this.listeners.get('error') ?? []) listener(message === undefined ? {} : { message });
  }
}

const step = (n: number, e: LabStepDelta['e'] = 'l'): LabStepDelta => ({ e, n });
const done = (steps: number): FromWorker => ({ type: 'end', end: { reason: 'done', steps, line: 1 } });

interface Seen {
  loading: [number, number][];
  ready: string[];
  batches: { steps: readonly LabStepDelta[]; total: number }[];
}
function recorder() {
  const seen: Seen = { loading: [], ready: [], batches: [] };
  const handlers = {
    onLoading: (loaded: number, total: number) => void seen.loading.push([loaded, total]),
    onReady: (python: string) => void seen.ready.push(python),
    onBatch: (steps: readonly LabStepDelta[], total: number) => void seen.batches.push({ steps, total }),
  };
  return { seen, handlers };
}

let workers: FakeWorker[];
let client: LabClient;
beforeEach(() => {
  workers = [];
  client = createLabClientWith(() => {
    const made = new FakeWorker();
    workers.push(made);
    return made;
  });
});
const current = () => workers.at(-1)!;

describe('a run', () => {
  it('makes no worker before the first run, then streams loading, ready, batches and the end', async () => {
    expect(workers).toHaveLength(0);
    expect(client.ready).toBe(false);
    const { seen, handlers } = recorder();
    const ended = client.run('print(1)', { maxSteps: 50 }, handlers);
    expect(workers).toHaveLength(1);
    expect(current().received).toEqual([{ type: 'run', source: 'print(1)', options: { maxSteps: 50 } }]);

    current().send({ type: 'loading', loaded: 0, total: 100 });
    current().send({ type: 'loading', loaded: 100, total: 100 });
    current().send({ type: 'ready', python: '3.14.2' });
    expect(client.ready).toBe(true);
    current().send({ type: 'batch', steps: [step(0, 'c')], total: 1 });
    current().send({ type: 'batch', steps: [step(1), step(1, 'o')], total: 3 });
    current().send(done(3));

    await expect(ended).resolves.toEqual({ reason: 'done', steps: 3, line: 1 });
    expect(seen.loading).toEqual([
      [0, 100],
      [100, 100],
    ]);
    expect(seen.ready).toEqual(['3.14.2']);
    expect(seen.batches.map((b) => b.total)).toEqual([1, 3]);
    expect(seen.batches.flatMap((b) => b.steps)).toEqual([step(0, 'c'), step(1), step(1, 'o')]);
  });

  it('keeps the loaded worker for the next run', async () => {
    const first = client.run('a = 1', {}, recorder().handlers);
    current().send({ type: 'ready', python: '3.14.2' });
    current().send(done(0));
    await first;
    const second = client.run('b = 2', {}, recorder().handlers);
    expect(workers).toHaveLength(1);
    expect(current().received.map((m) => m.source)).toEqual(['a = 1', 'b = 2']);
    current().send(done(0));
    await expect(second).resolves.toMatchObject({ reason: 'done' });
    expect(current().terminated).toBe(false);
  });

  it('an end the worker reports as fatal (the interpreter died) throws that worker away', async () => {
    const ended = client.run('boom', {}, recorder().handlers);
    current().send({ type: 'ready', python: '3.14.2' });
    const fatal: LabEnd = { reason: 'fatal', steps: 0, line: 0, message: 'Pyodide has suffered a fatal error' };
    current().send({ type: 'end', end: fatal });
    await expect(ended).resolves.toEqual(fatal);
    expect(workers[0]!.terminated).toBe(true);
    expect(client.ready).toBe(false);
    void client.run('again', {}, recorder().handlers);
    expect(workers).toHaveLength(2);
  });
});

describe('Stop', () => {
  it('ends a run at once with the steps delivered so far; the old worker is silenced and the next run gets a new one', async () => {
    const { seen, handlers } = recorder();
    const ended = client.run('while True: pass', {}, handlers);
    const first = current();
    first.send({ type: 'ready', python: '3.14.2' });
    first.send({ type: 'batch', steps: [step(0, 'c'), step(1), step(2)], total: 3 });
    client.stop();
    await expect(ended).resolves.toEqual({ reason: 'stopped', steps: 3, line: 2 });
    expect(first.terminated).toBe(true);
    expect(client.ready).toBe(false);

    // Messages already on their way from the terminated worker change nothing.
    first.send({ type: 'batch', steps: [step(3)], total: 4 });
    expect(seen.batches).toHaveLength(1);

    const next = client.run('x = 1', {}, recorder().handlers);
    expect(workers).toHaveLength(2);
    expect(current()).not.toBe(first);
    current().send({ type: 'ready', python: '3.14.2' });
    current().send(done(1));
    await expect(next).resolves.toMatchObject({ reason: 'done' });
  });

  it('ends a load too: nothing ran', async () => {
    const ended = client.run('x = 1', {}, recorder().handlers);
    current().send({ type: 'loading', loaded: 10, total: 100 });
    client.stop();
    await expect(ended).resolves.toEqual({ reason: 'stopped', steps: 0, line: 0 });
    expect(current().terminated).toBe(true);
  });

  it('a second run while one is pending stops the first and starts on a fresh worker', async () => {
    const first = client.run('while True: pass', {}, recorder().handlers);
    current().send({ type: 'ready', python: '3.14.2' });
    const second = client.run('x = 1', {}, recorder().handlers);
    await expect(first).resolves.toMatchObject({ reason: 'stopped' });
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(current().received).toEqual([{ type: 'run', source: 'x = 1', options: {} }]);
    current().send(done(0));
    await expect(second).resolves.toMatchObject({ reason: 'done' });
  });
});

describe('a worker that dies', () => {
  it('mid-run: the run ends as fatal with its steps and the error, and the next run makes a fresh worker', async () => {
    const ended = client.run('deep()', {}, recorder().handlers);
    current().send({ type: 'ready', python: '3.14.2' });
    current().send({ type: 'batch', steps: [step(0, 'c'), step(4)], total: 2 });
    current().crash('RangeError: Maximum call stack size exceeded');
    await expect(ended).resolves.toEqual({ reason: 'fatal', steps: 2, line: 4, message: 'RangeError: Maximum call stack size exceeded' });
    expect(workers[0]!.terminated).toBe(true);
    expect(client.ready).toBe(false);

    const next = client.run('x = 1', {}, recorder().handlers);
    expect(workers).toHaveLength(2);
    current().send({ type: 'ready', python: '3.14.2' });
    current().send(done(1));
    await expect(next).resolves.toMatchObject({ reason: 'done' });
  });

  it('while idle: the next run makes a fresh worker', async () => {
    const first = client.run('x = 1', {}, recorder().handlers);
    current().send({ type: 'ready', python: '3.14.2' });
    current().send(done(1));
    await first;
    current().crash();
    expect(client.ready).toBe(false);
    void client.run('y = 2', {}, recorder().handlers);
    expect(workers).toHaveLength(2);
  });

  it('an error event without a message still ends the run with one', async () => {
    const ended = client.run('x', {}, recorder().handlers);
    current().send({ type: 'ready', python: '3.14.2' });
    current().crash();
    const end = await ended;
    expect(end.reason).toBe('fatal');
    expect(end.message).toMatch(/\S/);
  });
});

describe('a runtime that cannot load', () => {
  it("'load-failed' rejects the run with the worker's message; the next run tries a fresh worker", async () => {
    const ended = client.run('x = 1', {}, recorder().handlers);
    current().send({ type: 'loading', loaded: 0, total: 100 });
    current().send({ type: 'load-failed', message: 'pyodide.asm.wasm: HTTP 404' });
    await expect(ended).rejects.toThrow(LabLoadError);
    await expect(ended).rejects.toThrow('pyodide.asm.wasm: HTTP 404');
    expect(workers[0]!.terminated).toBe(true);
    void client.run('x = 1', {}, recorder().handlers);
    expect(workers).toHaveLength(2);
  });

  it('a worker that dies before it is ready (its script would not load) rejects the run', async () => {
    const ended = client.run('x = 1', {}, recorder().handlers);
    current().crash();
    await expect(ended).rejects.toBeInstanceOf(LabLoadError);
  });

  it('a browser that cannot make the worker rejects the run', async () => {
    const failing = createLabClientWith(() => {
      throw new Error('Worker is not defined');
    });
    await expect(failing.run('x = 1', {}, recorder().handlers)).rejects.toThrow('Worker is not defined');
    expect(failing.ready).toBe(false);
  });
});
