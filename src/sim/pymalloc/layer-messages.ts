import type { Strings } from '../../i18n/lang';

/**
 * The sentences of layers.ts (en + ko): each layer's name, role, the requests it serves and a
 * common misreading; the domains; the builds; the version notes. `backticks` mark code (the
 * views render them with <code>; `plain()` strips them for accessible names).
 */
export const LAYER_MESSAGES = {
  // +3
  'layers.object-specific.name': { en: 'Object-specific allocators', ko: '객체별 할당기' },
  'layers.object-specific.role': {
    en: 'Each built-in type decides how its own objects are made and recycled: `float`, `list`, `dict` and `tuple` keep free lists of dead objects to hand out again, the small ints are created once and shared, strings can be interned.',
    ko: '내장 타입마다 자기 객체를 만들고 재활용하는 방식을 스스로 정합니다. `float`, `list`, `dict`, `tuple` 은 해제된 객체를 프리 리스트에 모아 두었다가 다시 내주고, 작은 정수는 한 번만 만들어 공유하며, 문자열은 인터닝할 수 있습니다.',
  },
  'layers.object-specific.serves': {
    en: 'Your Python code: every literal, call or operation that creates an object starts here. What the type cannot take from its own cache it asks of layer +2 (`PyObject_Malloc`).',
    ko: '여러분의 파이썬 코드입니다. 객체를 만드는 리터럴, 호출, 연산은 모두 이 계층에서 시작합니다. 타입이 자기 캐시에서 꺼낼 수 없는 메모리는 +2 계층(`PyObject_Malloc`)에 요청합니다.',
  },
  'layers.object-specific.correction': {
    en: 'This layer is sometimes described as the one that "manages the heap". It manages no memory below itself: it keeps caches of its own objects and gets every new byte from layer +2.',
    ko: '이 계층이 "힙을 관리한다"고 설명되기도 하지만, 이 계층은 자기 아래의 메모리를 관리하지 않습니다. 자기 타입 객체의 캐시를 둘 뿐이고 새 메모리는 모두 +2 계층에서 받아 옵니다.',
  },
  // +2
  'layers.object-allocator.name': { en: "Python's object allocator", ko: '파이썬 객체 할당기' },
  'layers.object-allocator.role': {
    en: "pymalloc, an allocator for small objects. A request of 1 to 512 bytes is rounded up to one of 32 size classes (16, 32, …, 512 bytes) and served as a block from a pool of that class; pools are carved out of arenas (64-bit, 3.10+: 16 KiB pools, 1 MiB arenas). A freed block goes back to its pool for reuse, not to the operating system.",
    ko: 'pymalloc 은 작은 객체 전용 할당기입니다. 1~512바이트 요청은 32개 크기 등급(16, 32, …, 512바이트) 중 하나로 올림되어 그 등급 풀의 블록 하나로 할당되고, 풀은 아레나를 잘라 만듭니다(64비트, 3.10 이상: 풀 16 KiB, 아레나 1 MiB). 해제된 블록은 운영체제가 아니라 자기 풀로 돌아가 다시 쓰입니다.',
  },
  'layers.object-allocator.serves': {
    en: 'The OBJ domain (`PyObject_Malloc` …) and, since 3.6, the MEM domain (`PyMem_Malloc` …). Requests of 0 bytes or of more than 512 bytes are passed down to `PyMem_RawMalloc` (+1). Arenas come straight from the kernel with `mmap` (3.3+), not from `malloc`.',
    ko: 'OBJ 도메인(`PyObject_Malloc` …)과, 3.6부터는 MEM 도메인(`PyMem_Malloc` …)의 요청을 받습니다. 0바이트 요청과 512바이트를 넘는 요청은 `PyMem_RawMalloc`(+1 계층)으로 넘깁니다. 아레나는 `malloc` 을 거치지 않고 `mmap` 으로 커널에서 직접 받아 옵니다(3.3 이상).',
  },
  'layers.object-allocator.correction': {
    en: 'The classic picture stacks this layer on +1 and 0, as if all its memory came from `malloc`. Since 3.3 arenas are mapped directly from the kernel (−1); only requests of 0 or more than 512 bytes go down through +1 and `malloc`.',
    ko: '흔히 보는 그림은 이 계층을 +1, 0 계층 위에 쌓아 모든 메모리가 `malloc` 에서 오는 것처럼 그립니다. 3.3부터 아레나는 커널(−1 계층)에서 직접 매핑하며, +1 계층과 `malloc` 을 거치는 것은 0바이트 또는 512바이트를 넘는 요청뿐입니다.',
  },
  // +1
  'layers.raw-allocator.name': { en: "Python's raw memory allocator", ko: '파이썬 원시(raw) 메모리 할당기' },
  'layers.raw-allocator.role': {
    en: "A thin, thread-safe wrapper around the C library's `malloc`: `PyMem_RawMalloc` and its siblings work without the GIL. Since 3.4 (PEP 445) the allocator of every domain can be replaced (`PyMem_SetAllocator`) or wrapped in debug hooks.",
    ko: 'C 라이브러리 `malloc` 을 얇게 감싼 스레드 안전 함수들로, `PyMem_RawMalloc` 계열은 GIL 없이도 호출할 수 있습니다. 3.4(PEP 445)부터는 각 도메인의 할당기를 바꾸거나(`PyMem_SetAllocator`) 디버그 훅으로 감쌀 수 있습니다.',
  },
  'layers.raw-allocator.serves': {
    en: 'The RAW domain: buffers that must come from the system allocator or are used without holding the GIL. Also pymalloc’s requests of 0 or more than 512 bytes.',
    ko: 'RAW 도메인, 즉 시스템 할당기에서 받아야 하거나 GIL 없이 쓰이는 버퍼를 담당합니다. pymalloc 이 넘긴 0바이트 요청과 512바이트 초과 요청도 이 계층으로 옵니다.',
  },
  'layers.raw-allocator.correction': {
    en: 'The classic picture labels this layer "PyMem_ API". Since 3.6 `PyMem_Malloc` goes to pymalloc (+2); only the `PyMem_Raw*` functions (3.4+) lead straight to `malloc`. Nor does this layer talk to the operating system: it calls `malloc` (layer 0).',
    ko: '흔히 보는 그림은 이 계층에 "PyMem_ API"라는 이름을 붙입니다. 3.6부터 `PyMem_Malloc` 은 pymalloc(+2 계층)으로 가고, `malloc` 으로 바로 이어지는 것은 `PyMem_Raw*` 함수(3.4 이상)뿐입니다. 또 이 계층은 운영체제와 직접 대화하지 않고 `malloc`(0 계층)을 호출합니다.',
  },
  // 0
  'layers.general-allocator.name': { en: 'General-purpose allocator (C malloc)', ko: '범용 할당기 (C malloc)' },
  'layers.general-allocator.role': {
    en: "The C library's `malloc`, `calloc`, `realloc` and `free` (glibc's on Linux). glibc serves ordinary blocks from the `brk` heap and very large ones from their own `mmap`; the threshold starts at 128 KiB and glibc raises it by itself after a large block is freed.",
    ko: 'C 라이브러리의 `malloc`, `calloc`, `realloc`, `free` 입니다(리눅스에서는 glibc). glibc 는 보통 크기의 블록은 `brk` 힙에서, 아주 큰 블록은 따로 `mmap` 해서 내줍니다. 그 경계값은 128 KiB 에서 시작하며, 큰 블록이 해제되면 glibc 가 스스로 올립니다.',
  },
  'layers.general-allocator.serves': {
    en: 'The RAW domain, pymalloc’s requests of 0 or more than 512 bytes, and every request when pymalloc is switched off (`PYTHONMALLOC=malloc`).',
    ko: 'RAW 도메인, pymalloc 이 넘긴 0바이트·512바이트 초과 요청, 그리고 pymalloc 을 끈 경우(`PYTHONMALLOC=malloc`)의 모든 요청을 처리합니다.',
  },
  'layers.general-allocator.correction': {
    en: '`free()` does not mean the memory is back with the operating system: glibc shrinks its `brk` heap only from the top, and only past `M_TRIM_THRESHOLD` (128 KiB by default).',
    ko: '`free()` 를 했다고 메모리가 운영체제로 돌아가는 것은 아닙니다. glibc 는 `brk` 힙을 꼭대기에서부터만, 그것도 `M_TRIM_THRESHOLD`(기본 128 KiB)를 넘을 때만 줄입니다.',
  },
  // −1
  'layers.kernel-vm.name': { en: "The kernel's virtual memory manager", ko: '커널의 가상 메모리 관리자' },
  'layers.kernel-vm.role': {
    en: 'Hands out address space in pages and backs a page with physical memory only when it is first touched. A process asks for memory with `brk`/`sbrk` and `mmap` (`VirtualAlloc` on Windows) and gives it back with `munmap` (`VirtualFree`).',
    ko: '주소 공간을 페이지 단위로 나눠 주고, 각 페이지는 처음 접근할 때에야 물리 메모리와 연결합니다. 프로세스는 `brk`/`sbrk` 와 `mmap`(윈도우는 `VirtualAlloc`)으로 메모리를 요청하고 `munmap`(`VirtualFree`)으로 돌려줍니다.',
  },
  'layers.kernel-vm.serves': {
    en: "`malloc`'s heap and its large blocks; pymalloc's arenas directly (`mmap`, 3.3+); since 3.11 also the 16 KiB chunks that hold Python's frames.",
    ko: '`malloc` 의 힙과 큰 블록, `mmap` 으로 직접 받는 pymalloc 아레나(3.3 이상), 그리고 3.11부터는 파이썬 프레임을 담는 16 KiB 청크도 이 계층에서 받습니다.',
  },
  'layers.kernel-vm.correction': {
    en: "The memory the system counts against a process (its RSS) drops only when pages come back here: a wholly free pymalloc arena is unmapped and does that; a freed block inside a busy arena does not.",
    ko: '시스템이 프로세스 몫으로 세는 메모리(RSS)는 페이지가 이 계층으로 돌아올 때에만 줄어듭니다. 완전히 빈 pymalloc 아레나는 매핑이 해제되어 그렇게 되지만, 사용 중인 아레나 안에서 블록 하나를 해제하는 것으로는 줄지 않습니다.',
  },
  // −2
  'layers.physical.name': { en: 'Physical memory and swap', ko: '물리 메모리와 스왑' },
  'layers.physical.role': {
    en: 'RAM and secondary storage (swap). The kernel decides which virtual pages are in RAM, which are swapped out, and which have never been touched and take no RAM at all, such as the unused pools of a fresh arena.',
    ko: 'RAM 과 보조 기억 장치(스왑)입니다. 어떤 가상 페이지를 RAM 에 둘지, 스왑으로 내보낼지는 커널이 정합니다. 새 아레나의 아직 쓰지 않은 풀처럼 한 번도 접근하지 않은 페이지는 RAM 을 전혀 차지하지 않습니다.',
  },
  'layers.physical.serves': {
    en: 'Every layer above, always through the kernel: a program never sees physical addresses.',
    ko: '위의 모든 계층을 떠받치지만 항상 커널을 거칩니다. 프로그램은 물리 주소를 직접 보지 못합니다.',
  },

  // Version notes
  'layers.note.floatFreeList': {
    en: 'Floats stop using their own never-shrinking block allocator: pymalloc plus a free list of 100 (Issue #14435).',
    ko: 'float 가 줄어들지 않는 자체 블록 할당기를 버리고 pymalloc 과 100개짜리 프리 리스트를 쓰게 되었습니다(Issue #14435).',
  },
  'layers.note.staticSmallInts': {
    en: 'The small ints −5…256 are allocated statically in libpython’s data segment, not on the heap.',
    ko: '작은 정수 −5…256 이 힙이 아니라 libpython 의 데이터 세그먼트에 정적으로 할당됩니다.',
  },
  'layers.note.immortal': {
    en: 'Immortal objects (PEP 683): `None`, the small ints and other static objects keep a fixed reference count and are never freed.',
    ko: '불멸 객체(PEP 683): `None`, 작은 정수 같은 정적 객체는 참조 횟수가 고정되고 해제되지 않습니다.',
  },
  'layers.note.freelistHeader': {
    en: 'The free lists (float 100, list 80, dict 80, tuple 20 lengths × 2000) are gathered in one header, `pycore_freelist.h`.',
    ko: '프리 리스트(float 100, list 80, dict 80, tuple 길이 20가지 × 2000)가 헤더 하나(`pycore_freelist.h`)로 모였습니다.',
  },
  'layers.note.smallInts1024': {
    en: 'The small-int cache grows to −5…1024 (gh-133059).',
    ko: '작은 정수 캐시가 −5…1024 로 넓어집니다(gh-133059).',
  },
  'layers.note.arenasFreed': {
    en: 'An arena whose pools are all empty is freed (Evan Jones’ patch); before 2.5 arenas were never freed.',
    ko: '모든 풀이 빈 아레나를 해제하게 되었습니다(Evan Jones 의 패치). 2.5 이전에는 아레나를 전혀 해제하지 않았습니다.',
  },
  'layers.note.threshold512': {
    en: 'The small-request threshold goes from 256 to 512 bytes, and arenas are mapped with `mmap` so that a freed arena really returns to the OS (Issue #11849).',
    ko: '작은 요청의 경계가 256바이트에서 512바이트로 올라가고, 해제한 아레나가 실제로 운영체제에 돌아가도록 아레나를 `mmap` 으로 받게 되었습니다(Issue #11849).',
  },
  'layers.note.memToPymalloc': {
    en: '`PyMem_Malloc` (the MEM domain) uses pymalloc instead of the system `malloc`.',
    ko: '`PyMem_Malloc`(MEM 도메인)이 시스템 `malloc` 대신 pymalloc 을 쓰게 되었습니다.',
  },
  'layers.note.align16': {
    en: 'Blocks are aligned to 16 bytes on 64-bit (bpo-27987, also in 3.7.4): 32 size classes of 16…512 bytes.',
    ko: '64비트에서 블록을 16바이트 경계에 맞춥니다(bpo-27987, 3.7.4에도 반영). 크기 등급은 16…512바이트의 32개입니다.',
  },
  'layers.note.keepEmptyArena': {
    en: 'One wholly empty arena is kept instead of freed, so a program that repeatedly frees and reallocates does not thrash (bpo-37257).',
    ko: '할당과 해제를 되풀이할 때 아레나를 계속 만들고 버리지 않도록, 완전히 빈 아레나 하나는 해제하지 않고 남겨 둡니다(bpo-37257).',
  },
  'layers.note.largePools': {
    en: "On 64-bit, pools grow from 4 to 16 KiB and arenas from 256 KiB to 1 MiB, made possible by a radix tree that answers “is this address one of pymalloc's?” (bpo-37448).",
    ko: '64비트에서 풀이 4 KiB 에서 16 KiB 로, 아레나가 256 KiB 에서 1 MiB 로 커졌습니다. "이 주소가 pymalloc 것인가?"를 판별하는 기수 트리(radix tree) 덕분입니다(bpo-37448).',
  },
  'layers.note.perInterpreter': {
    en: 'A sub-interpreter with its own GIL (PEP 684) gets its own obmalloc state.',
    ko: '자기 GIL 을 가진 서브인터프리터(PEP 684)는 obmalloc 상태도 따로 가집니다.',
  },
  'layers.note.mimalloc': {
    en: 'The free-threaded build uses mimalloc for the MEM and OBJ domains instead of pymalloc; `PYTHONMALLOC=mimalloc` selects it in the default build too.',
    ko: '프리스레드 빌드는 MEM 과 OBJ 도메인에 pymalloc 대신 mimalloc 을 씁니다. 기본 빌드에서도 `PYTHONMALLOC=mimalloc` 으로 고를 수 있습니다.',
  },
  'layers.note.pep445': {
    en: 'PEP 445 adds the `PyMem_Raw*` functions, allocator hooks (`PyMem_SetAllocator`, `PyObject_SetArenaAllocator`) and debug hooks.',
    ko: 'PEP 445 가 `PyMem_Raw*` 함수, 할당기 교체 훅(`PyMem_SetAllocator`, `PyObject_SetArenaAllocator`), 디버그 훅을 추가했습니다.',
  },
  'layers.note.pythonmalloc': {
    en: 'The `PYTHONMALLOC` environment variable picks the allocators at start-up (`default` is accepted from 3.7).',
    ko: '환경 변수 `PYTHONMALLOC` 으로 시작할 때 할당기를 고릅니다(`default` 값은 3.7부터).',
  },
  'layers.note.debugBytes': {
    en: 'Debug hooks fill memory with `0xCD` (new), `0xDD` (freed) and `0xFD` (guard bytes); before 3.8 with `0xCB`, `0xDB`, `0xFB`.',
    ko: '디버그 훅이 새 메모리를 `0xCD`, 해제된 메모리를 `0xDD`, 경계 바이트를 `0xFD` 로 채웁니다. 3.8 이전에는 `0xCB`, `0xDB`, `0xFB` 였습니다.',
  },
  'layers.note.freeNoGuarantee': {
    en: 'Freed arenas are handed back with `free()`, with no guarantee that the C library returns them to the OS.',
    ko: '해제한 아레나를 `free()` 로 돌려주지만, C 라이브러리가 이를 운영체제에 돌려준다는 보장은 없었습니다.',
  },
  'layers.note.arenasLeaveMalloc': {
    en: "pymalloc stops taking arenas from `malloc`: glibc's moving mmap threshold could put 256 KiB arenas on the `brk` heap, where freeing them did not shrink the process.",
    ko: 'pymalloc 이 더는 `malloc` 에서 아레나를 받지 않습니다. glibc 의 mmap 경계값이 움직이면서 256 KiB 아레나가 `brk` 힙에 놓일 수 있었고, 그러면 해제해도 프로세스가 줄지 않았기 때문입니다.',
  },
  'layers.note.arenasMmap': {
    en: 'pymalloc maps its arenas with `mmap()` and unmaps them with `munmap()` where the system has them (Issue #11849).',
    ko: 'pymalloc 이 지원되는 시스템에서 아레나를 `mmap()` 으로 받고 `munmap()` 으로 돌려줍니다(Issue #11849).',
  },
  'layers.note.virtualAlloc': {
    en: 'On Windows arenas use `VirtualAlloc`/`VirtualFree` (Issue #13483).',
    ko: '윈도우에서는 아레나에 `VirtualAlloc`/`VirtualFree` 를 씁니다(Issue #13483).',
  },
  'layers.note.frameChunks': {
    en: "Python's frames live in a per-thread data stack made of 16 KiB chunks mapped with `mmap`, not on the C stack.",
    ko: '파이썬 프레임은 C 스택이 아니라, `mmap` 으로 받은 16 KiB 청크로 이루어진 스레드별 데이터 스택에 놓입니다.',
  },
  'layers.note.rawAdded': {
    en: '`PyMem_RawMalloc` and its siblings are added (PEP 445).',
    ko: '`PyMem_RawMalloc` 계열 함수가 추가되었습니다(PEP 445).',
  },
  'layers.note.objOnlyObjects': {
    en: 'The free-threaded build requires that Python objects, and only they, come from the OBJ domain; the default build does not insist.',
    ko: '프리스레드 빌드에서는 파이썬 객체를, 그리고 파이썬 객체만 OBJ 도메인에서 할당해야 합니다. 기본 빌드에는 이런 강제가 없습니다.',
  },

  // Domains
  'layers.domain.raw.name': { en: 'RAW', ko: 'RAW' },
  'layers.domain.mem.name': { en: 'MEM', ko: 'MEM' },
  'layers.domain.obj.name': { en: 'OBJ', ko: 'OBJ' },
  'layers.domain.raw.purpose': {
    en: 'General buffers that must come from the system allocator, or that are used without holding the GIL. The functions are thread-safe.',
    ko: '시스템 할당기에서 받아야 하거나 GIL 없이 쓰이는 일반 버퍼용입니다. 함수들은 스레드 안전합니다.',
  },
  'layers.domain.mem.purpose': {
    en: "Python buffers and general memory used with the GIL held, such as a list's array of item pointers.",
    ko: 'GIL 을 쥔 채 쓰는 파이썬 버퍼와 일반 메모리용입니다. 리스트의 항목 포인터 배열이 한 예입니다.',
  },
  'layers.domain.obj.purpose': {
    en: 'Memory that belongs to Python objects (the object structures themselves), used with the GIL held.',
    ko: '파이썬 객체에 속하는 메모리(객체 구조체 자체)용이며, GIL 을 쥔 채 사용합니다.',
  },

  // Builds
  'layers.build.release': { en: 'Release build (the default)', ko: '릴리스 빌드 (기본)' },
  'layers.build.debug': { en: 'Debug build', ko: '디버그 빌드' },
  'layers.build.no-pymalloc': { en: 'Without pymalloc (PYTHONMALLOC=malloc)', ko: 'pymalloc 없이 (PYTHONMALLOC=malloc)' },
  'layers.build.free-threaded': { en: 'Free-threaded build (3.13+)', ko: '프리스레드 빌드 (3.13 이상)' },

  // Routes
  'layers.route.small': { en: '1–512 bytes', ko: '1~512바이트' },
  'layers.route.large': { en: '0 bytes or more than 512', ko: '0바이트 또는 512바이트 초과' },
  'layers.route.any': { en: 'any size', ko: '모든 크기' },

  // The picture as a whole
  'layers.picture.origin': {
    en: "The layer numbers come from an ASCII diagram by Vladimir Marangozov (August 2000) in CPython's source (`Objects/obmalloc.c` up to 3.11, `Include/internal/pycore_obmalloc.h` from 3.12), not from the C-API documentation. The version notes show where it has aged.",
    ko: '계층 번호는 C API 문서가 아니라 CPython 소스에 있는 Vladimir Marangozov 의 ASCII 그림(2000년 8월)에서 왔습니다(3.11까지 `Objects/obmalloc.c`, 3.12부터 `Include/internal/pycore_obmalloc.h`). 그림이 현재와 달라진 부분은 버전별 메모에 적었습니다.',
  },
  'layers.picture.privateHeap': {
    en: "The docs' “private heap” is a logical idea, not one region of memory: Python objects sit in mmap'd pymalloc arenas, in `malloc`'s heap, in other mappings and, for static objects such as `None`, in libpython's data segment.",
    ko: '문서가 말하는 "사설 힙(private heap)"은 논리적인 개념이지 메모리의 한 구역이 아닙니다. 파이썬 객체는 `mmap` 으로 받은 pymalloc 아레나, `malloc` 의 힙, 다른 매핑 영역, 그리고 `None` 같은 정적 객체라면 libpython 의 데이터 세그먼트에 놓입니다.',
  },
  'layers.picture.dynamic': {
    en: 'Python allocates dynamically all the time: every object is created at run time through these layers, and containers such as lists grow and shrink.',
    ko: '파이썬은 끊임없이 동적 할당을 합니다. 모든 객체는 실행 중에 이 계층들을 거쳐 만들어지고, 리스트 같은 컨테이너는 커졌다 줄었다 합니다.',
  },
  'layers.picture.freed': {
    en: 'Unused is not freed, and freed is not returned: `del` removes a name; an object dies when its last reference goes (or when the cyclic GC finds its cycle); its block returns to a free list or a pool; an arena goes back to the OS only when every block in it is free.',
    ko: '쓰지 않는다고 해제되는 것도, 해제했다고 운영체제에 돌아가는 것도 아닙니다. `del` 은 이름을 지울 뿐이고, 객체는 마지막 참조가 사라질 때(순환이라면 순환 GC 가 찾아낼 때) 죽으며, 그 블록은 프리 리스트나 풀로 돌아갑니다. 아레나는 그 안의 블록이 모두 비었을 때에만 운영체제로 돌아갑니다.',
  },
} satisfies Strings;

export type LayerMessageKey = keyof typeof LAYER_MESSAGES;
