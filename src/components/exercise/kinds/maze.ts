// The maze (chapter 5) as a ProblemKind: the learner moves down/right/up/left or steps back,
// graded by mazeExercise. Seed 1 is the chapter's example maze; other seeds use generateMaze.
import { solveMaze, type MazeEvent, type MazeState } from '../../../sim/backtracking/maze';
import { mazeExercise } from '../../../sim/exercises/specs';
import { generateMaze } from '../../../sim/generators';
import type { PredictSpec } from '../../../sim/exercises/stack';
import { k, type Problem, type ProblemKind } from '../kind';
import { EXAMPLE_MAZE } from '../../backtracking/maze-input';

function mazeProblem(grid: readonly string[]): Problem<MazeState, MazeEvent> {
  const rows = grid.length;
  const cols = grid[0]!.length;
  const { trace } = solveMaze(grid, [0, 0], [rows - 1, cols - 1]);
  return {
    trace,
    task: k('exercise.maze.task'),
    view: (s) => ({
      stacks: [{ items: s.path.map(([r, c]) => ({ text: `[${r}, ${c}]` })), label: k('exercise.maze.path') }],
      lines: s.grid.map((line, r) => ({
        label: k('exercise.maze.row', { row: r }),
        value: Array.from(line, (ch, c) => (ch === '#' ? '█' : s.path.some(([pr, pc]) => pr === r && pc === c) ? '●' : s.visited[r * s.cols + c] ? '×' : '·')).join(' '),
      })),
    }),
  };
}

const predict: PredictSpec<MazeState, MazeEvent> = { name: 'maze', choices: () => ['try', 'conflict', 'place', 'backtrack', 'solution'] };

export const mazeKind: ProblemKind<MazeState, MazeEvent> = {
  id: 'ch5.maze',
  name: 'maze',
  spec: mazeExercise,
  predict,
  actions: [{ type: 'back' }],
  fromSeed: (seed) => mazeProblem(seed === 1 ? EXAMPLE_MAZE : generateMaze(seed, { rows: 5, cols: 5 }).grid),
  fromInput: (input) => mazeProblem(input.split('/')),
};
