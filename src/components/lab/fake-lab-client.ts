// For component tests of the lab: a LabClient with no worker and no Python. Each run plays a
// script — download progress (first run only), then steps in batches, then an end — and can be
// held at two points (during the download, and after its steps until Stop), so a test can look
// at the page in between. It keeps what each run was asked, for the test to check.
import type { LabEnd, LabRunOptions, LabStepDelta } from '../../sim/lab/delta';
import type { LabClient, LabRunHandlers } from './lab-protocol';

export interface FakeRun {
  readonly steps: readonly LabStepDelta[];
  /** How the run ends when nothing holds it (ignored when `hold` is set: Stop ends it). */
  readonly end?: LabEnd;
  /** Steps per batch. */
  readonly batch?: number;
  /** After its steps, wait for stop() and end as 'stopped' (an endless loop). */
  readonly hold?: boolean;
  /** The runtime cannot be loaded: the run rejects with this message. */
  readonly loadFailure?: string;
}

/** A promise and the function that settles it: a gate a test opens. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

export class FakeLabClient implements LabClient {
  ready = false;
  readonly asked: { source: string; options: LabRunOptions }[] = [];
  /** While set, the first download waits here after its first progress event. */
  downloading: Promise<void> | null = null;
  private stopped: (() => void) | null = null;

  constructor(private readonly script: (source: string, run: number) => FakeRun) {}

  async run(source: string, options: LabRunOptions, handlers: LabRunHandlers): Promise<LabEnd> {
    this.asked.push({ source, options });
    const plan = this.script(source, this.asked.length);
    const halted = new Promise<'stopped'>((resolve) => (this.stopped = () => resolve('stopped')));
    if (!this.ready) {
      handlers.onLoading?.(3_000_000, 6_300_000);
      if (this.downloading && (await Promise.race([this.downloading, halted])) === 'stopped') return { reason: 'stopped', steps: 0, line: 0 };
      if (plan.loadFailure) throw new Error(plan.loadFailure);
      handlers.onLoading?.(6_300_000, 6_300_000);
      this.ready = true;
      handlers.onReady?.('3.14.2');
    }
    const size = plan.batch ?? 4;
    for (let at = 0; at < plan.steps.length; at += size) {
      // Batches arrive one by one, as they would from a worker.
      await Promise.resolve();
      handlers.onBatch(plan.steps.slice(at, at + size), Math.min(at + size, plan.steps.length));
    }
    const last = plan.steps[plan.steps.length - 1];
    if (plan.hold) {
      await halted;
      return { reason: 'stopped', steps: plan.steps.length, line: last?.n ?? 0 };
    }
    return plan.end ?? { reason: 'done', steps: plan.steps.length, line: last?.n ?? 0 };
  }

  stop(): void {
    // As the real client does: the worker is terminated, the next run starts a fresh one.
    this.ready = false;
    this.stopped?.();
  }
}
