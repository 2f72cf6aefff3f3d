import { describe, expect, it } from 'vitest';
import { rovingTarget } from './roving';

const LIST = { prev: ['ArrowUp'], next: ['ArrowDown'] };
const TABS = { prev: ['ArrowLeft'], next: ['ArrowRight'], wrap: true, activate: false };

describe('rovingTarget', () => {
  const items = ['a', 'b', 'c'];
  it('moves by one and stops at the ends of a list', () => {
    expect(rovingTarget('ArrowDown', items, 'a', LIST)).toBe('b');
    expect(rovingTarget('ArrowDown', items, 'c', LIST)).toBe('c');
    expect(rovingTarget('ArrowUp', items, 'a', LIST)).toBe('a');
    expect(rovingTarget('End', items, 'a', LIST)).toBe('c');
    expect(rovingTarget('Home', items, 'c', LIST)).toBe('a');
  });
  it('goes round in tabs, and leaves Enter and Space to the buttons there', () => {
    expect(rovingTarget('ArrowRight', items, 'c', TABS)).toBe('a');
    expect(rovingTarget('ArrowLeft', items, 'a', TABS)).toBe('c');
    expect(rovingTarget('Enter', items, 'b', TABS)).toBeUndefined();
    expect(rovingTarget('Enter', items, 'b', LIST)).toBe('b');
    expect(rovingTarget(' ', items, 'b', LIST)).toBe('b');
  });
  it('ignores keys that are not its own', () => {
    expect(rovingTarget('ArrowLeft', items, 'b', LIST)).toBeUndefined();
    expect(rovingTarget('x', items, 'b', TABS)).toBeUndefined();
  });
});
