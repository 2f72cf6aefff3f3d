// N-Queens (chapter 5) as a ProblemKind: the learner places the next queen or backtracks,
// graded by nQueensExercise; `nQueensPredict` for "what happens next?" (PredictBacktrack).
import { solveNQueens, type NQueensEvent, type NQueensState } from '../../../sim/backtracking/nqueens';
import { nQueensExercise } from '../../../sim/exercises/specs';
import { nQueensPredict } from '../../../sim/exercises/recursion';
import { k, type Problem, type ProblemKind } from '../kind';

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
    id: 'ch5.nqueens',
    name: 'nqueens',
    spec: nQueensExercise,
    predict: nQueensPredict,
    actions: [{ type: 'backtrack' }],
    fromSeed: (seed) => nqueensProblem(seed === 1 ? n : 4 + (seed % 3)),
    fromInput: (input) => nqueensProblem(Number(input)),
  };
}
