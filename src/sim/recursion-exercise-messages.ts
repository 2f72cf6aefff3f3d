// Strings of the chapter 3 / 5 exercises' reasons and the argument parser (en + ko).
import { stringsOf } from '../i18n/messages';

export const RECURSION_EXERCISE_MESSAGES = /* @__PURE__ */ stringsOf([
  'callstack.why.push',
  'callstack.why.pop',
  'callstack.why.popTop',
  'error.callstack.arity',
]);
