/**
 * Benchmarks of the simulation core (run by `npm run bench`: bundled with esbuild, run with
 * `node --expose-gc`). Prints figures with their goals; it is not a pass/fail test.
 */
import { checkBrackets, scanBrackets } from './brackets';
import { solveNQueens } from './backtracking/nqueens';
import { generateBrackets } from './generators';
import { createRng } from './rng';
import { PYMALLOC_MAX_BULK } from './pymalloc/arenas';
import { simulatePymalloc } from './pymalloc/simulate';
import { attempt } from './errors';
import { listGrowth } from './cpython/list-growth';
import { MAX_LIST_APPENDS } from './cpython/lists';

const gc = (globalThis as { gc?: () => void }).gc;
const collect = (): void => {
  if (gc) for (let i = 0; i < 3; i++) gc();
};
const heapMB = (): number => process.memoryUsage().heapUsed / 2 ** 20;
const externalMB = (): number => {
  const m = process.memoryUsage();
  return (m.external + m.arrayBuffers) / 2 ** 20;
};
const line = (what: string, value: string, goal: string, ok: boolean): void => {
  console.log(`${ok ? 'ok  ' : 'MISS'}  ${what.padEnd(48)} ${value.padStart(12)}   goal ${goal}`);
};
const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number): number => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

if (!gc) console.log('note: run with node --expose-gc for heap figures');

// A balanced 10^6-character bracket string: 10^6 push/pop events + the final one.
const N = 1_000_000;
const text = generateBrackets(2024, { length: N, balanced: true }).text;

collect();
const baseHeap = heapMB();
const baseExternal = externalMB();
let t0 = performance.now();
let result = checkBrackets(text);
const buildMs = performance.now() - t0;
collect();
const heap = heapMB() - baseHeap;
const external = externalMB() - baseExternal;
const trace = result.trace;
line(`build brackets trace (${trace.length.toLocaleString('en')} steps)`, `${buildMs.toFixed(0)} ms`, '≤ 1000 ms', buildMs <= 1000);
line('trace heap (heapUsed after gc − baseline)', `${heap.toFixed(1)} MB`, '≤ 150 MB', heap <= 150);
line('  + typed-array event store (external)', `${external.toFixed(1)} MB`, '(heap + this ≤ 150 MB)', heap + external <= 150);

const rng = createRng(7);
const times: number[] = [];
for (let k = 0; k < 10_000; k++) {
  const i = rng.int(0, trace.length);
  t0 = performance.now();
  trace.stateAt(i);
  times.push(performance.now() - t0);
}
line('stateAt(i), 10,000 random i — median', `${median(times).toFixed(4)} ms`, '≤ 1 ms', median(times) <= 1);
line('stateAt(i), 10,000 random i — p95', `${pct(times, 0.95).toFixed(4)} ms`, '(informative)', true);

const scans: number[] = [];
for (let k = 0; k < 5; k++) {
  t0 = performance.now();
  scanBrackets(text);
  scans.push(performance.now() - t0);
}
line('untraced bracket check, 10^6 chars (median of 5)', `${median(scans).toFixed(1)} ms`, '≤ 50 ms', median(scans) <= 50);

// Worst case for memory: every opener stays on the stack until the middle.
result = checkBrackets('');
collect();
const deepBase = heapMB();
t0 = performance.now();
result = checkBrackets('('.repeat(N / 2) + ')'.repeat(N / 2));
const deepMs = performance.now() - t0;
collect();
const deepHeap = heapMB() - deepBase;
line('worst case: 500,000-deep nesting — build', `${deepMs.toFixed(0)} ms`, '≤ 1000 ms', deepMs <= 1000);
line('worst case: 500,000-deep nesting — heap', `${deepHeap.toFixed(1)} MB`, '≤ 150 MB', deepHeap <= 150);

// Let the big trace go before timing N-Queens.
result = checkBrackets('');
collect();
const queens: number[] = [];
let steps = 0;
for (let k = 0; k < 5; k++) {
  t0 = performance.now();
  const q = solveNQueens(10);
  queens.push(performance.now() - t0);
  steps = q.trace.length;
  if (q.count !== 724) throw new Error(`N-Queens n=10 found ${q.count}`);
}
line(`N-Queens n=10, all solutions traced (median of 5)`, `${median(queens).toFixed(1)} ms`, '(informative: the issue sets no goal)', true);
line('  first (cold) run', `${queens[0]!.toFixed(1)} ms`, '(informative)', true);
line('  steps', steps.toLocaleString('en'), '(informative)', true);

