import type { Strings } from '../../i18n/lang';

/** Errors of `heap/game-server.ts` (the game-server day), en + ko. */
export const GAME_SERVER_MESSAGES = {
  'error.game.badOption': {
    en: "Bad game-server option '{option}': {value}.",
    ko: "게임 서버 옵션 '{option}' 의 값 {value} 는 쓸 수 없습니다.",
  },
} satisfies Strings;
