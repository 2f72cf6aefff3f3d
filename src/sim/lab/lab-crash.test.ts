// A program that kills the interpreter (freeing a very deep chain overflows the JS stack even
// with the C-stack protection): the run ends as a message with the steps that had arrived.
// Its own file, because the interpreter it loads does not survive.
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { LabTrace } from './lab-trace';
import { loadLabRuntimeInNode } from './node-pyodide';
import type { LabRuntime } from './runtime';

let runtime: LabRuntime;
beforeAll(async () => {
  runtime = await loadLabRuntimeInNode(join(import.meta.dirname, '..', '..', '..'));
}, 60_000);

it('a deep chain freed at once ends the run as a message with the partial trace, not a crash of the test run', () => {
  // Built by exec'd code (not traced, so quickly); the `del` frees it recursively in C.
  const program = ['a = 1', 'b = 2', 'c = 3', "exec('x = None\\nfor i in range(300000): x = [x]\\ndel x')", 'd = 4'].join('\n');
  const trace = new LabTrace();
  const end = runtime.run(program, {}, (steps) => trace.append(steps));
  trace.finish(end);
  if (end.reason === 'fatal') {
    expect(end.message).toMatch(/\S/);
    expect(runtime.alive).toBe(false);
    expect(trace.length).toBeGreaterThanOrEqual(3);
    expect(trace.stopped?.key).toBe('lab.stop.fatal');
    expect(() => runtime.run('x = 1', {}, () => {})).toThrow(/fatal/);
  } else {
    // Should a later Pyodide survive it, it must end as a RecursionError or run to the end.
    expect(['exception', 'done']).toContain(end.reason);
  }
  expect(trace.stateAt(trace.length).step).toBe(trace.length);
}, 60_000);
