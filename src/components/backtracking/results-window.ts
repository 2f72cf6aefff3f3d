// Which rows of a long list of equal-height rows to draw: the ones in view plus a margin, so a
// list of 40,320 results costs as much to draw as one of forty.

/** The rows [start, end) to draw for a viewport scrolled to `scrollTop`. */
export function rowsInView(total: number, scrollTop: number, viewport: number, rowHeight: number, margin = 8): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const shown = Math.ceil(viewport / rowHeight) + 1;
  const start = Math.max(0, Math.min(total, first - margin));
  const end = Math.max(start, Math.min(total, first + shown + margin));
  return { start, end };
}
