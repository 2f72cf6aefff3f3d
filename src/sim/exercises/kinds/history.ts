// Browser back/forward with two stacks (chapter 4) as an exercise kind: the learner moves pages
// between the Back and Forward stacks at each visit, back and forward.
import { toArray } from '../../pstack';
import { parseNavOps, simulateHistory, type NavOp, type HistoryEvent, type HistoryState } from '../../history';
import { k, type Problem, type ProblemKind, type Text } from '../kind';
import { type Action, type ExerciseSpec } from '../grader';
import { type Narration } from '../../trace';
import { type PredictSpec, explainBySpec } from '../predict';
import { createRng } from '../../rng';

// ---------------------------------------------------------------------------------------------
// (d) Browser history
// ---------------------------------------------------------------------------------------------

/**
 * Browser history: { type: 'visit' } (current page onto Back, show the new one),
 * { type: 'clearForward' }, { type: 'back' }, { type: 'forward' } or { type: 'nothing' }.
 */
export const historyExercise: ExerciseSpec<HistoryState, HistoryEvent> = {
  isDecision: () => true,
  toAction(e): Action {
    switch (e.kind) {
      case 'visit':
        return { type: 'visit' };
      case 'clear-forward':
        return { type: 'clearForward' };
      case 'back':
        return { type: 'back' };
      case 'forward':
        return { type: 'forward' };
      default:
        return { type: 'nothing' };
    }
  },
  reason({ expected: e, submitted }): Narration {
    switch (e.kind) {
      case 'visit':
        if (submitted?.type === 'clearForward') return { key: 'ex.history.why.forwardAlreadyEmpty', params: { url: e.url } };
        return e.from === ''
          ? { key: 'ex.history.why.firstVisit', params: { url: e.url } }
          : { key: 'ex.history.why.visitPushesCurrent', params: { url: e.url, from: e.from } };
      case 'clear-forward':
        return { key: 'ex.history.why.visitClearsForward', params: { count: e.count } };
      case 'back':
        return { key: 'ex.history.why.backMoves', params: { from: e.from, to: e.to } };
      case 'forward':
        return { key: 'ex.history.why.forwardMoves', params: { from: e.from, to: e.to } };
      case 'nothing-back':
        return { key: 'ex.history.why.nothingBack', params: {} };
      case 'nothing-forward':
        return { key: 'ex.history.why.nothingForward', params: {} };
    }
  },
};

const SITES = ['home.kr', 'news.com', 'wiki.org', 'mail.net', 'map.io', 'shop.kr', 'docs.dev', 'blog.me'];

/** A short browsing session (default 8 operations) with backs, a forward, and a visit that clears Forward. */
export function generateNavOps(seed: number, count = 8): NavOp[] {
  const rng = createRng(seed);
  const sites = rng.shuffle(SITES);
  let s = 0;
  const visit = (): NavOp => ({ type: 'visit', url: sites[s++ % sites.length]! });
  const ops: NavOp[] = rng.next() < 0.25 ? [{ type: 'back' }] : [];
  ops.push(visit(), visit(), visit(), { type: 'back' });
  while (ops.length < count - 1) {
    const r = rng.next();
    ops.push(r < 0.35 ? { type: 'back' } : r < 0.6 ? { type: 'forward' } : visit());
  }
  ops.push(visit());
  return ops;
}

/** A navigation op as the exercise lists it, in the reader's language (visit / 방문 …, as `parseNavOps` reads it). */
export function navOpText(op: NavOp): Text {
  return op.type === 'visit' ? k('exercise.view.op.visit', { url: op.url }) : k(`exercise.view.op.${op.type}`);
}

export const historyPredict: PredictSpec<HistoryState, HistoryEvent> = {
  name: 'history',
  choices: () => ['visit', 'clearForward', 'back', 'forward', 'nothing'],
  choiceOf: (e) => historyExercise.toAction(e).type,
  explain: explainBySpec(historyExercise),
};

// Browser history --------------------------------------------------------------------------------

function historyProblem(ops: readonly NavOp[]): Problem<HistoryState, HistoryEvent> {
  const { trace } = simulateHistory(ops);
  const parts = ops.map(navOpText);
  return {
    trace,
    task: k('exercise.history.task'),
    view: (s) => ({
      input: { parts, current: s.op < ops.length ? s.op : null, label: k('exercise.view.ops') },
      stacks: [
        { items: toArray(s.back).map((u) => ({ text: u })), label: k('exercise.view.backStack') },
        { items: toArray(s.forward).map((u) => ({ text: u })), label: k('exercise.view.forwardStack') },
      ],
      current: { label: k('exercise.view.page'), value: s.current ?? '', empty: k('exercise.view.noPage') },
      lines: [],
    }),
  };
}

export const historyKind: ProblemKind<HistoryState, HistoryEvent> = {
  name: 'history',
  spec: historyExercise,
  predict: historyPredict,
  actions: [{ type: 'visit' }, { type: 'clearForward' }, { type: 'back' }, { type: 'forward' }, { type: 'nothing' }],
  fromSeed: (seed) => historyProblem(generateNavOps(seed)),
  fromInput: (input) => historyProblem(parseNavOps(input)),
};

export default historyKind;
