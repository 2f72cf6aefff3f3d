import { describe, expect, it } from 'vitest';
import { simulateAllocator } from './model';
import { parseAllocOps } from './syntax';
import { pickPointer, pointerKey, pointerOptionKey } from './pointers';

const handlesOf = (script: string) => simulateAllocator(parseAllocOps(script), { size: 1024, policy: 'first-fit' }).final.handles;

describe('playground pointers', () => {
  // a freed (dangling), b NULL (5000 bytes do not fit in 1024), c live
  const h = handlesOf('a = malloc 100, b = malloc 5000, c = malloc 10, free a');
  it('says what each pointer holds and how the picker names it', () => {
    expect(h['a']).toEqual({ address: 0x1010, freed: true });
    expect(pointerKey(h['a']!)).toBe('heap.play.pointerFreed');
    expect(pointerKey(h['b']!)).toBe('heap.play.pointerNull');
    expect(pointerKey(h['c']!)).toBe('heap.play.pointerAt');
    expect(pointerOptionKey(h['a']!)).toBe('heap.play.optionFreed');
    expect(pointerOptionKey(h['b']!)).toBe('heap.play.optionNull');
    expect(pointerOptionKey(h['c']!)).toBeNull();
    // a freed NULL pointer (free of NULL) is named as freed
    expect(pointerOptionKey({ address: null, freed: true })).toBe('heap.play.optionFreed');
    expect(pointerKey({ address: null, freed: true })).toBe('heap.play.pointerNull');
  });
  it('keeps the chosen pointer while it exists, else picks the first live one, else the first, else none', () => {
    expect(pickPointer(h, 'a')).toBe('a');
    expect(pickPointer(h, '')).toBe('c');
    expect(pickPointer(h, 'gone')).toBe('c');
    expect(pickPointer(handlesOf('a = malloc 10, free a'), '')).toBe('a');
    expect(pickPointer({}, 'a')).toBe('');
  });
});
