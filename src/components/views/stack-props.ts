// A persistent stack drawn by StackView / TwoStackView: its top cells (a million-deep stack
// shows only its top) and the labels those views need.
import { fill, type Messages } from '../../i18n/lang';
import type { Stack } from '../../sim/pstack';
import type { StackItem } from './types';

/** How many cells a stack view draws at most (a million-deep stack shows its top). */
export const STACK_WINDOW = 12;

/**
 * The top `n` cells of a persistent stack (bottom → top) without walking the rest, and how
 * many lie below them — O(n) however deep the stack is.
 */
export function topItems<T>(stack: Stack<T>, toItem: (v: T) => StackItem, n: number = STACK_WINDOW): { items: StackItem[]; offset: number } {
  const items: StackItem[] = [];
  let c = stack;
  while (c !== null && items.length < n) {
    items.push(toItem(c.top));
    c = c.below;
  }
  return { items: items.reverse(), offset: c === null ? 0 : c.size };
}

/** Props for a StackView from a persistent stack. */
export function stackProps<T>(stack: Stack<T>, toItem: (v: T) => StackItem, m: Messages, label: string) {
  const { items, offset } = topItems(stack, toItem);
  return {
    items,
    offset,
    label,
    moreLabel: fill(m, 'players.common.more', { n: offset.toLocaleString() }),
    topLabel: fill(m, 'players.common.top'),
    emptyLabel: fill(m, 'players.common.empty'),
    poppedLabel: fill(m, 'players.common.popped'),
  };
}

/** The `items`/`offset`/`moreLabel` of one side of a TwoStackView. */
export function sideProps<T>(stack: Stack<T>, toItem: (v: T) => StackItem, m: Messages) {
  const { items, offset } = topItems(stack, toItem);
  return { items, offset, moreLabel: fill(m, 'players.common.more', { n: offset.toLocaleString() }) };
}

