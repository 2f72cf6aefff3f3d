// An attempt at a quiz: several items (a predict question is a quiz of one), checked together.
// It decides what each item may show so that a check never gives an answer away: an unanswered
// item shows nothing, a first wrong answer earns a hint, the answer comes only with a second,
// different wrong answer or when the learner asks for it (which marks the attempt assisted).
// It keeps the first-try score and a log from which ./replay.ts gets the same score back.

/** An answer as the quiz's grader takes it: plain JSON (a choice id, a number, a small object). */
export type Answer = string | number | boolean | null | { readonly [k: string]: string | number | boolean | null };

/** What an item shows after a check: nothing yet, a hint, or the answer and its explanation. */
export type Disclosure = 'none' | 'hint' | 'answer';

export interface ItemStatus {
  /** The learner's answer at the last check (null: left blank). */
  readonly given: Answer | null;
  /** Right at the last check. */
  readonly correct: boolean;
  readonly disclosure: Disclosure;
}

export interface QuizScore {
  /** Items whose first graded answer was right (and whose answer was not asked for before). */
  readonly correct: number;
  readonly total: number;
  /** Items right only after a wrong answer or after the answer was shown. */
  readonly fixed: number;
  /** Items whose answer the learner asked for. */
  readonly revealed: number;
  readonly assisted: boolean;
  /** Every item right at the last check. */
  readonly done: boolean;
}

export type QuizLogEntry = readonly ['check', Readonly<Record<string, Answer | null>>] | readonly ['reveal', string];
/** A longer attempt drops its log (it can no longer be verified by replay). */
export const MAX_QUIZ_LOG = 500;

export interface QuizAttempt {
  /** Grades the answers given (blank items: null or absent) and returns each item's status. */
  check(answers: Readonly<Record<string, Answer | null | undefined>>): Readonly<Record<string, ItemStatus>>;
  /** Shows an item's answer on request. */
  reveal(id: string): ItemStatus;
  status(id: string): ItemStatus;
  readonly score: QuizScore;
  readonly log: readonly QuizLogEntry[] | null;
}

const same = (a: Answer | null, b: Answer | null): boolean => JSON.stringify(a) === JSON.stringify(b);

/** `ids`: the items in order; `grade(id, answer)`: is this answer right (the core's grader). */
export function createQuizAttempt(ids: readonly string[], grade: (id: string, answer: Answer) => boolean): QuizAttempt {
  interface Item {
    given: Answer | null;
    correct: boolean;
    disclosure: Disclosure;
    /** null until the first graded answer; then whether it was right. */
    firstTry: boolean | null;
    /** The wrong answers graded so far (distinct): the second one shows the answer. */
    wrongs: (Answer | null)[];
    revealed: boolean;
  }
  const items = new Map<string, Item>(ids.map((id) => [id, { given: null, correct: false, disclosure: 'none', firstTry: null, wrongs: [], revealed: false }]));
  let log: QuizLogEntry[] | null = [];
  const note = (entry: QuizLogEntry) => {
    if (log && log.length < MAX_QUIZ_LOG) log.push(entry);
    else log = null;
  };
  const item = (id: string): Item => {
    const it = items.get(id);
    if (!it) throw new RangeError(`no quiz item '${id}'`);
    return it;
  };
  const view = (it: Item): ItemStatus => ({ given: it.given, correct: it.correct, disclosure: it.disclosure });

  return {
    check(answers) {
      const given: Record<string, Answer | null> = {};
      for (const id of ids) given[id] = answers[id] ?? null;
      note(['check', given]);
      const out: Record<string, ItemStatus> = {};
      for (const id of ids) {
        const it = item(id);
        const answer = given[id]!;
        it.given = answer;
        if (answer === null) {
          it.correct = false; // a blank is not a try: it shows no more than it showed
        } else {
          it.correct = grade(id, answer);
          if (it.firstTry === null) it.firstTry = it.correct && !it.revealed;
          if (!it.correct && !it.wrongs.some((w) => same(w, answer))) it.wrongs.push(answer);
          if (!it.correct && it.disclosure !== 'answer') it.disclosure = it.wrongs.length >= 2 ? 'answer' : 'hint';
        }
        out[id] = view(it);
      }
      return out;
    },
    reveal(id) {
      const it = item(id);
      note(['reveal', id]);
      it.revealed = true;
      it.disclosure = 'answer';
      if (it.firstTry === null) it.firstTry = false;
      return view(it);
    },
    status: (id) => view(item(id)),
    get score(): QuizScore {
      const all = [...items.values()];
      const correct = all.filter((it) => it.firstTry === true).length;
      const revealed = all.filter((it) => it.revealed).length;
      return { correct, total: all.length, fixed: all.length - correct, revealed, assisted: revealed > 0, done: all.every((it) => it.correct) };
    },
    get log() {
      return log;
    },
  };
}
