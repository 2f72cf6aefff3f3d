import { binarySearch } from './binary-search';
import { factorial } from './factorial';
import { fibonacci, fibonacciMemo } from './fibonacci';
import { hanoi } from './hanoi';
import { parity } from './parity';
import { power } from './power';
import { sumList } from './sum-list';
import type { Program } from './types';

/** Every call-stack program, by id. */
export const PROGRAMS: Readonly<Record<string, Program>> = Object.fromEntries(
  [factorial, fibonacci, fibonacciMemo, sumList, power, binarySearch, hanoi, parity].map((p) => [p.id, p]),
);

export const PROGRAM_IDS: readonly string[] = Object.keys(PROGRAMS);

/**
 * The program with this id, or undefined. An own-property lookup: an id such as
 * 'constructor', 'toString' or '__proto__' names no program (PROGRAMS[id] would find
 * Object.prototype's members).
 */
export function programById(id: string): Program | undefined {
  return Object.hasOwn(PROGRAMS, id) ? PROGRAMS[id] : undefined;
}

export type { ArgSpec, FnDef, Instr, Program, Value } from './types';
export { formatValue, parseArgs, validateArgs } from './types';
