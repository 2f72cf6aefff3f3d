import { stringsOf } from './messages';

export const calloutStrings = /* @__PURE__ */ stringsOf([
  'callout.note',
  'callout.misconception',
  'callout.version',
]);
