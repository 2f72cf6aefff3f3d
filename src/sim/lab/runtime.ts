/**
 * Runs a program under the lab's tracer in a loaded Pyodide, for a Web Worker (later) and for
 * Node (tests, bench). No DOM here: the caller loads Pyodide (`loadPyodide({ indexURL })`) and
 * passes the tracer's source (`tracer.py`, imported as text where the bundler allows it).
 *
 * Batches travel over fd 1 in frames (`\x1eLAB<length>\n<json>`), read by the stdout handler:
 * Python is never given a JS object, so the program cannot reach `fetch` or the page through one.
 */
import type { LabEnd, LabRunOptions, LabStepDelta } from './delta';
import { LAB_DEFAULTS } from './delta';

/** What the runtime uses of a Pyodide instance (`PyodideAPI` fits it). */
export interface LabPython {
  runPython(code: string, options?: { globals?: unknown }): unknown;
  setStdout(options: { write: (buffer: Uint8Array) => number }): void;
  setStderr(options: { write: (buffer: Uint8Array) => number }): void;
  globals: { get(name: string): unknown };
}

type PyCallable = ((...args: unknown[]) => unknown) & { destroy?: () => void };

const MAGIC = [0x1e, 0x4c, 0x41, 0x42]; // "\x1eLAB"

/** Splits what arrives on fd 1 into the tracer's frames and anything else (stray bytes). */
class FrameReader {
  private buf = new Uint8Array(1 << 16);
  private len = 0;
  private readonly decoder = new TextDecoder();
  stray = '';
  constructor(private readonly onFrame: (json: string) => void) {}

  write(chunk: Uint8Array): void {
    if (this.len + chunk.length > this.buf.length) {
      const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.len + chunk.length));
      bigger.set(this.buf.subarray(0, this.len));
      this.buf = bigger;
    }
    this.buf.set(chunk, this.len);
    this.len += chunk.length;
    this.drain();
  }

  private drain(): void {
    let at = 0;
    const b = this.buf;
    while (at < this.len) {
      if (!this.startsFrame(at)) {
        // Up to the next possible frame start is output that is not ours.
        let next = at + 1;
        while (next < this.len && b[next] !== MAGIC[0]) next++;
        this.stray += this.decoder.decode(b.subarray(at, next));
        at = next;
        continue;
      }
      let nl = at + MAGIC.length;
      while (nl < this.len && b[nl] !== 0x0a) nl++;
      if (nl >= this.len) break;
      const size = Number(this.decoder.decode(b.subarray(at + MAGIC.length, nl)));
      if (nl + 1 + size > this.len) break;
      this.onFrame(this.decoder.decode(b.subarray(nl + 1, nl + 1 + size)));
      at = nl + 1 + size;
    }
    b.copyWithin(0, at, this.len);
    this.len -= at;
  }

  /** True when a frame starts at `at` (or could, once more bytes arrive). */
  private startsFrame(at: number): boolean {
    for (let k = 0; k < MAGIC.length; k++) {
      if (at + k >= this.len) return true;
      if (this.buf[at + k] !== MAGIC[k]) return false;
    }
    return true;
  }
}

/**
 * One loaded interpreter with the tracer installed. After a fatal error (`end.reason` 'fatal')
 * it is dead: `alive` is false and the caller makes a new one (in the page: a new worker).
 */
export class LabRuntime {
  alive = true;
  /** Bytes of step JSON the last run streamed (what a worker would post to the page). */
  lastRunBytes = 0;
  private readonly runTraced: PyCallable;
  private reader: FrameReader | null = null;
  private stderr = '';

  constructor(
    py: LabPython,
    tracerSource: string,
  ) {
    py.setStdout({ write: (b) => (this.reader?.write(b), b.length) });
    py.setStderr({ write: (b) => ((this.stderr += new TextDecoder().decode(b)), b.length) });
    const dict = py.globals.get('dict') as PyCallable;
    const ns = dict();
    py.runPython(tracerSource, { globals: ns });
    this.runTraced = (ns as { get(name: string): unknown }).get('run') as PyCallable;
  }

  /**
   * Runs `source` traced and calls `onBatch` with each batch of steps as it is recorded (in
   * order). Returns how it ended; never throws for anything the program does. A fatal
   * interpreter error returns reason 'fatal' with the steps that had arrived.
   */
  run(source: string, options: LabRunOptions, onBatch: (steps: LabStepDelta[]) => void): LabEnd {
    if (!this.alive) throw new Error('this Python runtime suffered a fatal error; load a new one');
    let received = 0;
    this.lastRunBytes = 0;
    const reader = new FrameReader((json) => {
      this.lastRunBytes += json.length;
      const steps = JSON.parse(json) as LabStepDelta[];
      received += steps.length;
      onBatch(steps);
    });
    this.reader = reader;
    this.stderr = '';
    const opts = JSON.stringify({ ...LAB_DEFAULTS, ...options, input: options.input ?? [] });
    try {
      const end = JSON.parse(this.runTraced(source, opts) as string) as LabEnd;
      return reader.stray ? { ...end, stray: reader.stray } : end;
    } catch (e) {
      // Only a fatal error (the JS stack exhausted, a wasm trap) kills the interpreter; anything
      // else out of here is a bug of the tracer and is thrown as one.
      const fatal = (e as { pyodide_fatal_error?: boolean })?.pyodide_fatal_error === true || /fatal/i.test(String((e as Error)?.message ?? e));
      if (!fatal) throw e;
      this.alive = false;
      const message = String((e as Error)?.message ?? e).split('\n')[0] ?? '';
      return { reason: 'fatal', steps: received, line: 0, message: message || this.stderr.split('\n')[0] || 'fatal error' };
    } finally {
      this.reader = null;
    }
  }
}
