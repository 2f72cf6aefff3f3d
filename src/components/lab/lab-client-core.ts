/**
 * The page's side of the lab: one worker at a time, made on the first run and kept while it is
 * healthy; Stop, a crash or a dead interpreter throws it away and the next run makes a fresh one.
 * No DOM: the worker comes from `makeWorker`, so Node tests drive it with a fake.
 */
import type { LabEnd, LabRunOptions } from '../../sim/lab/delta';
import type { FromWorker, LabClient, LabRunHandlers, ToWorker } from './lab-protocol';

/** What the client needs of a Worker (a real `Worker` fits). */
export interface LabWorkerHandle {
  postMessage(message: ToWorker): void;
  terminate(): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: LabWorkerEvent) => void): void;
}

/** A 'message' event carries `data`; an 'error' event may carry `message`. */
export interface LabWorkerEvent {
  readonly data?: unknown;
  readonly message?: string;
}

/** The runtime could not be loaded (files missing, offline, the worker would not start). */
export class LabLoadError extends Error {
  override name = 'LabLoadError';
}

interface PendingRun {
  readonly handlers: LabRunHandlers;
  readonly resolve: (end: LabEnd) => void;
  readonly reject: (error: Error) => void;
  /** Steps delivered so far, and the line of the last one: where a stop or crash leaves it. */
  steps: number;
  line: number;
}

/**
 * A LabClient over workers made by `makeWorker`. A run started while another is pending stops
 * that one first (it resolves 'stopped') and starts on a fresh worker.
 */
export function createLabClientWith(makeWorker: () => LabWorkerHandle): LabClient {
  let worker: LabWorkerHandle | null = null;
  let loaded = false;
  let pending: PendingRun | null = null;

  function discardWorker(): void {
    worker?.terminate();
    worker = null;
    loaded = false;
  }

  function settle(outcome: LabEnd | Error): void {
    const run = pending;
    pending = null;
    if (!run) return;
    if (outcome instanceof Error) run.reject(outcome);
    else run.resolve(outcome);
  }

  function onMessage(from: LabWorkerHandle, data: unknown): void {
    // A worker already thrown away may still have messages on their way.
    if (from !== worker || !pending) return;
    const message = data as FromWorker | null;
    switch (message?.type) {
      case 'loading':
        pending.handlers.onLoading?.(message.loaded, message.total);
        break;
      case 'ready':
        loaded = true;
        pending.handlers.onReady?.(message.python);
        break;
      case 'batch':
        pending.steps += message.steps.length;
        pending.line = message.steps.at(-1)?.n ?? pending.line;
        pending.handlers.onBatch(message.steps, message.total);
        break;
      case 'end':
        // A dead interpreter cannot run again.
        if (message.end.reason === 'fatal') discardWorker();
        settle(message.end);
        break;
      case 'load-failed':
        discardWorker();
        settle(new LabLoadError(message.message));
        break;
    }
  }

  function onCrash(from: LabWorkerHandle, what: string): void {
    if (from !== worker) return;
    const wasLoaded = loaded;
    discardWorker();
    const run = pending;
    if (!run) return;
    if (wasLoaded) settle({ reason: 'fatal', steps: run.steps, line: run.line, message: what });
    else settle(new LabLoadError(what));
  }

  function startWorker(): LabWorkerHandle {
    const made = makeWorker();
    made.addEventListener('message', (event) => onMessage(made, event.data));
    made.addEventListener('error', (event) => onCrash(made, event.message || 'the lab worker stopped with an error'));
    made.addEventListener('messageerror', () => onCrash(made, 'a message from the lab worker could not be read'));
    return made;
  }

  const client: LabClient = {
    run(source: string, options: LabRunOptions, handlers: LabRunHandlers): Promise<LabEnd> {
      if (pending) client.stop();
      return new Promise<LabEnd>((resolve, reject) => {
        pending = { handlers, resolve, reject, steps: 0, line: 0 };
        try {
          worker ??= startWorker();
          worker.postMessage({ type: 'run', source, options });
        } catch (e) {
          discardWorker();
          settle(new LabLoadError(e instanceof Error ? e.message : String(e)));
        }
      });
    },
    stop(): void {
      const run = pending;
      pending = null;
      discardWorker();
      run?.resolve({ reason: 'stopped', steps: run.steps, line: run.line });
    },
    get ready(): boolean {
      return worker !== null && loaded;
    },
  };
  return client;
}
