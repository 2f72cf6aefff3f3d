/**
 * A small seeded pseudo-random generator (mulberry32) so that exercise instances are
 * reproducible: the same seed draws the same problem in Node and in every browser.
 */
export interface Rng {
  /** The seed this generator was created with (for "same problem again" links). */
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/** Creates a generator; any integer seed works (it is reduced to 32 bits). */
export function createRng(seed: number): Rng {
  const start = seed >>> 0;
  let state = start;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    seed: start,
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty array');
      return items[int(0, items.length - 1)]!;
    },
    shuffle: (items) => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}

/** A fresh seed for "new problem" buttons (the only non-deterministic call in the core). */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}
