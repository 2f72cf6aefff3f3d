import type { Strings } from '../../i18n/lang';

/** Errors of `pymalloc/` (versioned CPython memory-manager facts), en + ko. */
export const PYMALLOC_MESSAGES = {
  'error.pymalloc.unknownVersion': {
    en: 'There are no facts for CPython {version} here (known: {known}).',
    ko: '여기에는 CPython {version} 에 대한 자료가 없습니다(있는 버전: {known}).',
  },
  'error.pymalloc.badSize': {
    en: 'A request size must be a whole number of bytes, 0 or more (got {nbytes}).',
    ko: '요청 크기는 0 이상의 정수 바이트여야 합니다({nbytes} 을 받았습니다).',
  },
  'error.pymalloc.badClass': {
    en: 'There is no size class {index}: classes are numbered 0 to {last}.',
    ko: '크기 등급 {index} 은 없습니다. 등급 번호는 0부터 {last} 까지입니다.',
  },
  'error.pymalloc.badCount': {
    en: 'The number of appends must be a whole number, 0 or more (got {count}).',
    ko: 'append 횟수는 0 이상의 정수여야 합니다({count} 을 받았습니다).',
  },
} satisfies Strings;

export type PymallocMessageKey = keyof typeof PYMALLOC_MESSAGES;
