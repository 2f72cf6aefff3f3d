import type { BracketEvent, BracketState } from '../brackets';
import type { Action, ExerciseSpec } from './grader';
import type { Narration } from '../trace';
import { isRightAssoc } from '../operators';
import type { InfixEvent, InfixState } from '../infix';
import type { PostfixEvent, PostfixState } from '../postfix';
import type { NQueensEvent, NQueensState } from '../backtracking/nqueens';
import { DELTA, WALL, type Dir, type MazeEvent, type MazeState } from '../backtracking/maze';

/**
 * Brackets: at each bracket the learner chooses { type: 'push' } (opener), { type: 'pop' }
 * (closer matching the top), { type: 'error' } (report the mismatch / stray closer /
 * openers left at the end) or { type: 'balanced' } (at the end, stack empty).
 */
export const bracketExercise: ExerciseSpec<BracketState, BracketEvent> = {
  isDecision: () => true,
  toAction(e): Action {
    switch (e.kind) {
      case 'push':
        return { type: 'push' };
      case 'pop-match':
        return { type: 'pop' };
      case 'balanced':
        return { type: 'balanced' };
      default:
        return { type: 'error' };
    }
  },
  reason({ expected: e }): Narration {
    switch (e.kind) {
      case 'push':
        return { key: 'brackets.why.mustPushOpener', params: { ch: e.ch, index: e.index } };
      case 'pop-match':
        return { key: 'brackets.why.closerMatchesTop', params: { ch: e.ch, open: e.open, openIndex: e.openIndex } };
      case 'mismatch':
        return { key: 'brackets.why.closerMismatch', params: { ch: e.ch, open: e.open, expected: e.expected } };
      case 'unexpected-close':
        return { key: 'brackets.why.stackEmptyOnClose', params: { ch: e.ch, index: e.index } };
      case 'unclosed':
        return { key: 'brackets.why.openersLeft', params: { ch: e.ch, index: e.index, count: e.count } };
      case 'balanced':
        return { key: 'brackets.why.allMatched', params: {} };
    }
  },
};

/** Rounding to 2 decimals is accepted for computed values (the learner types 0.33 for 1/3). */
function closeEnough(a: unknown, b: unknown): boolean {
  return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 0.005 + 1e-9 * Math.abs(b);
}

/**
 * Postfix evaluation: per token { type: 'push' } for an operand, { type: 'apply', result }
 * for an operator (the learner computes a op b), and at the end { type: 'result', value }.
 */
export const postfixExercise: ExerciseSpec<PostfixState, PostfixEvent> = {
  isDecision: () => true,
  toAction(e): Action {
    switch (e.kind) {
      case 'push':
        return { type: 'push' };
      case 'apply':
        return { type: 'apply', result: e.result };
      case 'result':
        return { type: 'result', value: e.value };
    }
  },
  same(s, x) {
    if (s.type !== x.type) return false;
    if (x.type === 'apply') return closeEnough(s['result'], x['result']);
    if (x.type === 'result') return closeEnough(s['value'], x['value']);
    return true;
  },
  reason({ expected: e, submitted }): Narration {
    switch (e.kind) {
      case 'push':
        return { key: 'postfix.why.operandPushed', params: { token: e.text } };
      case 'apply':
        return submitted?.type === 'apply'
          ? { key: 'postfix.why.wrongValue', params: { op: e.op, a: e.a, b: e.b, result: e.result } }
          : { key: 'postfix.why.operatorPopsTwo', params: { op: e.op, a: e.a, b: e.b, result: e.result } };
      case 'result':
        return { key: 'postfix.why.oneValueLeft', params: { value: e.value } };
    }
  },
};

/**
 * Infix → postfix: { type: 'output' } (operand to the output), { type: 'push' } (operator or
 * '(' onto the stack), { type: 'pop' } (top operator to the output), { type: 'discard' } (a
 * ')' meets its '('), { type: 'done' } (stack empty at the end).
 */
