/**
 * The Python lab's figures (part of `npm run bench`): Pyodide loaded from node_modules, programs
 * run under the tracer, batches turned into a LabTrace as a worker and the page would.
 */
import { createRng } from '../rng';
import type { LabRunOptions } from './delta';
import { LabTrace } from './lab-trace';
import { loadLabRuntimeInNode } from './node-pyodide';
import type { LabRuntime } from './runtime';

type Line = (what: string, value: string, goal: string, ok: boolean) => void;

const gc = (globalThis as { gc?: () => void }).gc;
const heapBytes = (): number => {
  if (gc) for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
};
const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p99 = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length * 0.99)]!;

/** Random-access timings; the slowest index is timed again, to tell a GC pause from slow replay. */
function stateAtLine(line: Line, trace: LabTrace, n: number): void {
  const rng = createRng(3);
  const times: number[] = [];
  let slowest = 0;
  let worst = -1;
  for (let k = 0; k < n; k++) {
    const i = rng.int(0, trace.length);
    const t0 = performance.now();
    trace.stateAt(i);
    const ms = performance.now() - t0;
    times.push(ms);
    if (ms > worst) [worst, slowest] = [ms, i];
  }
  const again: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    trace.stateAt(slowest);
    again.push(performance.now() - t0);
  }
  line(`  stateAt(i), ${n.toLocaleString('en')} random i — median / p99`, `${median(times).toFixed(3)} / ${p99(times).toFixed(3)} ms`, '≤ 5 ms', p99(times) <= 5);
  line(`  … slowest once / that step again (median of 5)`, `${worst.toFixed(2)} / ${median(again).toFixed(3)} ms`, '(a GC pause if the second is small)', median(again) <= 5);
}

function traced(runtime: LabRuntime, source: string, options: LabRunOptions = {}) {
  const before = heapBytes();
  const trace = new LabTrace();
  let appendMs = 0;
  const t0 = performance.now();
  const end = runtime.run(source, options, (steps) => {
    const a = performance.now();
    trace.append(steps);
    appendMs += performance.now() - a;
  });
  const ms = performance.now() - t0;
  trace.finish(end);
  const heap = heapBytes() - before;
  return { trace, end, ms, appendMs, bytes: runtime.lastRunBytes, heap };
}


const FIB = 'def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(20))\n';
const LOOP = 's = 0\nfor i in range(100000):\n    s += i\nprint(s)\n';
const DEEP = 'import sys\nsys.setrecursionlimit(60000)\ndef down(n):\n    if n == 0:\n        return 0\n    return down(n - 1)\ndown(50000)\n';
const LINKED = 'class Node:\n    def __init__(self, v, nxt):\n        self.v = v\n        self.next = nxt\nhead = None\nfor i in range(300):\n    head = Node(i, head)\n';
const BUBBLE = 'import random\nrandom.seed(1)\nxs = [random.randint(0, 999) for _ in range(100)]\nfor i in range(len(xs)):\n    for j in range(len(xs) - 1 - i):\n        if xs[j] > xs[j + 1]:\n            xs[j], xs[j + 1] = xs[j + 1], xs[j]\n';
const ENDLESS = 'i = 0\nitems = []\nwhile True:\n    i += 1\n    if i % 1000 == 0:\n        items.append(i)\n';

export async function benchLab(line: Line): Promise<void> {
  const t0 = performance.now();
  const runtime = await loadLabRuntimeInNode(process.cwd());
  const loadMs = performance.now() - t0;
  line('lab: cold load of Pyodide + tracer (Node)', `${(loadMs / 1000).toFixed(2)} s`, '(informative; issue: 2.2–3.5 s)', true);

  const runs: [string, string, LabRunOptions][] = [
    ['fib(20)', FIB, {}],
    ['10^5-iteration loop', LOOP, {}],
    ['recursion depth 50,000', DEEP, {}],
    // Every step re-checks every object reachable from the running frame: the cost grows with it.
    ['a 300-node linked list, built', LINKED, {}],
    ['bubble sort of 100 ints', BUBBLE, {}],
  ];
  for (const [name, source, options] of runs) {
    const r = traced(runtime, source, options);
    const n = r.trace.length;
    const us = (r.ms * 1000) / n;
    const isFib = name === 'fib(20)';
    line(`lab: ${name}: ${n.toLocaleString('en')} steps, ${r.end.reason}`, `${us.toFixed(1)} µs/step`, isFib ? '≤ 60 µs/step' : '(informative)', !isFib || us <= 60);
    line(`  of which LabTrace.append (JS)`, `${((r.appendMs * 1000) / n).toFixed(1)} µs/step`, '(informative)', true);
    line(`  streamed JSON`, `${(r.bytes / n).toFixed(0)} B/step`, isFib ? '≤ 200 B/step' : '(informative)', !isFib || r.bytes / n <= 200);
    if (gc) line(`  JS heap of the trace`, `${(r.heap / n).toFixed(0)} B/step`, '(informative)', true);
    stateAtLine(line, r.trace, 2000);
  }

  const big = traced(runtime, ENDLESS, { maxSteps: 1_000_000 });
  const n = big.trace.length;
  line(`lab: endless loop to the 10^6-step budget: ${n.toLocaleString('en')} steps, ${big.end.reason}`, `${(big.ms / 1000).toFixed(1)} s`, 'completes', big.end.reason === 'step-limit' && n === 1_000_000);
  line(`  µs/step / streamed B/step`, `${((big.ms * 1000) / n).toFixed(1)} / ${(big.bytes / n).toFixed(0)}`, '(informative)', true);
  if (gc) line(`  JS heap of the trace`, `${(big.heap / 2 ** 20).toFixed(0)} MB (${(big.heap / n).toFixed(0)} B/step)`, '(informative)', true);
  stateAtLine(line, big.trace, 5000);
  line('  Python Tutor stops at', '1,000 steps', '(for comparison)', true);
}
