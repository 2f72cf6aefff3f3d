// The pointers of a heap as the allocator playground lists them: what each one holds (a message
// key) and which one the free / realloc buttons act on.
import type { Handle } from './model';

/** What a pointer holds: 'heap.play.pointerAt' ({name} = {address}), 'heap.play.pointerFreed' (a dangling pointer) or 'heap.play.pointerNull'. */
export function pointerKey(h: Handle): string {
  return h.address === null ? 'heap.play.pointerNull' : h.freed ? 'heap.play.pointerFreed' : 'heap.play.pointerAt';
}

/** How a pointer picker names it ({name}): 'heap.play.optionFreed', 'heap.play.optionNull', or null for a live pointer (its name alone). */
export function pointerOptionKey(h: Handle): string | null {
  return h.freed ? 'heap.play.optionFreed' : h.address === null ? 'heap.play.optionNull' : null;
}

/**
 * The pointer the buttons act on: `current` while `handles` still has it, else the first live one
 * (neither freed nor NULL), else the first; '' when there are no pointers.
 */
export function pickPointer(handles: Readonly<Record<string, Handle>>, current: string): string {
  const names = Object.keys(handles);
  if (names.includes(current)) return current;
  return names.find((n) => pointerOptionKey(handles[n]!) === null) ?? names[0] ?? '';
}
