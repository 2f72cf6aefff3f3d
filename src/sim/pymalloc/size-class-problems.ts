// "Which size class?" questions for the chapter 7 exercise: seeded, graded with an explanation.
import { createRng } from '../rng';
import { PYMALLOC_VERSIONS, blocksPerPool, pymallocConfig, sizeClassOf } from './config';
import { objectSizePresets } from '../cpython/object-sizes';

/** The model answer: the raw allocator, or a class with its block size and blocks per pool. */
export type SizeClassAnswer =
  | { readonly raw: true }
  | { readonly raw: false; readonly sizeClass: number; readonly blockSize: number; readonly blocksPerPool: number };

export interface SizeClassQuestion {
  /** Position in its problem set (0-based). */
  readonly id: number;
  readonly version: string;
  readonly nbytes: number;
  /** When the size is a preset object's `sys.getsizeof`, its id and expression (else null). */
  readonly object: { readonly id: string; readonly expr: string } | null;
  readonly answer: SizeClassAnswer;
}

export interface SizeClassProblem {
  readonly seed: number;
  readonly questions: readonly SizeClassQuestion[];
}

/** The learner's answer: a class index or 'raw'; blocks per pool (ignored for 'raw'; null = blank). */
export interface SizeClassGuess {
  readonly choice: number | 'raw' | null;
  readonly blocksPerPool: number | null;
}

export interface SizeClassGrade {
  readonly correct: boolean;
  readonly classRight: boolean;
  /** null when the answer is 'raw' (not asked). */
  readonly blocksRight: boolean | null;
  /** Explanation key (size-class-messages.ts) and its parameters. */
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The model answer for a request of `nbytes` on CPython `version`. */
export function answerFor(nbytes: number, version: string): SizeClassAnswer {
  const c = sizeClassOf(nbytes, version);
  if (c === null) return { raw: true };
  return { raw: false, sizeClass: c, blockSize: pymallocConfig(version).sizeClasses[c]!, blocksPerPool: blocksPerPool(c, version) };
}

/**
 * A seeded set of `count` questions (default 4) over all versions pymallocConfig knows: about half
 * are everyday objects (their `getsizeof`), the rest random sizes, at least one of them going to
 * the raw allocator (0 bytes or 513–1024) and at least one sitting on a class boundary (a multiple of 16).
 */
export function generateSizeClassProblem(seed: number, count = 4): SizeClassProblem {
  const rng = createRng(seed);
  const kinds = rng.shuffle(['object', 'raw', 'boundary', ...Array.from({ length: Math.max(0, count - 3) }, () => rng.pick(['object', 'random']))]).slice(0, count);
  const questions = kinds.map((kind, id): SizeClassQuestion => {
    const version = rng.pick(PYMALLOC_VERSIONS);
    let nbytes: number;
    let object: SizeClassQuestion['object'] = null;
    if (kind === 'object') {
      const p = rng.pick(objectSizePresets(version));
      nbytes = p.size;
      object = { id: p.id, expr: p.expr };
    } else if (kind === 'raw') {
      nbytes = rng.int(0, 3) === 0 ? 0 : rng.int(513, 1024);
    } else if (kind === 'boundary') {
      nbytes = 16 * rng.int(1, 32) + rng.pick([0, 1]);
      if (nbytes > 512) nbytes = 512;
    } else {
      nbytes = rng.int(1, 512);
    }
    return { id, version, nbytes, object, answer: answerFor(nbytes, version) };
  });
  return { seed, questions };
}

/** Grades one answer; the explanation shows the arithmetic (or why the request is raw). */
export function gradeSizeClass(q: SizeClassQuestion, guess: SizeClassGuess): SizeClassGrade {
  const config = pymallocConfig(q.version);
  const a = q.answer;
  if (a.raw) {
    const correct = guess.choice === 'raw';
    return {
      correct,
      classRight: correct,
      blocksRight: null,
      key: q.nbytes === 0 ? 'sizeClass.explain.zero' : 'sizeClass.explain.large',
      params: { nbytes: q.nbytes, version: q.version, threshold: config.smallRequestThreshold },
    };
  }
  const classRight = guess.choice === a.sizeClass;
  const blocksRight = guess.blocksPerPool === a.blocksPerPool;
  const usable = config.poolSize - config.poolOverhead;
  return {
    correct: classRight && blocksRight,
    classRight,
    blocksRight,
    key: 'sizeClass.explain.small',
    params: {
      nbytes: q.nbytes,
      version: q.version,
      sizeClass: a.sizeClass,
      blockSize: a.blockSize,
      // A term of the arithmetic shown as Python would write it: text, so its digits stay ungrouped.
      poolSize: String(config.poolSize),
      poolKib: config.poolSize / 1024,
      overhead: config.poolOverhead,
      usable,
      blocks: a.blocksPerPool,
      waste: usable - a.blocksPerPool * a.blockSize,
      slack: a.blockSize - q.nbytes,
    },
  };
}
