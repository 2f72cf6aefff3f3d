/**
 * The contract between the lab page and its Web Worker, and the client API the page uses.
 * The worker owns Pyodide; the page never runs Python. Messages are plain JSON-able objects.
 */
import type { LabEnd, LabRunOptions, LabStepDelta } from '../../sim/lab/delta';

/** Page → worker. */
export type ToWorker = { readonly type: 'run'; readonly source: string; readonly options: LabRunOptions };

/** Worker → page. */
export type FromWorker =
  /** The runtime is downloading: bytes so far of the total (total 0 when unknown). */
  | { readonly type: 'loading'; readonly loaded: number; readonly total: number }
  /** The runtime is loaded (first run only); `python` is its version, e.g. '3.14.2'. */
  | { readonly type: 'ready'; readonly python: string }
  /** Steps recorded, in order; `total` counts every step sent so far in this run. */
  | { readonly type: 'batch'; readonly steps: readonly LabStepDelta[]; readonly total: number }
  /** How the run ended; sent once, after the last batch. */
  | { readonly type: 'end'; readonly end: LabEnd }
  /** The runtime could not be loaded (offline, files missing): nothing ran. */
  | { readonly type: 'load-failed'; readonly message: string };

export interface LabRunHandlers {
  onLoading?(loaded: number, total: number): void;
  onReady?(python: string): void;
  /** Each batch as it arrives; `total` as in the 'batch' message. */
  onBatch(steps: readonly LabStepDelta[], total: number): void;
}

export interface LabClient {
  /**
   * Runs `source`, loading the runtime first when no worker is loaded. Resolves with how the run
   * ended: reason 'stopped' after `stop()`, 'fatal' when the worker died (its steps so far were
   * already delivered). Rejects only when the runtime could not be loaded.
   */
  run(source: string, options: LabRunOptions, handlers: LabRunHandlers): Promise<LabEnd>;
  /** Ends a run or a load at once by terminating the worker; the next run starts a fresh one. */
  stop(): void;
  /** True while a loaded worker is kept (the next run starts without a download). */
  readonly ready: boolean;
}