// pymalloc: 100 000 float-sized allocations, then all but every 1000th freed, then the rest.
const pym: number[] = [];
let pymEvents = 0;
for (let k = 0; k < 5; k++) {
  t0 = performance.now();
  const r = simulatePymalloc(
    [
      { op: 'malloc-many', size: 24, count: 100_000, prefix: 'f' },
      { op: 'free-many', prefix: 'f', keepEvery: 1000 },
      { op: 'free-many', prefix: 'f' },
    ],
    { version: '3.13' },
  );
  pym.push(performance.now() - t0);
  pymEvents = r.trace.length;
  if (r.final.live !== 0) throw new Error('pymalloc bench: objects left');
}
line('pymalloc 3.13: 100k mallocs + 100k frees (median of 5)', `${median(pym).toFixed(1)} ms`, '(informative)', true);
line('  trace events', pymEvents.toLocaleString('en'), '(informative)', true);

// The largest bulk allocation one operation may ask for (issue 12: 10^6 took 2.4 s, 4.4 s with
// the frees, so the maximum came down to PYMALLOC_MAX_BULK), and how fast a count over it is refused.
{
  const most: number[] = [];
  for (let k = 0; k < 3; k++) {
    t0 = performance.now();
    simulatePymalloc([{ op: 'malloc-many', size: 24, count: PYMALLOC_MAX_BULK, prefix: 'f' }], { version: '3.13' });
    most.push(performance.now() - t0);
  }
  line(`pymalloc 3.13: one malloc-many of ${PYMALLOC_MAX_BULK.toLocaleString('en')} (the maximum, median of 3)`, `${median(most).toFixed(0)} ms`, '≤ 500 ms', median(most) <= 500);
  t0 = performance.now();
  const refused = attempt(() => simulatePymalloc([{ op: 'malloc-many', size: 24, count: 1_000_000, prefix: 'f' }], { version: '3.13' }));
  const refusedMs = performance.now() - t0;
  line('  malloc-many of 1,000,000 refused (bad-count)', `${refusedMs.toFixed(2)} ms`, '≤ 10 ms', !refused.ok && refusedMs <= 10);
  t0 = performance.now();
  listGrowth(MAX_LIST_APPENDS, '3.13');
  const growthMs = performance.now() - t0;
  line(`listGrowth(${MAX_LIST_APPENDS.toLocaleString('en')}) (the maximum; 2**32 is refused)`, `${growthMs.toFixed(0)} ms`, '≤ 500 ms', growthMs <= 500);
}

// The object model on a long program: 20,000 statements building lists and two-node cycles
// (so automatic collections run), then a full gc.collect().
{
  const { simulateObjects } = await import('./objects/simulate');
  const lines = ['class Node: pass', 'keep = []'];
  for (let k = 0; k < 4_000; k++) {
    lines.push('a = Node()', 'b = Node()', 'a.next = b', 'b.next = a', k % 10 === 0 ? 'keep.append(a)' : 'del b');
  }
  lines.push('gc.collect()');
  const program = lines.join('\n');
  collect();
  t0 = performance.now();
  const run = simulateObjects(program, { version: '3.12', maxInputLength: 1e7 });
  const objMs = performance.now() - t0;
  const gcRuns = run.final.gc.collections;
  line(`object model: ${lines.length.toLocaleString('en')} statements, ${run.trace.length.toLocaleString('en')} events`, `${objMs.toFixed(0)} ms`, '(informative)', true);
  line(`  collections by generation (3.12 thresholds)`, gcRuns.join(' / '), '(informative)', true);
  const rngObj = createRng(11);
  const objTimes: number[] = [];
  for (let k = 0; k < 200; k++) {
    const i = rngObj.int(0, run.trace.length);
    t0 = performance.now();
    run.trace.stateAt(i);
    objTimes.push(performance.now() - t0);
  }
  line('  stateAt(i), 200 random i — median', `${median(objTimes).toFixed(2)} ms`, '(informative)', true);
}

