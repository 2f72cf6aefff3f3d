// Keyboard movement in a roving-tabindex list (one item in the tab order, arrows move among the
// rest): the selectable lines of AddressSpaceMap, its program tabs, and LayerDiagram's layers
// and domains all move the same way.

export interface RovingKeys {
  /** Keys that move to the previous / next item. */
  readonly prev: readonly string[];
  readonly next: readonly string[];
  /** Past the last item, go round to the first (tabs); otherwise stop at the ends (lists). */
  readonly wrap?: boolean;
  /** Enter and Space pick the current item (false for buttons, which click on their own). */
  readonly activate?: boolean;
}

/** The item `key` moves to from `at`, or undefined when the key is not one of the list's. */
export function rovingTarget<T>(key: string, items: readonly T[], at: T, keys: RovingKeys): T | undefined {
  const i = items.indexOf(at);
  const last = items.length - 1;
  if (keys.prev.includes(key)) return items[keys.wrap ? (i - 1 + items.length) % items.length : Math.max(0, i - 1)];
  if (keys.next.includes(key)) return items[keys.wrap ? (i + 1) % items.length : Math.min(last, i + 1)];
  if (key === 'Home') return items[0];
  if (key === 'End') return items[last];
  if ((keys.activate ?? true) && (key === 'Enter' || key === ' ')) return at;
  return undefined;
}

/** Handles a keydown on the list: moves (or activates) with `select`, and keeps the page from scrolling. */
export function onRovingKey<T>(e: KeyboardEvent, items: readonly T[], at: T, keys: RovingKeys, select: (item: T) => void): void {
  const target = rovingTarget(e.key, items, at, keys);
  if (target === undefined) return;
  e.preventDefault();
  select(target);
}
