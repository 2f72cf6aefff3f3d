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
  // The arena model (arenas.ts)
  'error.pymalloc.doubleFree': {
    en: 'Double free: the block at {address} was already freed.',
    ko: '이중 해제입니다. {address} 의 블록은 이미 해제되었습니다.',
  },
  'error.pymalloc.unknownAddress': {
    en: 'free({address}): no allocation was handed out at this address.',
    ko: 'free({address}): 이 주소로 할당해 준 블록이 없습니다.',
  },
  'error.pymalloc.unknownName': {
    en: 'Operation {op}: there is no live object named {name} (never allocated, or already freed).',
    ko: '{op}번 연산: {name} 이라는 살아 있는 객체가 없습니다(할당한 적이 없거나 이미 해제했습니다).',
  },
  'error.pymalloc.nameInUse': {
    en: 'Operation {op}: {name} still holds a live object; free it first or pick another name.',
    ko: '{op}번 연산: {name} 은 아직 살아 있는 객체를 가리키고 있습니다. 먼저 해제하거나 다른 이름을 쓰세요.',
  },
  'error.pymalloc.nothingLive': {
    en: 'Operation {op}: there is nothing to free.',
    ko: '{op}번 연산: 해제할 객체가 없습니다.',
  },
  'error.pymalloc.badName': {
    en: 'Operation {op}: "{name}" is not a valid name (a letter or _ first, then letters, digits or _).',
    ko: '{op}번 연산: "{name}" 은 쓸 수 없는 이름입니다(글자나 _ 로 시작하고 글자, 숫자, _ 만 씁니다).',
  },
  'error.pymalloc.badBulkCount': {
    en: 'Operation {op}: the number of objects must be a whole number from 1 to {max} (got {count}).',
    ko: '{op}번 연산: 객체 수는 1부터 {max} 까지의 정수여야 합니다({count} 을 받았습니다).',
  },
  'error.pymalloc.badKeepEvery': {
    en: 'Operation {op}: "keep every k-th" needs a whole number k of 2 or more (got {every}).',
    ko: '{op}번 연산: "k개마다 하나 남기기"의 k 는 2 이상의 정수여야 합니다({every} 을 받았습니다).',
  },
  'error.pymalloc.badOp': {
    en: 'Operation {op} is not a pymalloc operation.',
    ko: '{op}번 연산은 pymalloc 연산이 아닙니다.',
  },
} satisfies Strings;

export type PymallocMessageKey = keyof typeof PYMALLOC_MESSAGES;
