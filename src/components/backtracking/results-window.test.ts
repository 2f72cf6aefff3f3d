import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rowsInView } from './results-window';

describe('rowsInView', () => {
  it('draws every row that overlaps the viewport, and a bounded number of rows (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 10, max: 800 }), fc.integer({ min: 8, max: 40 }), (total, top, viewport, row) => {
        const scrollTop = Math.min(top, Math.max(0, total * row - viewport));
        const { start, end } = rowsInView(total, scrollTop, viewport, row);
        // Reference: a row i is visible when [i·row, (i+1)·row) meets [scrollTop, scrollTop + viewport).
        for (let i = 0; i < total; i++) {
          const visible = i * row < scrollTop + viewport && (i + 1) * row > scrollTop;
          if (visible) expect(i >= start && i < end).toBe(true);
          if (i * row > scrollTop + viewport + 20 * row) break;
        }
        expect(end - start).toBeLessThanOrEqual(Math.ceil(viewport / row) + 1 + 16);
        expect(0 <= start && start <= end && end <= total).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
