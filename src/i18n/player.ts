import { stringsOf } from './messages';

/** Strings of the step player and the interactive views shared by every chapter. */
export const playerStrings = /* @__PURE__ */ stringsOf([
  'player.region',
  'player.start',
  'player.back',
  'player.play',
  'player.pause',
  'player.forward',
  'player.end',
  'player.scrubber',
  'player.speed',
  'player.speedValue',
  'player.position',
  'player.initial',
  'player.keys',
  'player.stopped',
]);
