// What the block map highlights for a step of the allocator (shared by the playground and the exercise).
import type { AllocEvent } from '../../sim/heap/model';

export interface MapFocus {
  readonly address: number;
  /** looked at by a search / chosen for a request / changed by a split, free, coalesce or realloc. */
  readonly kind: 'looked' | 'chosen' | 'changed';
}

/** The block a step touches, for the map. */
export function focusOf(e: AllocEvent | null): MapFocus | null {
  if (e === null) return null;
  switch (e.kind) {
    case 'search':
      return { address: e.address, kind: e.verdict === 'fits' || e.verdict === 'exact' ? 'chosen' : 'looked' };
    case 'allocate':
      return { address: e.address, kind: 'chosen' };
    case 'realloc-move':
      return { address: e.to, kind: 'chosen' };
    case 'split':
    case 'free':
    case 'coalesce':
    case 'realloc-zero':
    case 'realloc-in-place':
      return { address: e.address, kind: 'changed' };
    case 'fail':
    case 'free-null':
      return null;
  }
}
