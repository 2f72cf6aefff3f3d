import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateBrackets, generateExpression } from './generators';
import { generateMaze } from './backtracking/maze-input';
import { checkBrackets } from './brackets';
import { infixToPostfix } from './infix';
import { evaluatePostfix } from './postfix';
import { solveMaze } from './backtracking/maze';
import { createRng } from './rng';
import { attempt } from './errors';

describe('generators', () => {
  it('are deterministic per seed', () => {
    expect(generateBrackets(7)).toEqual(generateBrackets(7));
    expect(generateExpression(7)).toEqual(generateExpression(7));
    expect(generateMaze(7)).toEqual(generateMaze(7));
    expect(createRng(1).next()).toBe(createRng(1).next());
  });

  it('bracket strings have the requested balance and length (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 30 }), fc.boolean(), (seed, length, balanced) => {
        const g = generateBrackets(seed, { length, balanced });
        if (balanced && length % 2 === 0) expect(g.text.length).toBe(length);
        expect(g.text.length).toBeLessThanOrEqual(length + 1);
        expect(g.balanced).toBe(checkBrackets(g.text).balanced);
        expect(g.balanced).toBe(balanced);
      }),
      { numRuns: 1000 },
    );
  });

  it('expressions: infix and postfix forms agree (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 8 }), (seed, operators) => {
        const g = generateExpression(seed, { operators, ops: ['+', '-', '*', '/', '^'] });
        expect(infixToPostfix(g.infix).postfix!.join(' ')).toBe(g.postfix);
        expect(g.postfix.split(' ').filter((t) => '+-*/^'.includes(t)).length).toBe(operators);
        const v = evaluatePostfix(g.postfix).value;
        expect(typeof v).toBe('number');
      }),
      { numRuns: 1000 },
    );
  });

  it('mazes always have a path (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 12 }), (seed, rows, cols) => {
        const m = generateMaze(seed, { rows, cols });
        expect(m.grid.length).toBe(rows);
        expect(m.grid.every((r) => r.length === cols)).toBe(true);
        expect(solveMaze(m.grid, m.start, m.goal).path).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('reject bad options', () => {
    expect(attempt(() => generateMaze(1, { rows: 1 }))).toMatchObject({ ok: false, error: { code: 'bad-option' } });
    expect(attempt(() => generateBrackets(1, { length: 0 }))).toMatchObject({ ok: false, error: { code: 'bad-option' } });
  });
});
