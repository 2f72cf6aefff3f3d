import type { Strings } from './lang';

export const calloutStrings = {
  'callout.note': { en: 'Note', ko: '참고' },
  'callout.misconception': { en: 'Common misconception', ko: '흔한 오해' },
  'callout.version': { en: 'Depends on the CPython version', ko: 'CPython 버전에 따라 다릅니다' },
} satisfies Strings;
