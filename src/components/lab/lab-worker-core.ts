/**
 * What the lab's worker does with each message from the page, without the worker around it: the
 * loader, the lock-down and `postMessage` come in as arguments, so Node tests drive it with the
 * real Pyodide from node_modules. `lab-worker.ts` is the shell that wires it to `self`.
 */
import type { LabEnd, LabRunOptions } from '../../sim/lab/delta';
import { LabRuntime } from '../../sim/lab/runtime';
import type { FromWorker, ToWorker } from './lab-protocol';
import type { LoadedPython } from './pyodide-load';

export interface LabWorkerDeps {
  /** Loads the interpreter, reporting bytes received. */
  load(onProgress: (loaded: number, total: number) => void): Promise<LoadedPython>;
  /** The tracer's Python source. */
  readonly tracerSource: string;
  /** Takes the network, storage and the page out of reach; returns what it could not remove. */
  lockDown(): readonly string[];
  /** Sends a message to the page (a copy of `postMessage` the lock-down does not take). */
  post(message: FromWorker): void;
}

export interface LabWorker {
  /** Handles one message from the page; resolves when the run it asked for has ended. */
  handle(message: unknown): Promise<void>;
}

/** The page's message, when it is one the worker understands. */
function asRun(message: unknown): { source: string; options: LabRunOptions } | null {
  const m = message as Partial<ToWorker> | null;
  if (!m || m.type !== 'run' || typeof m.source !== 'string') return null;
  return { source: m.source, options: m.options && typeof m.options === 'object' ? m.options : {} };
}

export function createLabWorker(deps: LabWorkerDeps): LabWorker {
  let runtime: Promise<LabRuntime> | null = null;

  /** Loads once; later runs reuse the interpreter. */
  function runtimeReady(): Promise<LabRuntime> {
    runtime ??= (async () => {
      const { python, version } = await deps.load((loaded, total) => deps.post({ type: 'loading', loaded, total }));
      const ready = new LabRuntime(python, deps.tracerSource);
      const left = deps.lockDown();
      if (left.length > 0) throw new Error(`the worker could not remove ${left.join(', ')}`);
      deps.post({ type: 'ready', python: version });
      return ready;
    })();
    return runtime;
  }

  async function run(source: string, options: LabRunOptions): Promise<void> {
    let lab: LabRuntime;
    try {
      lab = await runtimeReady();
    } catch (e) {
      deps.post({ type: 'load-failed', message: e instanceof Error ? e.message : String(e) });
      return;
    }
    let total = 0;
    let line = 0;
    let end: LabEnd;
    try {
      end = lab.alive
        ? lab.run(source, options, (steps) => {
            total += steps.length;
            line = steps.at(-1)?.n ?? line;
            deps.post({ type: 'batch', steps, total });
          })
        : { reason: 'fatal', steps: 0, line: 0, message: 'the interpreter died in an earlier run' };
    } catch (e) {
      // A bug of the tracer: the interpreter may be in any state, so the page is told to start
      // a fresh worker, with the steps it already has.
      end = { reason: 'fatal', steps: total, line, message: e instanceof Error ? e.message : String(e) };
    }
    deps.post({ type: 'end', end });
  }

  return {
    async handle(message) {
      const request = asRun(message);
      if (request) await run(request.source, request.options);
    },
  };
}
