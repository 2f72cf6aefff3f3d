// Server-side helper for the mount points: one language's strings for one exercise, limited to
// the keys it uses (the page ships only those).
import { messagesFor, type Lang, type Messages } from '../../i18n/lang';
import { exerciseStrings } from '../../i18n/exercise';
import { playerStrings } from '../../i18n/player';
import { progressStrings } from '../../i18n/progress';
import { SIM_MESSAGES } from '../../sim/messages';
import { EXERCISE_MESSAGES } from '../../sim/exercise-messages';
import { STACKOPS_MESSAGES } from '../../sim/stackops-messages';
import { SIM_PREFIXES } from './problems';

const NAMES = Object.keys(SIM_PREFIXES);

/** Is `key` (exercise.* / ex.*) for exercise `name` or shared by all? */
function mine(key: string, name: string, predict: boolean): boolean {
  const [head, second, third] = key.split('.');
  if (head === 'exercise') return second === 'view' || !NAMES.includes(second!) || (third !== undefined && second === name);
  if (head === 'ex') {
    if (second === 'predict') return predict && (third === name || third === 'question');
    return second === name;
  }
  return true;
}

/** Strings of the proficiency exercise `name` ('perm', 'brackets', …) in `lang`. */
export function exerciseMessages(lang: Lang, name: string, opts: { predict?: boolean } = {}): Messages {
  const predict = opts.predict ?? false;
  const sim = messagesFor([SIM_MESSAGES, STACKOPS_MESSAGES], lang, SIM_PREFIXES[name] ?? []);
  const own = messagesFor([EXERCISE_MESSAGES, exerciseStrings], lang, predict ? ['ex.', 'predict.', 'exercise.view.'] : ['ex.', 'exercise.']);
  const filtered: Record<string, string> = {};
  for (const [key, v] of Object.entries(own)) if (mine(key, name, predict)) filtered[key] = v;
  const shared = predict ? {} : messagesFor([playerStrings, progressStrings], lang, ['player.', 'progress.notSaved']);
  return { ...sim, ...filtered, ...shared };
}
