// Server-side (mount points only): one language's strings for a chapter 5 island.
import { messagesFor, type Lang, type Messages } from '../../i18n/lang';
import { playerStrings } from '../../i18n/player';
import { playersStrings } from '../../i18n/players';
import { backtrackingStrings } from '../../i18n/backtracking';
import { SIM_MESSAGES } from '../../sim/messages';
import { exerciseMessagesOf } from '../recursion/messages';

/** A chapter 5 player's strings: the step player, `players.common.`, `bt.`, and the given prefixes ('.why.' left out). */
export function btPlayerMessages(lang: Lang, prefixes: readonly string[]): Messages {
  const all = messagesFor([SIM_MESSAGES, playerStrings, playersStrings, backtrackingStrings], lang, ['player.', 'players.common.', 'stop.', 'bt.', ...prefixes]);
  return Object.fromEntries(Object.entries(all).filter(([k]) => !k.includes('.why.')));
}

/** A chapter 5 exercise's strings (ProficiencyExercise + board). */
export function btExerciseMessages(lang: Lang, name: string, sim: readonly string[]): Messages {
  return { ...exerciseMessagesOf(lang, name, [...sim, 'bt.'], [backtrackingStrings]) };
}
