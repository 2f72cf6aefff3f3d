// The message an embed page sends its parent window (an LMS page) whenever its height changes,
// so the parent can size the iframe to the island with no inner scrollbar:
//   { type: 'stack-and-heap:height', island: '<registry id>', height: <CSS pixels, integer> }
// Sent with targetOrigin '*': a height is no secret, and the book cannot know the LMS's origin.
// The listener the instructors page offers (resizeListenerSnippet in snippet.ts) reads it.

export const HEIGHT_MESSAGE = 'stack-and-heap:height';

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  /** The island's registry id. */
  readonly island: string;
  /** The embed page's full height in CSS pixels (rounded up). */
  readonly height: number;
}

export const heightMessage = (island: string, height: number): HeightMessage => ({ type: HEIGHT_MESSAGE, island, height: Math.ceil(height) });

/** Whether `data` (a `message` event's) is an embed page's height report. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  return d.type === HEIGHT_MESSAGE && typeof d.island === 'string' && typeof d.height === 'number' && Number.isFinite(d.height) && d.height >= 0;
}
