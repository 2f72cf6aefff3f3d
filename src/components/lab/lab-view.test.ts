// The lab's adapters to the book's views, and the options typed beside the program.
import { describe, expect, it } from 'vitest';
import { LabTrace } from '../../sim/lab/lab-trace';
import type { LabStepDelta } from '../../sim/lab/delta';
import { FRAME_WINDOW, labFrames, labGraph, objectName } from './lab-view';
import { inputLines, MAX_BUDGET, parseBudget } from './lab-options';

function traceOf(steps: LabStepDelta[]): LabTrace {
  const trace = new LabTrace();
  trace.append(steps);
  return trace;
}

describe('labFrames', () => {
  it('draws only the top frames of a deep recursion, each as its call with its arguments', () => {
    const depth = 5000;
    const steps: LabStepDelta[] = [{ e: 'c', n: 1, f: '<module>' }];
    for (let k = depth; k >= 1; k--) steps.push({ e: 'c', n: 1, f: 'down', v: { n: String(k) } }, { e: 'l', n: 2, v: { half: String(k >> 1) } });
    const view = labFrames(traceOf(steps).final);
    expect(view.depth).toBe(depth + 1);
    expect(view.frames).toHaveLength(FRAME_WINDOW);
    expect(view.hidden).toBe(depth + 1 - FRAME_WINDOW);
    // The running frame is last; it returns to the frame below it, at the line that called.
    expect(view.frames.at(-1)).toMatchObject({ call: 'down(1)', depth: depth + 1, line: 2, returnsTo: { fn: 'down', line: 2 }, returning: null });
    expect(view.frames.at(-1)!.slots).toEqual([
      { name: 'n', text: '1' },
      { name: 'half', text: '0' },
    ]);
  });

  it('names objects by type and real address, functions by name too; the program’s frame returns nowhere', () => {
    const trace = traceOf([
      { e: 'c', n: 1, f: '<module>' },
      { e: 'l', n: 2, v: { f: 0x3e8, xs: 0x7d0 }, o: [{ i: 0x3e8, t: 'function', k: 'function', s: 64, r: 2, g: 1, x: 'f' }, { i: 0x7d0, t: 'list', k: 'list', s: 28, r: 1, g: 1, n: 0 }] },
      { e: 'r', n: 2, rv: 0x7d0 },
    ]);
    const [module] = labFrames(trace.final).frames;
    expect(module).toMatchObject({ call: '<module>', returnsTo: null, returning: 'list 0x7d0', address: null, size: null });
    expect(module!.slots).toEqual([
      { name: 'f', text: 'function f 0x3e8' },
      { name: 'xs', text: 'list 0x7d0' },
    ]);
    expect(objectName({ id: 255, type: 'Point', kind: 'instance', text: null })).toBe('Point 0xff');
  });
});

describe('labGraph', () => {
  it('keeps the first objects reachable and says when it left some out', () => {
    const items = Array.from({ length: 30 }, (_, k) => 0x1000 + k);
    const trace = traceOf([
      { e: 'c', n: 1, f: '<module>' },
      { e: 'l', n: 2, v: { outer: 0x900 }, o: [{ i: 0x900, t: 'list', k: 'list', s: 148, r: 1, g: 1, n: 30, it: items }, ...items.map((i) => ({ i, t: 'list', k: 'list' as const, s: 28, r: 1, g: 1 as const, n: 0 }))] },
    ]);
    const cut = labGraph(trace.final, 10);
    expect(cut.more).toBe(true);
    expect([...cut.graph.objects.keys()]).toEqual([0x900, ...items.slice(0, 9)]);
    expect(labGraph(trace.final, 31).more).toBe(false);
  });
});

describe('the options typed beside the program', () => {
  it('reads a step budget, grouped or not, within 1..MAX_BUDGET', () => {
    expect(parseBudget('1000000')).toBe(1_000_000);
    expect(parseBudget(' 2,000 ')).toBe(2000);
    expect(parseBudget('10_000')).toBe(10_000);
    for (const bad of ['', '0', '-5', '1.5', 'ten', String(MAX_BUDGET + 1)]) expect(parseBudget(bad), bad).toBeNull();
  });

  it('gives input() one line per line, without an empty last one', () => {
    expect(inputLines('')).toEqual([]);
    expect(inputLines('3\n4\n')).toEqual(['3', '4']);
    expect(inputLines('a\r\n\r\nb')).toEqual(['a', '', 'b']);
  });
});

describe('a value being returned', () => {
  it('is held by the evaluation stack, not unreachable, until a name takes it', () => {
    const trace = traceOf([
      { e: 'c', n: 1, f: '<module>' },
      { e: 'c', n: 1, f: 'make' },
      { e: 'r', n: 2, rv: 0x500, o: [{ i: 0x500, t: 'list', k: 'list', s: 28, r: 1, g: 1, n: 0 }] },
      { e: 'l', n: 3, v: { xs: 0x500 } },
    ]);
    const returning = labGraph(trace.stateAt(3), 10).graph.objects.get(0x500)!;
    expect(returning.held).toBe(1);
    expect(labGraph(trace.stateAt(4), 10).graph.objects.get(0x500)!.held).toBe(0);
  });
});
