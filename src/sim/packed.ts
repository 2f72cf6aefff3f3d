import type { EventStore } from './trace';

/**
 * An event store that keeps each event as `width` int32 numbers (in one growing Int32Array)
 * and rebuilds the event object on `get`. Used by long traces (N-Queens, sudoku, mazes).
 */
export class PackedStore<E> implements EventStore<E> {
  length = 0;
  private data: Int32Array;
  constructor(
    private readonly width: number,
    private readonly encode: (e: E, data: Int32Array, at: number) => void,
    private readonly decode: (data: Int32Array, at: number) => E,
    capacity = 1024,
  ) {
    this.data = new Int32Array(capacity * width);
  }
  push(e: E): void {
    const at = this.length * this.width;
    if (at + this.width > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2 + this.width);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.encode(e, this.data, at);
    this.length++;
  }
  get(i: number): E {
    return this.decode(this.data, i * this.width);
  }
}
