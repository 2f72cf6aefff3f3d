// LabTrace on synthetic deltas (no Python): random access equals stepping from the start, with
// few objects (snapshots every 256 steps) and with thousands (snapshots further apart).
import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { toArray } from '../pstack';
import type { LabStepDelta } from './delta';
import { LabTrace } from './lab-trace';
import { applyLabStep, INITIAL_LAB_STATE, thawLab, type LabState } from './state';

function randomDeltas(seed: number, steps: number, ids: number): LabStepDelta[] {
  const rng = createRng(seed);
  const out: LabStepDelta[] = [{ e: 'c', n: 0, f: '<module>' }];
  let depth = 1;
  for (let k = 0; k < steps; k++) {
    const r = rng.int(0, 9);
    const line = rng.int(1, 40);
    const obj = { i: rng.int(1, ids), t: 'list', k: 'list' as const, s: 28, r: rng.int(1, 5), g: 1 as const, n: 1, it: [String(k)] };
    if (r === 0 && depth < 30) {
      depth++;
      out.push({ e: 'c', n: line, f: `f${depth}`, v: { n: String(depth) } });
    } else if (r === 1 && depth > 1) {
      depth--;
      out.push({ e: 'r', n: line, rv: rng.int(0, 1) ? String(k) : obj.i, o: [obj] });
    } else if (r === 2) {
      out.push({ e: 'l', n: line, v: { [`v${rng.int(0, 5)}`]: rng.int(0, 3) === 0 ? null : obj.i }, o: [obj], out: 'x' });
    } else {
      out.push({ e: 'l', n: line, o: rng.int(0, 1) ? [obj] : undefined } as LabStepDelta);
    }
  }
  return out;
}

function naive(deltas: LabStepDelta[], i: number): LabState {
  const d = thawLab(INITIAL_LAB_STATE);
  for (let j = 0; j < i; j++) applyLabStep(d, deltas[j]!);
  return d;
}

const view = (s: LabState) => ({
  frames: toArray(s.frames).map((f) => ({ ...f, locals: [...f.locals] })),
  objects: [...s.objects.entries()].sort((a, b) => a[0] - b[0]),
  stdout: s.stdout,
  line: s.line,
  step: s.step,
});

describe('LabTrace', () => {
  for (const [name, ids] of [['few objects', 50], ['thousands of objects', 8000]] as const) {
    it(`stateAt(i) equals stepping from the start (${name}), batches of any size`, () => {
      const deltas = randomDeltas(ids, 6000, ids);
      const trace = new LabTrace();
      const rng = createRng(9);
      for (let at = 0; at < deltas.length; ) {
        const n = rng.int(1, 700);
        trace.append(deltas.slice(at, at + n));
        at += n;
      }
      trace.finish({ reason: 'done', steps: deltas.length, line: 0 });
      expect(trace.length).toBe(deltas.length);
      for (const i of [0, 1, 255, 256, 257, 1023, 1024, 1025, 3000, deltas.length - 1, deltas.length, ...Array.from({ length: 30 }, () => rng.int(0, deltas.length))]) {
        expect(view(trace.stateAt(i)), `step ${i}`).toEqual(view(naive(deltas, i)));
      }
    });
  }

  it('pops a returning frame on the next step and narrates calls and returns', () => {
    const trace = new LabTrace();
    trace.append([
      { e: 'c', n: 0, f: '<module>' },
      { e: 'l', n: 3 },
      { e: 'c', n: 1, f: 'g', v: { a: '1' } },
      { e: 'r', n: 2, rv: "'ok'" },
      { e: 'l', n: 4, v: { r: "'ok'" } },
    ]);
    expect(toArray(trace.stateAt(4).frames).map((f) => [f.fn, f.returning])).toEqual([['<module>', null], ['g', "'ok'"]]);
    expect(toArray(trace.stateAt(5).frames).map((f) => f.fn)).toEqual(['<module>']);
    // A frame keeps the names bound at its call (its arguments) while its other locals change.
    trace.append([
      { e: 'c', n: 1, f: 'h', v: { x: '2', y: '3' } },
      { e: 'l', n: 2, v: { z: '5' } },
    ]);
    expect(trace.stateAt(7).frames?.top).toMatchObject({ fn: 'h', args: ['x', 'y'] });
    expect([...trace.stateAt(7).frames!.top.locals.keys()]).toEqual(['x', 'y', 'z']);
    expect(trace.event(2).msg).toEqual({ key: 'lab.call', params: { fn: 'g', line: 3, depth: 2 } });
    expect(trace.event(3).msg).toEqual({ key: 'lab.return', params: { fn: 'g', line: 2, value: "'ok'" } });
    expect(trace.findPrevious(5, 'call')).toBe(2);
    expect(trace.firstAtLine(4)).toBe(4);
    trace.finish({ reason: 'step-limit', steps: 5, line: 4, max: 5 });
    expect(trace.stopped).toMatchObject({ reason: 'step-limit', key: 'lab.stop.stepLimit', params: { max: 5 } });
  });
});
