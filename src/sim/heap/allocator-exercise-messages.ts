import { stringsOf } from '../../i18n/messages';

/** Narration and reasons of `heap/allocator-exercise.ts` ("pick the block this policy chooses"), en + ko. */
export const ALLOC_FIT_MESSAGES = /* @__PURE__ */ stringsOf([
  'allocfit.pick',
  'allocfit.pickNull',
  'allocfit.why.first',
  'allocfit.why.next',
  'allocfit.why.best',
  'allocfit.why.worst',
  'allocfit.why.null',
  'allocfit.why.notNull',
  'allocfit.why.notFree',
  'allocfit.why.tooSmall',
  'allocfit.why.notFirst',
  'allocfit.why.notNext',
  'allocfit.why.notBest',
  'allocfit.why.notWorst',
  'allocfit.why.tie',
]);
