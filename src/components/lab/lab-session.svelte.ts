// One lab page's runs: loads the client at the first Run, streams each run's batches into a
// LabTrace (steppable while it grows), and keeps what the page shows about it (loading bytes,
// steps recorded, how it ended) as reactive state. No DOM; the island draws it.
import { LabTrace } from '../../sim/lab/lab-trace';
import type { LabEnd, LabRunOptions } from '../../sim/lab/delta';
import type { LabClient } from './lab-protocol';
import type { LoadLabClient } from './load-client';

/**
 * idle: nothing run yet · loading: the runtime is downloading · running: steps are arriving ·
 * finished: the run ended (any reason; `end` says which) · load-failed: nothing could run.
 */
export type LabPhase = 'idle' | 'loading' | 'running' | 'finished' | 'load-failed';

export class LabSession {
  phase: LabPhase = $state('idle');
  /** Bytes of the runtime downloaded so far, of `total` (0: not known). */
  loaded = $state(0);
  total = $state(0);
  /** Steps in the trace so far: `trace.length`, which Svelte cannot watch, mirrored. */
  recorded = $state(0);
  /** The interpreter's version once it has loaded ('3.14.2'). */
  python: string | null = $state(null);
  trace: LabTrace | null = $state.raw(null);
  /** The program the trace is of. */
  source = $state('');
  end: LabEnd | null = $state.raw(null);
  /** Why the runtime could not be loaded. */
  failure: string | null = $state(null);

  private client: LabClient | null = null;
  private stopAsked = false;

  constructor(private readonly load: LoadLabClient) {}

  get busy(): boolean {
    return this.phase === 'loading' || this.phase === 'running';
  }

  async run(source: string, options: LabRunOptions): Promise<void> {
    if (this.busy) return;
    const trace = new LabTrace();
    this.trace = trace;
    this.source = source;
    this.recorded = 0;
    this.end = null;
    this.failure = null;
    this.loaded = this.total = 0;
    this.stopAsked = false;
    this.phase = this.client?.ready ? 'running' : 'loading';
    try {
      this.client ??= await this.load();
      // Stop pressed while the client module itself was loading: there is no worker to end.
      const end = this.stopAsked
        ? ({ reason: 'stopped', steps: 0, line: 0 } as const)
        : await this.client.run(source, options, {
            onLoading: (loaded, total) => {
              this.loaded = loaded;
              this.total = total;
            },
            onReady: (python) => {
              this.python = python;
              this.phase = 'running';
            },
            onBatch: (steps) => {
              trace.append(steps);
              this.recorded = trace.length;
              this.phase = 'running';
            },
          });
      trace.finish(end);
      this.end = end;
      this.phase = 'finished';
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
      this.phase = 'load-failed';
    }
  }

  /** Ends the run (or the download) at once; the steps so far stay steppable. */
  stop(): void {
    if (!this.busy) return;
    this.stopAsked = true;
    this.client?.stop();
  }
}