// Every player's core at its input limit (issue 12: any jump ≤ 100 ms): the trace's build, then
// what a jump costs the core — stateAt at the end and at the worst of 200 random positions, a
// landmark scan (once per trace) and a landmark jump. The views' own cost is in
// e2e/player-timing.spec.ts.
{
  const { attempt } = await import('./errors');
  const { LANDMARKS, landmarkSteps, nextLandmark } = await import('./landmarks');
  const { simulateStackOps, parseStackOps } = await import('./stackops');
  const { runCallStack } = await import('./callstack');
  const { reverseWithStack } = await import('./reverse');
  const { evaluatePostfix } = await import('./postfix');
  const { infixToPostfix } = await import('./infix');
  const { simulateUndo, parseEditOps } = await import('./undo');
  const { simulateHistory, parseNavOps } = await import('./history');
  const { solveMaze } = await import('./backtracking/maze');
  const { mazeFrom } = await import('./backtracking/maze-input');
  const { solveSudoku, parseSudoku } = await import('./backtracking/sudoku');
  const { permutations, subsets } = await import('./backtracking/combinatorics');
  const { choiceTree } = await import('./backtracking/choice-tree');
  const { simulateAllocator } = await import('./heap/model');
  const { parseAllocOps } = await import('./heap/syntax');
  const { growthTrace, listGrowth } = await import('./cpython/list-growth');
  const { simulateObjects } = await import('./objects/simulate');
  type AnyTrace = import('./trace').Trace<unknown, import('./trace').EventBase>;
  const half = (a: string, b: string, n: number) => [...Array<string>(n / 2).fill(a), ...Array<string>(n / 2).fill(b)].join(', ');
  const objLines = ['class Node: pass', 'keep = []'];
  while (objLines.join('\n').length < 19_900) objLines.push('a = Node()', 'b = Node()', 'a.next = b', 'keep.append(a)', 'del b');
  const maze = mazeFrom('999999')!;
  const cases: [string, string, () => { trace: unknown }][] = [
    ['stack', '10,000 ops, 5,000 deep', () => simulateStackOps(parseStackOps(half('push 7', 'pop', 10_000)))],
    ['callstack', 'factorial(3000)', () => runCallStack('factorial', { n: 3000 })],
    ['reverse', '100,000 chars', () => reverseWithStack('ab'.repeat(50_000))],
    ['brackets', '2,000,000 chars', () => checkBrackets(generateBrackets(5, { length: 2_000_000, balanced: true }).text)],
    ['postfix', '9,997 chars', () => evaluatePostfix('1' + ' 1 +'.repeat(2499))],
    ['infix', '9,999 chars', () => infixToPostfix('1' + ' + 1'.repeat(2499))],
    ['undo', '10,000 ops', () => simulateUndo(parseEditOps(half('type ab', 'undo', 10_000)))],
    ['history', '10,000 ops', () => simulateHistory(parseNavOps(half('visit a.com', 'back', 10_000)))],
    ['nqueens', 'n = 14 (step limit)', () => solveNQueens(14)],
    ['maze', 'seed 999999', () => solveMaze(maze.grid, maze.start, maze.goal)],
    ['sudoku', 'empty grid', () => solveSudoku(parseSudoku(Array(9).fill('.........').join(' ')))],
    ['choice', 'permutations of 8', () => permutations(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])],
    ['choice', 'subsets of 12', () => subsets('abcdefghijkl'.split(''))],
    ['allocator', '10,000 ops', () => simulateAllocator(parseAllocOps(Array.from({ length: 10_000 }, (_, i) => ['a = malloc 8', 'b = malloc 100', 'free a', 'free b'][i % 4]).join('\n')), { size: 1024 })],
    ['listGrowth', '200 appends', () => ({ trace: growthTrace(listGrowth(200, '3.13'), '3.13') })],
    ['objects', '20,000-char program', () => simulateObjects(objLines.join('\n').slice(0, 20_000).replace(/\n[^\n]*$/, ''), { version: '3.12' })],
  ];
  for (const [kind, input, fn] of cases) {
    collect();
    t0 = performance.now();
    const r = attempt(fn);
    const ms = performance.now() - t0;
    const trace = (r.ok ? r.value.trace : r.error.trace) as AnyTrace | undefined;
    if (!trace) {
      line(`${kind} (${input})`, 'no trace', '(a bad bench input)', false);
      continue;
    }
    const rngJ = createRng(3);
    let worst = 0;
    for (let k = 0; k < 200; k++) {
      const i = k === 0 ? trace.length : rngJ.int(0, trace.length);
      const s = performance.now();
      trace.stateAt(i);
      worst = Math.max(worst, performance.now() - s);
    }
    const s1 = performance.now();
    const marks = landmarkSteps(trace, LANDMARKS[kind]!);
    const scanMs = performance.now() - s1;
    const s2 = performance.now();
    for (let k = 0; k < 1000; k++) nextLandmark(marks, rngJ.int(0, trace.length));
    const jumpMs = (performance.now() - s2) / 1000;
    line(`${kind}: ${input}, ${trace.length.toLocaleString('en')} steps — build`, `${ms.toFixed(0)} ms`, '(informative)', true);
    line('  stateAt, worst of the end + 199 random', `${worst.toFixed(2)} ms`, '≤ 100 ms', worst <= 100);
    line(`  landmarks: scan (once per trace), ${marks.length.toLocaleString('en')} found`, `${scanMs.toFixed(1)} ms`, '(informative)', true);
    line('  landmarks: one jump (binary search)', `${(jumpMs * 1000).toFixed(2)} µs`, '≤ 100 ms', jumpMs <= 100);
    if (kind === 'choice') {
      const s3 = performance.now();
      choiceTree(trace as Parameters<typeof choiceTree>[0], trace.length);
      const treeMs = performance.now() - s3;
      line('  choice tree drawn at the end (view model)', `${treeMs.toFixed(2)} ms`, '≤ 100 ms', treeMs <= 100);
    }
  }
}

// The Python lab: real CPython (Pyodide) under the tracer.
{
  const { benchLab } = await import('./lab/bench');
  await benchLab(line);
}
