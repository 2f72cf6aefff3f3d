import { stringsOf } from '../../i18n/messages';

/** Explanations of the size-class exercise (size-class-problems.ts), en + ko. */
export const SIZE_CLASS_MESSAGES = /* @__PURE__ */ stringsOf([
  'sizeClass.explain.small',
  'sizeClass.explain.zero',
  'sizeClass.explain.large',
]);
