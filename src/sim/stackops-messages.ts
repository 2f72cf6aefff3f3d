import { stringsOf } from '../i18n/messages';

/** Narration and errors of `stackops.ts` (the plain stack of chapter 2), en + ko. */
export const STACKOPS_MESSAGES = /* @__PURE__ */ stringsOf([
  'stackops.push',
  'stackops.pop',
  'stackops.peek',
  'stackops.popEmpty',
  'stackops.peekEmpty',
  'stackops.overflow',
  'stackops.error.missingValue',
  'stackops.error.missingValueOp',
  'stackops.error.badCapacity',
]);
