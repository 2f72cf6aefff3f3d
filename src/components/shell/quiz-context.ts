// What a quiz's shell tells its items (QuizShell → QuizItem): how far each item's feedback may
// go (src/sim/exercises/quiz-attempt.ts decides) and how to ask for an answer.
import { getContext, setContext } from 'svelte';
import type { ItemStatus } from '../../sim/exercises/quiz-attempt';

export interface QuizContext {
  status(id: string): ItemStatus | undefined;
  reveal(id: string): void;
  /** The shell's strings: 'notAnswered', 'tryAgain', 'show' (under quiz.reveal.*). */
  text(key: 'notAnswered' | 'tryAgain' | 'show'): string;
}

const KEY = Symbol('quiz');
export const provideQuiz = (ctx: QuizContext): QuizContext => setContext(KEY, ctx);
export const useQuiz = (): QuizContext => getContext<QuizContext>(KEY);
