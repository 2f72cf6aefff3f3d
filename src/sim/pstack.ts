/**
 * A persistent (immutable, structurally shared) stack: pushing or popping makes a new
 * head and shares everything below it, so a trace can keep a snapshot of a stack that is
 * a million deep every few hundred steps for the cost of one pointer.
 *
 * `null` is the empty stack. Views usually want `toArray(stack)` (bottom → top).
 */
export interface Cell<T> {
  readonly top: T;
  readonly below: Stack<T>;
  readonly size: number;
}
export type Stack<T> = Cell<T> | null;

export const EMPTY: Stack<never> = null;

export function push<T>(stack: Stack<T>, value: T): Cell<T> {
  return { top: value, below: stack, size: stack === null ? 1 : stack.size + 1 };
}

/** The stack without its top (the empty stack stays empty). */
export function pop<T>(stack: Stack<T>): Stack<T> {
  return stack === null ? null : stack.below;
}

export function peek<T>(stack: Stack<T>): T | undefined {
  return stack === null ? undefined : stack.top;
}

export function sizeOf(stack: Stack<unknown>): number {
  return stack === null ? 0 : stack.size;
}

/** Items bottom → top (index 0 is the bottom, the last item is the top). */
export function toArray<T>(stack: Stack<T>): T[] {
  const out = new Array<T>(sizeOf(stack));
  let i = out.length - 1;
  for (let c = stack; c !== null; c = c.below) out[i--] = c.top;
  return out;
}

export function fromArray<T>(items: readonly T[]): Stack<T> {
  let s: Stack<T> = null;
  for (const item of items) s = push(s, item);
  return s;
}

/** Replaces the top item (used for "the current frame changed its line"). */
export function replaceTop<T>(stack: Cell<T>, value: T): Cell<T> {
  return { top: value, below: stack.below, size: stack.size };
}
