// What a heap still holds when a script ends, sorted the way Valgrind's leak check sorts it:
// blocks no name points at are "definitely lost", blocks a name still points at are "still
// reachable". Bytes are the bytes the program asked for, as Valgrind counts them.
import type { HeapState } from './model';

export interface LeakCount {
  readonly bytes: number;
  readonly blocks: number;
}

export interface LeakSummary {
  /** Allocated blocks no name points at (Block.leaked). */
  readonly lost: LeakCount;
  /** Allocated blocks a name still points at. */
  readonly reachable: LeakCount;
}

/** The leak summary of a heap (see the module comment); all zero when every block was freed. */
export function leakSummary(state: HeapState): LeakSummary {
  let lostBytes = 0;
  let lostBlocks = 0;
  let keptBytes = 0;
  let keptBlocks = 0;
  for (const b of state.blocks) {
    if (b.free) continue;
    if (b.leaked) {
      lostBytes += b.requested;
      lostBlocks++;
    } else {
      keptBytes += b.requested;
      keptBlocks++;
    }
  }
  return { lost: { bytes: lostBytes, blocks: lostBlocks }, reachable: { bytes: keptBytes, blocks: keptBlocks } };
}
