import { stringsOf } from '../../i18n/messages';

/** Errors of `pymalloc/` (versioned CPython memory-manager facts), en + ko. */
export const PYMALLOC_MESSAGES = /* @__PURE__ */ stringsOf([
  'error.pymalloc.unknownVersion',
  'error.pymalloc.badSize',
  'error.pymalloc.badClass',
  'error.pymalloc.badCount',
  'error.pymalloc.doubleFree',
  'error.pymalloc.unknownAddress',
  'error.pymalloc.unknownName',
  'error.pymalloc.nameInUse',
  'error.pymalloc.nothingLive',
  'error.pymalloc.badName',
  'error.pymalloc.badBulkCount',
  'error.pymalloc.badKeepEvery',
  'error.pymalloc.badOp',
]);

export type PymallocMessageKey = keyof typeof PYMALLOC_MESSAGES;