export const infixExercise: ExerciseSpec<InfixState, InfixEvent> = {
  isDecision: () => true,
  toAction(e): Action {
    switch (e.kind) {
      case 'output':
        return { type: 'output' };
      case 'push-op':
      case 'push-paren':
        return { type: 'push' };
      case 'pop-op':
        return { type: 'pop' };
      case 'discard-paren':
        return { type: 'discard' };
      case 'done':
        return { type: 'done' };
    }
  },
  reason({ expected: e }): Narration {
    switch (e.kind) {
      case 'output':
        return { key: 'infix.why.operandToOutput', params: { token: e.token } };
      case 'push-op':
        if (e.top === null || e.top === '(') return { key: 'infix.why.pushOnEmptyOrParen', params: { op: e.op } };
        if (e.top === e.op && isRightAssoc(e.op)) return { key: 'infix.why.rightAssoc', params: { op: e.op } };
        return { key: 'infix.why.pushOverLower', params: { op: e.op, top: e.top } };
      case 'pop-op':
        if (e.cause === 'precedence') {
          return { key: 'infix.why.popHigherOrEqual', params: { op: e.op, incoming: e.incoming ?? '' } };
        }
        return { key: e.cause === 'paren' ? 'infix.why.popUntilParen' : 'infix.why.flushAtEnd', params: { op: e.op } };
      case 'push-paren':
        return { key: 'infix.why.parenPush', params: {} };
      case 'discard-paren':
        return { key: 'infix.why.discardParen', params: {} };
      case 'done':
        return { key: 'infix.why.done', params: {} };
    }
  },
};

/**
 * N-Queens: the learner places the next queen { type: 'place', row, col } (0-based) or lifts
 * the last one { type: 'backtrack' }. `try`/`conflict`/`solution` events play automatically.
 */
export const nQueensExercise: ExerciseSpec<NQueensState, NQueensEvent> = {
  isDecision: (e) => e.kind === 'place' || e.kind === 'backtrack',
  toAction: (e): Action => (e.kind === 'place' ? { type: 'place', row: e.row, col: e.col } : { type: 'backtrack' }),
  reason({ state, expected: e, submitted }): Narration {
    const q = state.queens;
    if (submitted?.type === 'place' && typeof submitted['col'] === 'number') {
      const sc = submitted['col'];
      for (let r = 0; r < q.length; r++) {
        const c = q[r]!;
        if (c === sc || q.length - r === Math.abs(sc - c)) {
          return { key: 'nqueens.why.attacked', params: { row: q.length + 1, col: sc + 1, withRow: r + 1, withCol: c + 1 } };
        }
      }
    }
    if (e.kind === 'place') {
      const params = { row: e.row + 1, col: e.col + 1 };
      return submitted?.type === 'backtrack'
        ? { key: 'nqueens.why.safeColumnExists', params }
        : { key: 'nqueens.why.leftmostSafe', params };
    }
    if (e.kind === 'backtrack') {
      const params = { row: e.row + 1, col: e.col + 1, next: e.row + 2 };
      return q.length === state.n ? { key: 'nqueens.why.afterSolution', params } : { key: 'nqueens.why.noSafeColumn', params };
    }
    return { key: 'nqueens.why.leftmostSafe', params: {} };
  },
};

/**
 * Maze: the learner steps { type: 'move', dir } ('down' | 'right' | 'up' | 'left') or goes
 * back { type: 'back' } from a dead end. `try`/`conflict` events play automatically.
 */
export const mazeExercise: ExerciseSpec<MazeState, MazeEvent> = {
  isDecision: (e) => (e.kind === 'place' && e.dir !== null) || e.kind === 'backtrack',
  toAction: (e): Action => (e.kind === 'place' ? { type: 'move', dir: e.dir } : { type: 'back' }),
  reason({ state, expected: e, submitted }): Narration {
    const here = state.path[state.path.length - 1];
    if (submitted?.type === 'move' && here && typeof submitted['dir'] === 'string' && submitted['dir'] in DELTA) {
      const [dr, dc] = DELTA[submitted['dir'] as Dir];
      const r = here[0] + dr;
      const c = here[1] + dc;
      if (r < 0 || c < 0 || r >= state.rows || c >= state.cols) return { key: 'maze.why.outside', params: { row: r, col: c } };
      if (state.grid[r]![c] === WALL) return { key: 'maze.why.wall', params: { row: r, col: c } };
      if (state.visited[r * state.cols + c]) return { key: 'maze.why.visited', params: { row: r, col: c } };
    }
    if (e.kind === 'place' && e.dir !== null) return { key: `maze.why.moveOrder.${e.dir}`, params: { row: e.row, col: e.col } };
    return { key: 'maze.why.deadEnd', params: { row: here?.[0] ?? -1, col: here?.[1] ?? -1 } };
  },
};
