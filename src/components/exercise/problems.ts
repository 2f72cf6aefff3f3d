// The exercises' problems: for each algorithm, how to draw an instance from a seed (or build
// it from a typed input), which buttons the learner has, and what the views show for a state.
// Pure TS (no DOM), so tests and the e2e spec can import it to get the model's answers.
// Islands import their kind from ./kinds/<name> so each bundles only its algorithm; this module
// gathers them all (for PredictStep.astro, tests and e2e).
import { permKind } from './kinds/perm';
import { bracketsKind } from './kinds/brackets';
import { postfixKind } from './kinds/postfix';
import { infixKind } from './kinds/infix';
import { reverseKind } from './kinds/reverse';
import { undoKind } from './kinds/undo';
import { historyKind } from './kinds/history';
import { stackOpsKind } from './kinds/stack';

export * from './kind';
export { permKind, bracketsKind, postfixKind, infixKind, reverseKind, undoKind, historyKind, stackOpsKind };


/** Every kind by the `algorithm` name PredictStep takes (server-side: it bundles every algorithm). */
export const KINDS = {
  stack: stackOpsKind,
  perm: permKind,
  brackets: bracketsKind,
  postfix: postfixKind,
  infix: infixKind,
  reverse: reverseKind,
  undo: undoKind,
  history: historyKind,
} as const;
export type AlgorithmName = keyof typeof KINDS;
