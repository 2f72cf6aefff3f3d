// The maze (chapter 5) as a ProblemKind: the learner moves down/right/up/left or steps back,
// graded by mazeExercise. Seed 1 is the chapter's example maze; other seeds use generateMaze.
import { solveMaze, type MazeEvent, type MazeState, DELTA, type Dir, WALL } from '../../backtracking/maze';
import { k, type Problem, type ProblemKind } from '../kind';
import { EXAMPLE_MAZE, generateMaze } from '../../backtracking/maze-input';
import { type Action, type ExerciseSpec } from '../grader';
import { type Narration } from '../../trace';
import { type PredictSpec } from '../predict';

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

function mazeProblem(grid: readonly string[]): Problem<MazeState, MazeEvent> {
  const rows = grid.length;
  const cols = grid[0]!.length;
  const { trace } = solveMaze(grid, [0, 0], [rows - 1, cols - 1]);
  return {
    trace,
    task: k('exercise.maze.task'),
    view: (s) => ({
      stacks: [{ items: s.path.map(([r, c]) => ({ text: `${r + 1}, ${c + 1}` })), label: k('exercise.maze.path') }],
      lines: s.grid.map((line, r) => ({
        label: k('exercise.maze.row', { row: r + 1 }),
        value: Array.from(line, (ch, c) => (ch === '#' ? '█' : s.path.some(([pr, pc]) => pr === r && pc === c) ? '●' : s.visited[r * s.cols + c] ? '×' : '·')).join(' '),
      })),
    }),
  };
}

const predict: PredictSpec<MazeState, MazeEvent> = { name: 'maze', choices: () => ['try', 'conflict', 'place', 'backtrack', 'solution'] };

export const mazeKind: ProblemKind<MazeState, MazeEvent> = {
  name: 'maze',
  spec: mazeExercise,
  predict,
  actions: [{ type: 'back' }],
  label: (a) => k(a.type === 'move' ? `exercise.maze.${String(a['dir'])}` : `exercise.maze.${a.type}`),
  fromSeed: (seed) => mazeProblem(seed === 1 ? EXAMPLE_MAZE : generateMaze(seed, { rows: 5, cols: 5 }).grid),
  fromInput: (input) => mazeProblem(input.split('/')),
};

export default mazeKind;
