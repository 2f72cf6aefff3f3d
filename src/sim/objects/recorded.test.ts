import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { outcomeOf } from '../errors';
import { RUNTIME_VERSIONS } from '../cpython/runtime';
import { generateContainerProgram } from './problems';
import { simulateObjects } from './simulate';
import { recordObjects, replayObjects } from './recorded';
import type { ObjectsState, ObjEvent } from './state';
import type { Trace } from '../trace';

/** Everything a player shows of a trace: each state, each event with its narration, the stop. */
function shown(trace: Trace<ObjectsState, ObjEvent>) {
  const states = Array.from({ length: trace.length + 1 }, (_, i) => trace.stateAt(i));
  return { states, events: [...trace.events()], stopped: trace.stopped && { reason: trace.stopped.reason, key: trace.stopped.key, params: trace.stopped.params } };
}

/** A run as the page reads it: recorded, sent as JSON, replayed. */
function throughThePage(program: string, version: string) {
  const outcome = outcomeOf(() => simulateObjects(program, { version }));
  const record = recordObjects(outcome.trace!);
  return { outcome, replayed: record && replayObjects(JSON.parse(JSON.stringify(record))) };
}

describe('recorded object-language runs', () => {
  it('replay the simulator: same states, narration and stop, in every version', () => {
    fc.assert(
      fc.property(fc.nat(2 ** 31), fc.constantFrom(...RUNTIME_VERSIONS), (seed, version) => {
        const { outcome, replayed } = throughThePage(generateContainerProgram(seed, { statements: 14, collect: true }), version);
        expect(replayed).not.toBeNull();
        expect(shown(replayed!)).toEqual(shown(outcome.trace!));
      }),
      { numRuns: 40 },
    );
  });

  it('keep the error that ended a run, with its line', () => {
    const { outcome, replayed } = throughThePage('a = []\nb = a\nx = a[3]\n', '3.13');
    expect(outcome.ok).toBe(false);
    expect(replayed!.stopped).toMatchObject({ reason: 'error', key: outcome.trace!.stopped!.key, params: { line: 3 } });
    expect(shown(replayed!)).toEqual(shown(outcome.trace!));
  });

  it('are not made for a run cut short by a limit (the page runs it)', () => {
    const long = simulateObjects('a = []\n'.repeat(50), { maxSteps: 10 });
    expect(long.trace.stopped?.reason).toBe('step-limit');
    expect(recordObjects(long.trace)).toBeNull();
  });
});
