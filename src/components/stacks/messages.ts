// Server-side (mount points only): one language's strings for one stack player. The narration
// keys come from the core's tables; the exercise reasons (`.why.`) are left out to keep pages small.
import { messagesFor, type Lang, type Messages } from '../../i18n/lang';
import { playerStrings } from '../../i18n/player';
import { playersStrings } from '../../i18n/players';
import { SIM_MESSAGES } from '../../sim/messages';
import { STACKOPS_MESSAGES } from '../../sim/stackops-messages';

/** `kind`: the player's string group (`players.<kind>.`); `sim`: the core's key prefixes it narrates. */
export function playerMessages(lang: Lang, kind: string, sim: readonly string[]): Messages {
  const all = messagesFor([SIM_MESSAGES, STACKOPS_MESSAGES, playerStrings, playersStrings], lang, [
    'player.',
    'players.common.',
    `players.${kind}.`,
    'stop.',
    ...sim,
  ]);
  return Object.fromEntries(Object.entries(all).filter(([k]) => !k.includes('.why.')));
}
