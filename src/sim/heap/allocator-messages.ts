import type { Strings } from '../../i18n/lang';

/** Narration and errors of `heap/model.ts` (the heap allocator simulator), en + ko. */
export const ALLOCATOR_MESSAGES = {
  'alloc.search.tooSmall': {
    en: '{policy}: the free block at {address} has {size} bytes, fewer than the {need} needed. Skip it.',
    ko: '{policy}: {address} 의 빈 블록은 {size}바이트로, 필요한 {need}바이트보다 작습니다. 건너뜁니다.',
  },
  'alloc.search.fits': {
    en: '{policy}: the free block at {address} ({size} bytes) is the first that holds {need} bytes. Take it.',
    ko: '{policy}: {address} 의 빈 블록({size}바이트)이 {need}바이트가 들어가는 첫 블록입니다. 이 블록을 고릅니다.',
  },
  'alloc.search.exact': {
    en: '{policy}: the free block at {address} has exactly {need} bytes. Nothing can fit better, so the search stops here.',
    ko: '{policy}: {address} 의 빈 블록이 정확히 {need}바이트입니다. 이보다 잘 맞는 블록은 없으므로 여기서 탐색을 멈춥니다.',
  },
  'alloc.search.better': {
    en: '{policy}: the free block at {address} ({size} bytes) holds {need} bytes and is the smallest such block so far.',
    ko: '{policy}: {address} 의 빈 블록({size}바이트)에 {need}바이트가 들어가고, 지금까지 본 후보 중 가장 작습니다.',
  },
  'alloc.search.notBetter': {
    en: '{policy}: the free block at {address} ({size} bytes) fits too, but it is not smaller than the best so far.',
    ko: '{policy}: {address} 의 빈 블록({size}바이트)에도 들어가지만, 지금까지의 후보보다 작지 않습니다.',
  },
  'alloc.search.larger': {
    en: '{policy}: the free block at {address} ({size} bytes) holds {need} bytes and is the largest such block so far.',
    ko: '{policy}: {address} 의 빈 블록({size}바이트)에 {need}바이트가 들어가고, 지금까지 본 후보 중 가장 큽니다.',
  },
  'alloc.search.notLarger': {
    en: '{policy}: the free block at {address} ({size} bytes) fits too, but it is not larger than the best so far.',
    ko: '{policy}: {address} 의 빈 블록({size}바이트)에도 들어가지만, 지금까지의 후보보다 크지 않습니다.',
  },
  'alloc.split': {
    en: 'Split the free block at {address}: its first {size} bytes serve this request; behind a new header, the remaining {restSize} bytes become a free block at {rest}.',
    ko: '{address} 의 빈 블록을 나눕니다. 앞쪽 {size}바이트는 이번 요청에 쓰고, 새 헤더 뒤의 나머지 {restSize}바이트는 {rest} 의 빈 블록이 됩니다.',
  },
  'alloc.allocate': {
    en: '{call}({requested}) returns {address}: a block of {size} bytes, of which {waste} bytes go unused (internal fragmentation).',
    ko: '{call}({requested}) 는 {address} 를 돌려줍니다. 블록 크기는 {size}바이트이고, 그중 {waste}바이트는 쓰이지 않습니다(내부 단편화).',
  },
  'alloc.allocateZeroed': {
    en: 'calloc returns {address}: a block of {size} bytes whose first {requested} bytes are set to zero ({waste} bytes unused).',
    ko: 'calloc 은 {address} 를 돌려줍니다. 블록 크기는 {size}바이트이고, 앞의 {requested}바이트를 0으로 채웁니다({waste}바이트는 쓰이지 않습니다).',
  },
  'alloc.fail': {
    en: '{call}({requested}) returns NULL: no free block has {need} bytes (the largest has {largest}). This is not a crash; the program must check for NULL.',
    ko: '{call}({requested}) 는 NULL 을 돌려줍니다. {need}바이트를 가진 빈 블록이 없기 때문입니다(가장 큰 빈 블록은 {largest}바이트). 오류로 멈추는 것이 아니므로 프로그램이 NULL 인지 확인해야 합니다.',
  },
  'alloc.reallocFail': {
    en: 'realloc({address}, {requested}) returns NULL: no free block has {need} bytes (the largest has {largest}). The old block stays allocated and unchanged.',
    ko: 'realloc({address}, {requested}) 는 NULL 을 돌려줍니다. {need}바이트를 가진 빈 블록이 없습니다(가장 큰 빈 블록은 {largest}바이트). 기존 블록은 할당된 채 그대로 남습니다.',
  },
  'alloc.reallocFailLeak': {
    en: 'realloc({address}, {requested}) returns NULL: no free block has {need} bytes (the largest has {largest}). The old block stays allocated, but NULL is stored in {name}, so its address is lost: a memory leak.',
    ko: 'realloc({address}, {requested}) 는 NULL 을 돌려줍니다. {need}바이트를 가진 빈 블록이 없습니다(가장 큰 빈 블록은 {largest}바이트). 기존 블록은 할당된 채 남지만 {name} 에 NULL 이 저장되어 그 주소를 잃어버립니다. 메모리 누수입니다.',
  },
  'alloc.free': {
    en: 'free({address}): the {size}-byte block goes back on the free list.',
    ko: 'free({address}): {size}바이트 블록을 빈 블록 리스트에 돌려놓습니다.',
  },
  'alloc.freeNull': {
    en: 'free(NULL) does nothing.',
    ko: 'free(NULL) 은 아무 일도 하지 않습니다.',
  },
  'alloc.coalesce': {
    en: 'Coalesce: the free block at {address} and its free neighbour at {absorbed} merge (the header between them included) into one free block of {size} bytes.',
    ko: '병합(coalescing): {address} 의 빈 블록과 이웃한 {absorbed} 의 빈 블록을 사이의 헤더까지 합쳐 {size}바이트짜리 빈 블록 하나로 만듭니다.',
  },
  'alloc.reallocZero': {
    en: 'realloc({address}, 0) frees the {size}-byte block and returns NULL (the glibc behaviour; the C standard leaves it open).',
    ko: 'realloc({address}, 0) 은 {size}바이트 블록을 해제하고 NULL 을 돌려줍니다(glibc 의 동작이며, C 표준은 이를 정해 두지 않습니다).',
  },
  'alloc.reallocGrow': {
    en: 'realloc({address}, {requested}): the next block at {absorbed} is free and big enough, so the block grows in place from {oldSize} to {size} bytes. No copy is needed.',
    ko: 'realloc({address}, {requested}): 바로 뒤 {absorbed} 의 블록이 비어 있고 충분히 크므로, 블록을 제자리에서 {oldSize}바이트에서 {size}바이트로 늘립니다. 복사할 필요가 없습니다.',
  },
  'alloc.reallocShrink': {
    en: 'realloc({address}, {requested}): shrink in place from {oldSize} to {size} bytes; the tail becomes a free block at {rest}.',
    ko: 'realloc({address}, {requested}): 블록을 제자리에서 {oldSize}바이트에서 {size}바이트로 줄이고, 남은 뒷부분은 {rest} 의 빈 블록이 됩니다.',
  },
  'alloc.reallocSame': {
    en: 'realloc({address}, {requested}): the {size}-byte block is already the right size, so it stays where it is.',
    ko: 'realloc({address}, {requested}): {size}바이트 블록이 이미 알맞은 크기이므로 그 자리에 그대로 둡니다.',
  },
  'alloc.reallocMove': {
    en: 'realloc cannot grow the block in place: copy {bytes} bytes from {from} to the new block at {to}, then free the old block. Pointers to {from} are now dangling.',
    ko: 'realloc 이 블록을 제자리에서 늘릴 수 없으므로 {from} 의 {bytes}바이트를 새 블록 {to} 로 복사한 뒤 옛 블록을 해제합니다. 이제 {from} 을 가리키던 포인터는 댕글링 포인터(dangling pointer)입니다.',
  },
  'error.alloc.badOption': {
    en: "Bad allocator option '{option}': {value}.",
    ko: "할당기 옵션 '{option}' 의 값 {value} 는 쓸 수 없습니다.",
  },
  'error.alloc.badSize': {
    en: 'A size must be a whole number of bytes, 0 or more (got {size}).',
    ko: '크기는 0 이상의 정수 바이트여야 합니다(입력: {size}).',
  },
  'error.alloc.callocOverflow': {
    en: 'calloc({count}, {size}): {count} × {size} overflows size_t, so no such block can exist.',
    ko: 'calloc({count}, {size}): {count} × {size} 가 size_t 의 범위를 넘칩니다(오버플로). 이런 블록은 만들 수 없습니다.',
  },
  'error.alloc.doubleFree': {
    en: 'Double free: {address} was already freed. Freeing it again corrupts the heap.',
    ko: '이중 해제(double free)입니다. {address} 는 이미 해제되었습니다. 다시 해제하면 힙이 망가집니다.',
  },
  'error.alloc.foreignFree': {
    en: 'free({address}): this is not an address malloc returned, so it cannot be freed.',
    ko: 'free({address}): malloc 이 돌려준 주소가 아니므로 해제할 수 없습니다.',
  },
  'error.alloc.reallocFreed': {
    en: 'realloc({address}): this block was already freed (use after free).',
    ko: 'realloc({address}): 이미 해제된 블록입니다(해제 후 사용, use after free).',
  },
  'error.alloc.reallocForeign': {
    en: 'realloc({address}): this is not an address malloc returned.',
    ko: 'realloc({address}): malloc 이 돌려준 주소가 아닙니다.',
  },
  'error.alloc.unknownHandle': {
    en: "'{name}' has not been assigned by malloc, calloc or realloc.",
    ko: "'{name}' 은 malloc, calloc, realloc 으로 값을 받은 적이 없습니다.",
  },
  'error.alloc.doubleFreeHandle': {
    en: "Double free: '{name}' was already freed. Freeing it again corrupts the heap.",
    ko: "이중 해제(double free)입니다. '{name}' 은 이미 해제되었습니다. 다시 해제하면 힙이 망가집니다.",
  },
  'error.alloc.useAfterFree': {
    en: "'{name}' was already freed: it is a dangling pointer and cannot be passed to realloc (use after free).",
    ko: "'{name}' 은 이미 해제된 댕글링 포인터이므로 realloc 에 넘길 수 없습니다(해제 후 사용, use after free).",
  },
  'error.alloc.badName': {
    en: "'{name}' is not a valid variable name.",
    ko: "'{name}' 은 올바른 변수 이름이 아닙니다.",
  },
  'error.alloc.parse.badChar': {
    en: "Unexpected character '{char}' at position {index}.",
    ko: "{index}번 위치의 '{char}' 는 쓸 수 없는 문자입니다.",
  },
  'error.alloc.parse.badNumber': {
    en: "'{text}' at position {index} is not a byte count.",
    ko: "{index}번 위치의 '{text}' 는 바이트 수가 아닙니다.",
  },
  'error.alloc.parse.needArgument': {
    en: "An argument is missing at position {index} (found '{found}').",
    ko: "{index}번 위치에 인자가 빠졌습니다(입력: '{found}').",
  },
  'error.alloc.parse.needClose': {
    en: "Expected ',' or ')' at position {index} (found '{found}').",
    ko: "{index}번 위치에 ',' 나 ')' 가 와야 합니다(입력: '{found}').",
  },
  'error.alloc.parse.needNumber': {
    en: "Expected a number of bytes at position {index} (found '{found}').",
    ko: "{index}번 위치에 바이트 수가 와야 합니다(입력: '{found}').",
  },
  'error.alloc.parse.needName': {
    en: "Expected a variable name at position {index} (found '{found}').",
    ko: "{index}번 위치에 변수 이름이 와야 합니다(입력: '{found}').",
  },
  'error.alloc.parse.needCommand': {
    en: "Expected a command such as 'a = malloc 100' or 'free a' at position {index} (found '{found}').",
    ko: "{index}번 위치에 'a = malloc 100' 이나 'free a' 같은 명령이 와야 합니다(입력: '{found}').",
  },
  'error.alloc.parse.needCall': {
    en: "After '=' comes malloc, calloc or realloc (position {index}, found '{found}').",
    ko: "'=' 뒤에는 malloc, calloc, realloc 중 하나가 와야 합니다({index}번 위치, 입력: '{found}').",
  },
  'error.alloc.parse.unknownWord': {
    en: "Unknown command '{word}' at position {index}: use malloc, calloc, realloc or free.",
    ko: "{index}번 위치의 '{word}' 는 알 수 없는 명령입니다. malloc, calloc, realloc, free 중 하나를 쓰세요.",
  },
  'error.alloc.parse.reallocAssign': {
    en: "realloc may move the block: store its result, as in 'a = realloc a 200' (position {index}).",
    ko: "realloc 은 블록을 옮길 수 있으므로 'a = realloc a 200' 처럼 결과를 저장해야 합니다({index}번 위치).",
  },
  'error.alloc.parse.reallocTarget': {
    en: "Write '{name} = realloc {name} …': reallocate the same variable you assign (position {index}, found '{found}').",
    ko: "'{name} = realloc {name} …' 처럼 대입받는 변수와 같은 변수를 realloc 해야 합니다({index}번 위치, 입력: '{found}').",
  },
  'error.alloc.parse.needEnd': {
    en: "Unexpected '{found}' at position {index}: separate commands with ',', ';' or a new line.",
    ko: "{index}번 위치의 '{found}' 는 올 수 없습니다. 명령 사이는 ',' 나 ';' 또는 줄바꿈으로 나눕니다.",
  },
} satisfies Strings;
