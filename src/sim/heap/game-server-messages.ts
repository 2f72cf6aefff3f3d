import { stringsOf } from '../../i18n/messages';

/** Errors of `heap/game-server.ts` (the game-server day), en + ko. */
export const GAME_SERVER_MESSAGES = /* @__PURE__ */ stringsOf([
  'error.game.badOption',
]);
