import { stringsOf } from '../../i18n/messages';

/**
 * Narration of the pymalloc arena model (arenas.ts), en + ko; its errors are in messages.ts. Arena and pool
 * numbers are 0-based, as in the view's rows and cells.
 */
export const PYMALLOC_ARENA_MESSAGES = /* @__PURE__ */ stringsOf([
  'pymalloc.request',
  'pymalloc.request.many',
  'pymalloc.request.raw',
  'pymalloc.request.rawMany',
  'pymalloc.rawAlloc',
  'pymalloc.rawAlloc.many',
  'pymalloc.rawFree',
  'pymalloc.rawFree.many',
  'pymalloc.newArena',
  'pymalloc.takePool.fresh',
  'pymalloc.takePool.freepools',
  'pymalloc.takePool.sameClass',
  'pymalloc.alloc.fresh',
  'pymalloc.alloc.reused',
  'pymalloc.allocMany',
  'pymalloc.poolFull',
  'pymalloc.arenaFull',
  'pymalloc.free',
  'pymalloc.freeMany',
  'pymalloc.bulkFree',
  'pymalloc.bulkFree.keep',
  'pymalloc.bulkFree.all',
  'pymalloc.bulkFree.allKeep',
  'pymalloc.poolRelinked',
  'pymalloc.poolEmpty',
  'pymalloc.arenaUsable',
  'pymalloc.arenaMoved',
  'pymalloc.arenaFreed',
  'pymalloc.arenaKept',
]);
