import type { Strings } from '../../i18n/lang';

/**
 * Narration of the pymalloc arena model (arenas.ts), en + ko; its errors are in messages.ts. Arena and pool
 * numbers are 0-based, as in the view's rows and cells.
 */
export const PYMALLOC_ARENA_MESSAGES = {
  'pymalloc.request': {
    en: '{name}: a request of {size} bytes. It is at most 512, so pymalloc serves it from size class {sizeClass} ({blockSize}-byte blocks).',
    ko: '{name}: {size}바이트 요청입니다. 512바이트 이하이므로 pymalloc 이 크기 등급 {sizeClass}({blockSize}바이트 블록)에서 처리합니다.',
  },
  'pymalloc.request.many': {
    en: '{count} requests of {size} bytes ({name}): size class {sizeClass}, {blockSize}-byte blocks.',
    ko: '{size}바이트 요청 {count}개({name}): 크기 등급 {sizeClass}, {blockSize}바이트 블록입니다.',
  },
  'pymalloc.request.raw': {
    en: '{name}: a request of {size} bytes. pymalloc only serves 1 to 512 bytes, so it passes this one to the system allocator (malloc).',
    ko: '{name}: {size}바이트 요청입니다. pymalloc 은 1~512바이트만 맡으므로 이 요청은 시스템 할당기(malloc)로 넘깁니다.',
  },
  'pymalloc.request.rawMany': {
    en: '{count} requests of {size} bytes ({name}): not 1 to 512 bytes, so all of them go to the system allocator (malloc).',
    ko: '{size}바이트 요청 {count}개({name}): 1~512바이트 범위 밖이므로 모두 시스템 할당기(malloc)로 갑니다.',
  },
  'pymalloc.rawAlloc': {
    en: 'The system allocator returns {address} for {size} bytes; no pool or arena is involved.',
    ko: '시스템 할당기가 {size}바이트에 대해 {address} 를 돌려줍니다. 풀도 아레나도 거치지 않습니다.',
  },
  'pymalloc.rawAlloc.many': {
    en: 'The system allocator returns {count} blocks of {size} bytes (the first at {address}); no pool or arena is involved.',
    ko: '시스템 할당기가 {size}바이트 블록 {count}개를 돌려줍니다(첫 블록 {address}). 풀도 아레나도 거치지 않습니다.',
  },
  'pymalloc.rawFree': {
    en: 'free({address}): {bytes} bytes go straight back to the system allocator.',
    ko: 'free({address}): {bytes}바이트가 곧바로 시스템 할당기에게 돌아갑니다.',
  },
  'pymalloc.rawFree.many': {
    en: '{count} blocks from the system allocator ({bytes} bytes in all) go straight back to it.',
    ko: '시스템 할당기에서 받은 블록 {count}개(모두 {bytes}바이트)가 곧바로 그쪽으로 돌아갑니다.',
  },
  'pymalloc.newArena': {
    en: 'No arena has a free pool (usable_arenas is empty), so a new arena {arena} is mapped from the OS at {base}: {pools} pools.',
    ko: '빈 풀이 있는 아레나가 없으므로(usable_arenas 가 비어 있음) 운영체제에서 새 아레나 {arena} 를 {base} 에 매핑합니다. 풀 {pools}개짜리입니다.',
  },
  'pymalloc.takePool.fresh': {
    en: 'usedpools[{sizeClass}] is empty: pool {pool} of arena {arena} ({address}), never used before, is set up for this class. It holds {capacity} blocks, but only the first two are linked for now.',
    ko: 'usedpools[{sizeClass}] 가 비어 있으므로 아레나 {arena} 에서 한 번도 쓰지 않은 풀 {pool}({address})을 이 등급용으로 준비합니다. 블록 {capacity}개가 들어가지만 지금은 앞의 두 개만 연결해 둡니다.',
  },
  'pymalloc.takePool.freepools': {
    en: "usedpools[{sizeClass}] is empty: pool {pool} is taken from arena {arena}'s freepools. An empty pool serves any class, so it is set up afresh for {capacity} blocks of this class.",
    ko: 'usedpools[{sizeClass}] 가 비어 있으므로 아레나 {arena} 의 freepools 에서 풀 {pool} 을 가져옵니다. 빈 풀은 어느 등급에나 쓸 수 있으므로 이 등급의 블록 {capacity}개용으로 새로 준비합니다.',
  },
  'pymalloc.takePool.sameClass': {
    en: "usedpools[{sizeClass}] is empty: pool {pool} is taken from arena {arena}'s freepools. It last served this very class, so its free list is kept as it was.",
    ko: 'usedpools[{sizeClass}] 가 비어 있으므로 아레나 {arena} 의 freepools 에서 풀 {pool} 을 가져옵니다. 바로 이 등급을 담던 풀이라 빈 블록 목록을 그대로 씁니다.',
  },
  'pymalloc.alloc.fresh': {
    en: '{name} gets block {block} of pool {pool} in arena {arena} ({address}), a block never handed out before: blocks are carved only when needed. {used} blocks of this pool are in use.',
    ko: '{name} 은 아레나 {arena}, 풀 {pool} 의 블록 {block}({address})을 받습니다. 처음 쓰는 블록입니다. 블록은 필요해질 때에야 잘라 냅니다. 이 풀에서 쓰는 블록은 {used}개입니다.',
  },
  'pymalloc.alloc.reused': {
    en: "{name} gets block {block} of pool {pool} in arena {arena} ({address}) from the pool's free list: the block freed last is reused first. {used} blocks of this pool are in use.",
    ko: '{name} 은 아레나 {arena}, 풀 {pool} 의 빈 블록 목록에서 블록 {block}({address})을 받습니다. 가장 나중에 해제된 블록을 가장 먼저 다시 씁니다. 이 풀에서 쓰는 블록은 {used}개입니다.',
  },
  'pymalloc.allocMany': {
    en: 'Pool {pool} of arena {arena} hands out {count} blocks ({first} … {last}): {fresh} never used before, {reused} from its free list. {used} of its blocks are in use.',
    ko: '아레나 {arena} 의 풀 {pool} 이 블록 {count}개({first} … {last})를 내줍니다. 처음 쓰는 블록 {fresh}개, 빈 블록 목록에서 다시 쓰는 블록 {reused}개입니다. 이 풀에서 쓰는 블록은 {used}개입니다.',
  },
  'pymalloc.poolFull': {
    en: 'Pool {pool} of arena {arena} is full: it leaves usedpools[{sizeClass}] and sits on no list until a block is freed.',
    ko: '아레나 {arena} 의 풀 {pool} 이 가득 찼습니다. usedpools[{sizeClass}] 에서 빠지고, 블록이 하나 해제될 때까지 어느 목록에도 없습니다.',
  },
  'pymalloc.arenaFull': {
    en: 'Arena {arena} has no free pool left: it leaves usable_arenas.',
    ko: '아레나 {arena} 에 빈 풀이 남지 않았습니다. usable_arenas 에서 빠집니다.',
  },
  'pymalloc.free': {
    en: "free({address}) ({name}): block {block} goes to the front of pool {pool}'s free list (arena {arena}). {used} blocks of this pool are still in use.",
    ko: 'free({address})({name}): 블록 {block} 이 아레나 {arena}, 풀 {pool} 의 빈 블록 목록 맨 앞에 들어갑니다. 이 풀에서 아직 쓰는 블록은 {used}개입니다.',
  },
  'pymalloc.freeMany': {
    en: "{count} blocks go back onto the free list of pool {pool} in arena {arena}. {used} of its blocks are still in use.",
    ko: '블록 {count}개가 아레나 {arena}, 풀 {pool} 의 빈 블록 목록으로 돌아갑니다. 이 풀에서 아직 쓰는 블록은 {used}개입니다.',
  },
  'pymalloc.bulkFree': {
    en: 'Freeing all {count} live objects named {prefix}[…].',
    ko: '{prefix}[…] 라는 이름의 살아 있는 객체 {count}개를 모두 해제합니다.',
  },
  'pymalloc.bulkFree.keep': {
    en: 'Freeing {count} objects named {prefix}[…] and keeping {kept} of them (one in every so many).',
    ko: '{prefix}[…] 객체 {count}개를 해제하고 {kept}개는 남겨 둡니다(일정 간격마다 하나씩).',
  },
  'pymalloc.bulkFree.all': {
    en: 'Freeing every live object: {count} of them.',
    ko: '살아 있는 객체 {count}개를 모두 해제합니다.',
  },
  'pymalloc.bulkFree.allKeep': {
    en: 'Freeing {count} live objects and keeping {kept} of them (one in every so many).',
    ko: '살아 있는 객체 {count}개를 해제하고 {kept}개는 남겨 둡니다(일정 간격마다 하나씩).',
  },
  'pymalloc.poolRelinked': {
    en: 'Pool {pool} of arena {arena} was full and now has a free block: it goes back to the front of usedpools[{sizeClass}], so the next request of this class is served from it.',
    ko: '가득 차 있던 아레나 {arena} 의 풀 {pool} 에 빈 블록이 생겼습니다. usedpools[{sizeClass}] 맨 앞으로 돌아가므로 이 등급의 다음 요청은 이 풀에서 처리합니다.',
  },
  'pymalloc.poolEmpty': {
    en: "Pool {pool} of arena {arena} is empty: it leaves usedpools and goes onto the arena's freepools, ready for any size class. The arena now has {freePools} free pools.",
    ko: '아레나 {arena} 의 풀 {pool} 이 비었습니다. usedpools 에서 빠져 아레나의 freepools 로 가며, 이제 어느 크기 등급에도 쓸 수 있습니다. 이 아레나의 빈 풀은 {freePools}개가 되었습니다.',
  },
  'pymalloc.arenaUsable': {
    en: 'Arena {arena} has a free pool again: it goes to the head of usable_arenas (it has the fewest free pools).',
    ko: '아레나 {arena} 에 다시 빈 풀이 생겼습니다. 빈 풀이 가장 적으므로 usable_arenas 의 맨 앞에 들어갑니다.',
  },
  'pymalloc.arenaMoved': {
    en: 'Arena {arena} now has {freePools} free pools: it moves further back in usable_arenas, which is sorted by free pools. Busier arenas are used first, so this one gets a chance to empty out.',
    ko: '아레나 {arena} 의 빈 풀이 {freePools}개가 되어 usable_arenas 에서 뒤쪽으로 옮겨 갑니다. 이 목록은 빈 풀 수 순서라서 더 꽉 찬 아레나부터 쓰이고, 이 아레나는 완전히 빌 기회를 얻습니다.',
  },
  'pymalloc.arenaFreed': {
    en: 'Every pool of arena {arena} is empty: the arena is unmapped and its memory ({base} …) goes back to the OS.',
    ko: '아레나 {arena} 의 모든 풀이 비었습니다. 아레나를 매핑 해제하여 그 메모리({base} …)를 운영체제에 돌려줍니다.',
  },
  'pymalloc.arenaKept': {
    en: 'Arena {arena} is wholly empty but is the last one on usable_arenas, so it is kept (CPython 3.9+, bpo-37257): a loop that allocates and frees a little need not map and unmap an arena every time.',
    ko: '아레나 {arena} 가 완전히 비었지만 usable_arenas 의 마지막 아레나이므로 남겨 둡니다(CPython 3.9 이상, bpo-37257). 조금 할당하고 해제하기를 되풀이하는 반복문이 매번 아레나를 매핑하고 해제하지 않게 하려는 것입니다.',
  },
} satisfies Strings;
