import type { Action, ExerciseSpec } from '../exercises/grader';
import { createRng } from '../rng';
import { buildTrace, type Narration, type Trace } from '../trace';
import {
  applyAlloc,
  FIT_POLICIES,
  freeBlock,
  mallocEvents,
  narrateAlloc,
  needOf,
  pickBlock,
  statsOf,
  type AllocEvent,
  type Block,
  type FitPolicy,
  type HeapConfig,
  type HeapState,
} from './model';
import { hex } from '../hex';

// Seeded problems for the heap chapter's exercises: "which block does this policy choose?"
// (generateAllocProblem) and the proficiency exercise built on it (fitExercise).

/** A "which block does this policy choose?" problem. `answer` indexes `state.blocks`. */
export interface AllocProblem {
  readonly seed: number;
  readonly policy: FitPolicy;
  readonly state: HeapState;
  /** Bytes requested (malloc argument) and the payload bytes that needs. */
  readonly request: number;
  readonly need: number;
  readonly answer: number;
}

/**
 * A seeded heap with 4–6 free holes of different sizes (separated by allocated blocks, so
 * none coalesce) and a request that at least one hole is too small for and at least two fit.
 * For next-fit, the rover sits at the end of a random allocated block.
 */
export function generateAllocProblem(seed: number, policy: FitPolicy): AllocProblem {
  const rng = createRng(seed);
  const align = 16;
  const headerSize = 16;
  const holes = rng.shuffle([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((k) => k * 32)).slice(0, rng.int(4, 6));
  const base = 0x1000;
  const blocks: Block[] = [];
  let at = base;
  const push = (size: number, free: boolean): void => {
    const address = at + headerSize;
    const requested = free ? 0 : size - rng.int(0, align - 1);
    blocks.push(free ? freeBlock(address, size) : { address, size, free, requested, id: String.fromCharCode(97 + blocks.length / 2) });
    at = address + size;
  };
  holes.forEach((size) => {
    push(rng.int(1, 6) * 16, false);
    push(size, true);
  });
  push(rng.int(1, 6) * 16, false);
  const used = blocks.filter((b) => !b.free);
  const rover = policy === 'next-fit' ? (() => {
    const b = rng.pick(used);
    return b.address + b.size;
  })() : base;
  const config: HeapConfig = { size: at - base, policy, align, headerSize, base };
  const state: HeapState = { config, blocks, rover, handles: {}, op: 0 };
  const sorted = holes.slice().sort((a, b) => a - b);
  const j = rng.int(1, sorted.length - 2);
  const request = rng.int(sorted[j - 1]! + 1, sorted[j]!);
  const need = needOf(config, request);
  const answer = pickBlock(state, need).index!;
  return { seed, policy, state, request, need, answer };
}

/**
 * The proficiency exercise "pick the block this policy chooses" (chapter 6): a heap with
 * holes and a few malloc requests; for each request the learner picks the free block the
 * policy takes, or says that none fits (malloc returns NULL).
 *
 * The heap and the requests depend only on the seed, so switching the policy keeps the
 * problem and changes only the answers. There are no frees between the requests, so free
 * blocks only shrink: a request larger than the largest hole is NULL under every policy.
 */

/** How many malloc requests a problem has. */
export const FIT_REQUESTS = 4;

export interface FitProblem {
  readonly seed: number;
  readonly policy: FitPolicy;
  /** The heap before the first request (for next-fit the rover sits after an allocated block). */
  readonly heap: HeapState;
  /** Bytes asked for by each malloc, in order. */
  readonly requests: readonly number[];
}

/** The exercise's state: the heap and which request comes next (`next` = requests.length when done). */
export interface FitState {
  readonly heap: HeapState;
  readonly requests: readonly number[];
  readonly next: number;
}

/**
 * The learner's decision for request `op`: the block the policy picks (`address` = its payload
 * address, null = NULL), then the allocator's own events for that malloc follow.
 */
export interface FitPickEvent {
  readonly kind: 'pick';
  readonly op: number;
  readonly policy: FitPolicy;
  readonly request: number;
  readonly need: number;
  readonly address: number | null;
  /** The chosen block's payload bytes (0 for NULL). */
  readonly size: number;
  readonly largest: number;
}
export type FitEvent = FitPickEvent | AllocEvent;

/**
 * A seeded problem: the holes of generateAllocProblem (4–6 free blocks of different sizes
 * between allocated ones), its request first (at least one hole too small, at least two that
 * fit), then requests drawn from the hole sizes; in about half the problems one of the later
 * requests is bigger than every hole (NULL).
 */
export function generateFitProblem(seed: number, policy: FitPolicy): FitProblem {
  if (!FIT_POLICIES.includes(policy)) throw new RangeError(`unknown policy ${String(policy)}`);
  const base = generateAllocProblem(seed, 'first-fit');
  // A stream of its own, so the draws below do not depend on the policy.
  const rng = createRng((seed ^ 0x5bd1e995) >>> 0);
  const state = base.state;
  const used = state.blocks.filter((b) => !b.free);
  const roverBlock = rng.pick(used);
  const holes = state.blocks.filter((b) => b.free).map((b) => b.size).sort((a, b) => a - b);
  const largest = holes[holes.length - 1]!;
  const nullAt = rng.next() < 0.5 ? rng.int(1, FIT_REQUESTS - 1) : -1;
  const requests = [base.request];
  for (let k = 1; k < FIT_REQUESTS; k++) {
    if (k === nullAt) {
      requests.push(largest + rng.int(1, 40));
    } else {
      const j = rng.int(0, holes.length - 1);
      requests.push(rng.int(j === 0 ? 1 : holes[j - 1]! + 1, holes[j]!));
    }
  }
  const heap: HeapState = {
    ...state,
    config: { ...state.config, policy },
    rover: policy === 'next-fit' ? roverBlock.address + roverBlock.size : state.config.base,
  };
  return { seed, policy, heap, requests };
}

export function applyFit(s: FitState, e: FitEvent): FitState {
  if (e.kind === 'pick') return s;
  const done = e.kind === 'allocate' || e.kind === 'fail';
  return { ...s, heap: applyAlloc(s.heap, e), next: done ? s.next + 1 : s.next };
}

export function narrateFit(e: FitEvent): Narration {
  if (e.kind !== 'pick') return narrateAlloc(e);
  const params = { n: e.op + 1, policy: e.policy, request: e.request, need: e.need, largest: e.largest };
  return e.address === null
    ? { key: 'allocfit.pickNull', params }
    : { key: 'allocfit.pick', params: { ...params, address: hex(e.address), size: e.size } };
}

/** The handle name of request `op` (r1, r2, …), as shown in the block map. */
export const requestName = (op: number): string => `r${op + 1}`;

/** The model run: for each request its `pick` decision, then the allocator's events. */
export function fitTrace(p: FitProblem): Trace<FitState, FitEvent> {
  return buildTrace<FitState, FitEvent>({
    initial: { heap: p.heap, requests: p.requests, next: 0 },
    apply: applyFit,
    narrate: narrateFit,
    run(emit, current) {
      p.requests.forEach((request, op) => {
        const heap = current().heap;
        const need = needOf(heap.config, request);
        const { index } = pickBlock(heap, need);
        const b = index === null ? null : heap.blocks[index]!;
        emit({ kind: 'pick', op, policy: heap.config.policy, request, need, address: b?.address ?? null, size: b?.size ?? 0, largest: statsOf(heap).largestFree });
        for (const e of mallocEvents(heap, request, requestName(op))) emit(e);
      });
    },
  });
}

const WHY_PICK: Record<FitPolicy, string> = {
  'first-fit': 'allocfit.why.first',
  'next-fit': 'allocfit.why.next',
  'best-fit': 'allocfit.why.best',
  'worst-fit': 'allocfit.why.worst',
};

/**
 * Actions: { type: 'pick', address } (a free block's payload address) or { type: 'null' }.
 * A wrong pick is explained by what is wrong with it (too small, not free, an earlier /
 * smaller / larger block fits, equal blocks are taken in search order) without naming the
 * answer; the right one (or the model's step) by the policy's rule.
 */
export const fitExercise: ExerciseSpec<FitState, FitEvent> = {
  isDecision: (e) => e.kind === 'pick',
  toAction: (e): Action => (e.kind === 'pick' && e.address !== null ? { type: 'pick', address: e.address } : { type: 'null' }),
  reason({ state, expected, submitted }): Narration {
    const e = expected as FitPickEvent;
    const heap = state.heap;
    const policy = heap.config.policy;
    const params = {
      policy,
      request: e.request,
      need: e.need,
      largest: e.largest,
      address: e.address === null ? '' : hex(e.address),
      size: e.size,
      rover: hex(heap.rover),
    };
    const right = submitted === null || (submitted.type === 'null' ? e.address === null : submitted['address'] === e.address);
    if (right) return { key: e.address === null ? 'allocfit.why.null' : WHY_PICK[policy], params };
    if (submitted.type !== 'pick') return { key: 'allocfit.why.notNull', params };
    const picked = typeof submitted['address'] === 'number' ? submitted['address'] : NaN;
    const b = heap.blocks.find((x) => x.address === picked);
    const p = { ...params, picked: Number.isFinite(picked) ? hex(picked) : String(submitted['address']), pickedSize: b?.size ?? 0 };
    if (!b || !b.free) return { key: 'allocfit.why.notFree', params: p };
    if (b.size < e.need) return { key: 'allocfit.why.tooSmall', params: p };
    if (policy === 'first-fit') return { key: 'allocfit.why.notFirst', params: p };
    if (policy === 'next-fit') return { key: 'allocfit.why.notNext', params: p };
    if (b.size === e.size) return { key: 'allocfit.why.tie', params: p };
    return { key: policy === 'best-fit' ? 'allocfit.why.notBest' : 'allocfit.why.notWorst', params: p };
  },
};
