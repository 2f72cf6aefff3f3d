// What FrameView draws: one stack frame as text, whichever model it comes from (chapter 3's
// simulated call stack, or a frame of the real CPython in the lab). Each model has its adapter.

export interface FrameSlot {
  readonly name: string;
  /** The value as the view prints it; null while the local is not set yet. */
  readonly text: string | null;
}

export interface FrameModel {
  /** Tells frames apart in a keyed list. */
  readonly key: number | string;
  /** The call as written: `factorial(3)`, or `<module>` for the program itself. */
  readonly call: string;
  /** Its address as printed (`0x7ffbffd8`), or null where the model has none to show. */
  readonly address: string | null;
  /** 1 for the bottom frame. */
  readonly depth: number;
  /** The line it is at. */
  readonly line: number;
  /** Its size in bytes, or null where the model has none. */
  readonly size: number | null;
  /** Arguments first, then the other locals. */
  readonly slots: readonly FrameSlot[];
  /** Where it returns to: a caller's line, the top level, or nowhere (the program's own frame). */
  readonly returnsTo: { readonly fn: string; readonly line: number } | 'module' | null;
  /** The value it is returning on this step, or null when it is not returning. */
  readonly returning: string | null;
}
