// Strings of the chapter 6 islands (src/components/heap/), en + ko, and the server-side helpers
// that give each island only its page language's strings.
import { stringsOf } from '../../i18n/messages';
import { messagesFor, type Lang, type Messages } from '../../i18n/lang';
import { playerStrings } from '../../i18n/player';
import { SIM_MESSAGES } from '../../sim/messages';
import { ALLOCATOR_MESSAGES } from '../../sim/heap/allocator-messages';
import { ALLOC_FIT_MESSAGES } from '../../sim/heap/allocator-exercise-messages';
import { GAME_SERVER_MESSAGES } from '../../sim/heap/game-server-messages';
import { exerciseMessagesOf } from '../recursion/messages';

export const HEAP_STRINGS = /* @__PURE__ */ stringsOf([
  'heap.policy.first-fit',
  'heap.policy.next-fit',
  'heap.policy.best-fit',
  'heap.policy.worst-fit',
  'heap.rule.first-fit',
  'heap.rule.next-fit',
  'heap.rule.best-fit',
  'heap.rule.worst-fit',
  'heap.map.caption',
  'heap.map.address',
  'heap.map.size',
  'heap.map.state',
  'heap.map.handle',
  'heap.map.requested',
  'heap.map.unused',
  'heap.map.free',
  'heap.map.used',
  'heap.map.zeroed',
  'heap.map.current',
  'heap.map.looked',
  'heap.map.chosen',
  'heap.map.changed',
  'heap.map.rover',
  'heap.map.roverAt',
  'heap.map.legend',
  'heap.map.none',
  'heap.stats.title',
  'heap.stats.used',
  'heap.stats.free',
  'heap.stats.headers',
  'heap.stats.largest',
  'heap.stats.external',
  'heap.stats.externalValue',
  'heap.stats.internal',
  'heap.stats.internalValue',
  'heap.stats.bytes',
  'heap.play.title',
  'heap.play.titleCaption',
  'heap.play.policy',
  'heap.play.script',
  'heap.play.hint',
  'heap.play.run',
  'heap.play.invalid',
  'heap.play.errorHere',
  'heap.play.input',
  'heap.play.ops',
  'heap.play.prefix',
  'heap.play.tooLong',
  'heap.play.heapInfo',
  'heap.play.add',
  'heap.play.bytes',
  'heap.play.pointer',
  'heap.play.malloc',
  'heap.play.mallocLabel',
  'heap.play.free',
  'heap.play.freeLabel',
  'heap.play.realloc',
  'heap.play.reallocLabel',
  'heap.play.clear',
  'heap.play.noPointers',
  'heap.play.badBytes',
  'heap.play.pointers',
  'heap.play.pointerAt',
  'heap.play.pointerNull',
  'heap.play.pointerFreed',
  'heap.play.optionFreed',
  'heap.play.optionNull',
  'heap.play.steps',
  'heap.game.title',
  'heap.game.intro',
  'heap.game.time',
  'heap.game.clock',
  'heap.game.clockMinute',
  'heap.game.play',
  'heap.game.pause',
  'heap.game.newDay',
  'heap.game.dayNo',
  'heap.game.readout',
  'heap.game.chart',
  'heap.game.online',
  'heap.game.bytes',
  'heap.game.legendA',
  'heap.game.legendB',
  'heap.game.legendTop',
  'heap.game.legendHoles',
  'heap.game.zoom',
  'heap.game.table',
  'heap.game.tableCaption',
  'heap.game.colTime',
  'heap.game.colOnline',
  'heap.game.colA',
  'heap.game.colB',
  'heap.game.colTop',
  'heap.game.colHoles',
  'heap.game.conclusion',
  'heap.game.price',
  'exercise.allocfit.heading',
  'exercise.allocfit.task',
  'exercise.allocfit.policy',
  'exercise.allocfit.request',
  'exercise.allocfit.allDone',
  'exercise.allocfit.blocks',
  'exercise.allocfit.blockButton',
  'exercise.allocfit.pickLabel',
  'exercise.allocfit.pick',
  'exercise.allocfit.null',
  'exercise.allocfit.requests',
  'exercise.allocfit.heap',
  'exercise.allocfit.freeTag',
]);

const NO_WHY = (all: Messages): Messages => Object.fromEntries(Object.entries(all).filter(([k]) => !k.includes('.why.')));

/** The allocator playground's strings: the step player, the map and meter, the narration and errors. */
export function playgroundMessages(lang: Lang): Messages {
  return NO_WHY(
    messagesFor([SIM_MESSAGES, ALLOCATOR_MESSAGES, playerStrings, HEAP_STRINGS], lang, [
      'player.',
      'stop.',
      'alloc.',
      'error.alloc.',
      'heap.policy.',
      'heap.rule.',
      'heap.map.',
      'heap.stats.',
      'heap.play.',
    ]),
  );
}

export function gameServerMessages(lang: Lang): Messages {
  return messagesFor([HEAP_STRINGS, GAME_SERVER_MESSAGES], lang, ['heap.game.', 'error.game.']);
}

/** The exercise's strings: ProficiencyExercise's, `exercise.allocfit.*`, the map, the narration and reasons. */
export function allocExerciseMessages(lang: Lang): Messages {
  return exerciseMessagesOf(lang, 'allocfit', ['allocfit.', 'alloc.', 'heap.policy.', 'heap.rule.', 'heap.map.'], [HEAP_STRINGS, ALLOCATOR_MESSAGES, ALLOC_FIT_MESSAGES]);
}
