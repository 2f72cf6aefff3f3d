// Strings of the chapter-7 object islands (ObjectGraphPlayer, RefcountExercise,
// RefcountOrGcExercise), en + ko, and the helpers their Astro mount points use to hand an
// island only its page language's text (with the core's narration it needs).
import { stringsOf } from '../../i18n/messages';
import { messagesFor, type Lang, type Messages } from '../../i18n/lang';
import { playerStrings } from '../../i18n/player';
import { SIM_MESSAGES } from '../../sim/messages';
import { OBJECTS_MESSAGES } from '../../sim/objects/messages';
import { PYMALLOC_MESSAGES } from '../../sim/pymalloc/messages';

export const OBJECTS_UI = /* @__PURE__ */ stringsOf([
  'objgraph.title',
  'objgraph.titleCaption',
  'objgraph.program',
  'objgraph.programHint',
  'objgraph.run',
  'objgraph.version',
  'objgraph.invalid',
  'objgraph.steps',
  'objgraph.code',
  'objgraph.current',
  'objgraph.frames',
  'objgraph.module',
  'objgraph.frameOf',
  'objgraph.noNames',
  'objgraph.objects',
  'objgraph.noObjects',
  'objgraph.graph',
  'objgraph.refcount',
  'objgraph.held',
  'objgraph.immortal',
  'objgraph.sharedCount',
  'objgraph.gen',
  'objgraph.untracked',
  'objgraph.inCycle',
  'objgraph.unreachable',
  'objgraph.freedRc',
  'objgraph.freedGc',
  'objgraph.empty',
  'objgraph.cached',
  'objgraph.output',
  'objgraph.noOutput',
  'objgraph.gcState',
  'objgraph.gcOn',
  'objgraph.gcOff',
  'objgraph.initial',
  'quiz.check',
  'quiz.retry',
  'quiz.new',
  'quiz.correct',
  'quiz.problemNoVersion',
  'quiz.score',
  'quiz.allCorrect',
  'quiz.retryAnnounce',
  'quiz.newAnnounce',
  'quiz.program',
  'refquiz.heading',
  'refquiz.intro',
  'refquiz.label',
  'refquiz.wrong',
  'refquiz.unanswered',
  'fatequiz.heading',
  'fatequiz.intro',
  'fatequiz.legend',
  'fatequiz.refcount',
  'fatequiz.gc',
  'fatequiz.alive',
  'fatequiz.wrong',
  'fatequiz.unanswered',
]);

const TABLES = [SIM_MESSAGES, PYMALLOC_MESSAGES, OBJECTS_MESSAGES, playerStrings, OBJECTS_UI];

/** The object graph player's strings in one language (narration, errors, player keys). */
export function objectGraphMessages(lang: Lang): Messages {
  return messagesFor(TABLES, lang, ['player.', 'stop.', 'objects.', 'error.objects.', 'error.pymalloc.unknownVersion', 'objgraph.']);
}

/** An exercise's strings in one language: `kind` is 'refquiz' or 'fatequiz'. */
export function objectQuizMessages(lang: Lang, kind: 'refquiz' | 'fatequiz'): Messages {
  return messagesFor(TABLES, lang, ['quiz.', `${kind}.`, 'objects.explain.']);
}
