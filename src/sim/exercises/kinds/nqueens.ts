// N-Queens (chapter 5) as a ProblemKind: the learner places the next queen or backtracks,
// graded by nQueensExercise; `nQueensPredict` for "what happens next?" (PredictBacktrack).
import { solveNQueens, type NQueensEvent, type NQueensState, narrateNQueens } from '../../backtracking/nqueens';

import { k, type Problem, type ProblemKind } from '../kind';
import { type Action, type ExerciseSpec } from '../grader';
import { type Narration } from '../../trace';
import { type PredictSpec } from '../predict';

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
 * N-Queens "what happens next?": the next event is placing the queen, a conflict, a
 * backtrack or a solution (a `try` or `done` is added as its own choice when it is the answer).
 */
export const nQueensPredict: PredictSpec<NQueensState, NQueensEvent> = {
  name: 'nqueens',
  choices: () => ['place', 'conflict', 'backtrack', 'solution'],
  explain: (state, event) =>
    event.kind === 'place' || event.kind === 'backtrack' ? nQueensExercise.reason!({ state, expected: event, submitted: null }) : narrateNQueens(event),
};

function nqueensProblem(n: number): Problem<NQueensState, NQueensEvent> {
  const { trace } = solveNQueens(n);
  return {
    trace,
    task: k('exercise.nqueens.task', { n }),
    view: (s) => ({
      stacks: [{ items: s.queens.map((c, r) => ({ text: `${r + 1}: ${c + 1}` })), label: k('exercise.nqueens.stack') }],
      lines: Array.from({ length: s.n }, (_, r) => ({
        label: k('exercise.nqueens.boardRow', { row: r + 1 }),
        value: Array.from({ length: s.n }, (_, c) =>
          s.queens[r] === c ? (s.conflictWith?.row === r && s.conflictWith.col === c ? '✕Q' : 'Q') : s.trying?.row === r && s.trying.col === c ? '?' : '·',
        ).join(' '),
      })),
    }),
  };
}

/** The kind for an n × n board: seed 1 is n itself; other seeds ("new problem") draw n from 4–6. */
export function nqueensKind(n: number): ProblemKind<NQueensState, NQueensEvent> {
  return {
    name: 'nqueens',
    variant: String(n),
    spec: nQueensExercise,
    predict: nQueensPredict,
    actions: [{ type: 'backtrack' }],
    label: (a) =>
      a.type === 'place' && typeof a['row'] === 'number' && typeof a['col'] === 'number'
        ? k('exercise.nqueens.placeAt', { row: a['row'] + 1, col: a['col'] + 1 })
        : k(`exercise.nqueens.${a.type}`),
    fromSeed: (seed) => nqueensProblem(seed === 1 ? n : 4 + (seed % 3)),
    fromInput: (input) => nqueensProblem(Number(input)),
  };
}
