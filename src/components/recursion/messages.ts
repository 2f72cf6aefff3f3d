// Server-side (mount points only): one language's strings for a chapter 3 island.
import { messagesFor, type Lang, type Messages, type Strings } from '../../i18n/lang';
import { exerciseStrings } from '../../i18n/exercise';
import { progressStrings } from '../../i18n/progress';
import { playerStrings } from '../../i18n/player';
import { playersStrings } from '../../i18n/players';
import { recursionStrings } from '../../i18n/recursion';
import { SIM_MESSAGES } from '../../sim/messages';
import { RECURSION_EXERCISE_MESSAGES } from '../../sim/recursion-exercise-messages';

/** Strings under `prefixes` from the core's narration, the player and the chapter's tables ('.why.' left out). */
export function recursionMessages(lang: Lang, prefixes: readonly string[]): Messages {
  const all = messagesFor([SIM_MESSAGES, RECURSION_EXERCISE_MESSAGES, playerStrings, playersStrings, recursionStrings], lang, prefixes);
  return Object.fromEntries(Object.entries(all).filter(([k]) => !k.includes('.why.')));
}

export const CALLSTACK_PLAYER_PREFIXES = ['player.', 'players.common.', 'players.callstack.', 'tree.', 'stop.', 'callstack.', 'error.callstack.'] as const;

/**
 * Strings of a proficiency exercise `name` from the shared exercise UI tables plus the
 * chapter tables: shared `exercise.*` keys (not other exercises'), `exercise.<name>.*`,
 * the player, progress, and the sim narrations/reasons under `sim`.
 */
export function exerciseMessagesOf(lang: Lang, name: string, sim: readonly string[], extra: readonly Strings[] = []): Messages {
  const shared = messagesFor(exerciseStrings, lang, ['exercise.']);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(shared)) {
    const parts = k.split('.');
    if (parts.length === 2 || parts[1] === 'view') out[k] = v;
  }
  return {
    ...out,
    ...messagesFor([playerStrings, progressStrings], lang, ['player.', 'progress.notSaved']),
    ...messagesFor([SIM_MESSAGES, RECURSION_EXERCISE_MESSAGES, recursionStrings, ...extra], lang, [`exercise.${name}.`, ...sim]),
  };
}
