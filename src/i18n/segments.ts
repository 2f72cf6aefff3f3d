/**
 * Strings for the chapter-1 islands: the address-space map and the "Which segment?" exercise,
 * including every explanation key produced by `src/sim/segments.ts`.
 *
 * Convention: text between backticks is code. Views render it in `<code>` (see {@link codeParts})
 * and strip the backticks for accessible names and live-region text (see {@link plain}).
 *
 * Korean: a code name is always followed by a noun (변수, 배열, 함수 …) or by 의/도, so no
 * particle has to guess whether the identifier ends in a consonant.
 */
import type { Strings } from './lang';

export const segmentStrings: Strings = {
  // --- segment names --------------------------------------------------------------------------
  'seg.stack': { en: 'stack', ko: '스택' },
  'seg.mmap': { en: 'mmap region', ko: 'mmap 영역' },
  'seg.heap': { en: 'heap', ko: '힙' },
  'seg.bss': { en: '.bss', ko: 'BSS 영역(.bss)' },
  'seg.data': { en: '.data', ko: '데이터 영역(.data)' },
  'seg.rodata': { en: '.rodata (read-only data)', ko: '읽기 전용 데이터(.rodata)' },
  'seg.text': { en: '.text (code)', ko: '코드 영역(.text)' },

  // --- what each region holds, per program ------------------------------------------------------
  'region.c.stack': {
    en: 'one frame per active call: locals, parameters, return address',
    ko: '실행 중인 호출마다 프레임 하나: 지역 변수, 매개변수, 복귀 주소',
  },
  'region.c.mmap': {
    en: 'shared libraries such as libc; malloc blocks of 128 KiB or more',
    ko: 'libc 같은 공유 라이브러리, 128 KiB 이상의 malloc 블록',
  },
  'region.c.heap': {
    en: 'malloc’d blocks, alive until free',
    ko: 'malloc으로 받은 블록, free할 때까지 유지',
  },
  'region.c.bss': {
    en: 'globals and statics that start at zero (not stored in the file)',
    ko: '0에서 시작하는 전역·정적 변수 (실행 파일에는 저장되지 않음)',
  },
  'region.c.data': {
    en: 'globals and statics with an initial value',
    ko: '초기값이 있는 전역·정적 변수',
  },
  'region.c.rodata': {
    en: 'string literals and const data',
    ko: '문자열 리터럴과 const 데이터',
  },
  'region.c.text': {
    en: 'machine code of the functions (read-only, executable)',
    ko: '함수들의 기계어 코드 (읽기·실행만 가능)',
  },
  'region.python.stack': {
    en: 'the C stack: the interpreter’s own C functions run here',
    ko: 'C 스택: 인터프리터 자신의 C 함수들이 실행되는 곳',
  },
  'region.python.mmap': {
    en: 'pymalloc arenas (objects ≤ 512 bytes), CPython’s frame stack (3.11+), shared libraries',
    ko: 'pymalloc 아레나(512바이트 이하 객체), CPython 프레임 스택(3.11+), 공유 라이브러리',
  },
  'region.python.heap': {
    en: 'malloc’s heap: objects and buffers over 512 bytes',
    ko: 'malloc 힙: 512바이트가 넘는 객체와 버퍼',
  },
  'region.python.bss': {
    en: 'the interpreter’s zero-initialised C globals',
    ko: '인터프리터의 0으로 초기화된 C 전역 변수',
  },
  'region.python.data': {
    en: 'the interpreter’s C globals, including static objects: None, small ints (3.11+)',
    ko: '인터프리터의 C 전역 변수. None, 작은 정수(3.11+) 같은 정적 객체도 여기에',
  },
  'region.python.rodata': {
    en: 'the interpreter’s constant tables and C string literals',
    ko: '인터프리터의 상수 표와 C 문자열 리터럴',
  },
  'region.python.text': {
    en: 'the interpreter’s machine code (the bytecode loop), not your program',
    ko: '인터프리터의 기계어 코드(바이트코드 실행 루프). 여러분의 프로그램이 아님',
  },

  // --- the address-space map: UI ------------------------------------------------------------------
  'map.heading': { en: 'Address-space map', ko: '주소 공간 지도' },
  'map.intro': {
    en: 'Pick a line of the program: the map shows where that line’s data lives while the program runs. Use the ↑ and ↓ keys to move between lines.',
    ko: '프로그램의 한 줄을 고르면, 그 줄의 데이터가 실행 중에 어느 영역에 놓이는지 지도에 표시됩니다. ↑·↓ 키로 줄을 옮길 수 있습니다.',
  },
  'map.tabs': { en: 'Sample program', ko: '예제 프로그램' },
  'map.tab.c': { en: 'C', ko: 'C' },
  'map.tab.python': { en: 'Python', ko: 'Python' },
  'map.lines.c': { en: 'Lines of the C program', ko: 'C 프로그램의 줄' },
  'map.lines.python': { en: 'Lines of the Python program', ko: 'Python 프로그램의 줄' },
  'map.line': { en: 'Line {n}: {code}', ko: '{n}행: {code}' },
  'map.lineBlank': { en: 'Line {n} (blank)', ko: '{n}행 (빈 줄)' },
  'map.lineNo': { en: 'Line {n}', ko: '{n}행' },
  'map.diagram': {
    en: 'Address space of the process, high addresses at the top',
    ko: '프로세스의 주소 공간 (위쪽이 높은 주소)',
  },
  'map.high': { en: 'high addresses', ko: '높은 주소' },
  'map.low': { en: 'low addresses', ko: '낮은 주소' },
  'map.gap': { en: 'unmapped gap', ko: '매핑되지 않은 빈 공간' },
  'map.growsDown': { en: 'grows down', ko: '아래로 자람' },
  'map.growsUp': { en: 'grows up', ko: '위로 자람' },
  'map.here': { en: 'used by this line', ko: '이 줄이 쓰는 영역' },
  'map.blank': { en: 'A blank line: nothing happens here.', ko: '빈 줄입니다. 여기서는 아무 일도 일어나지 않습니다.' },
  'map.nothing': {
    en: 'This line creates no data of its own.',
    ko: '이 줄은 스스로 만드는 데이터가 없습니다.',
  },
  'map.announce': { en: 'Line {n}: {regions}.', ko: '{n}행: {regions}.' },
  'map.announceNone': { en: 'Line {n}: nothing highlighted.', ko: '{n}행: 표시된 영역이 없습니다.' },
  'map.about.c': {
    en: 'The map shows a C program compiled with GCC or Clang on 64-bit Linux (glibc). With address-space layout randomisation, the actual addresses change on every run; the order does not.',
    ko: '이 지도는 64비트 리눅스(glibc)에서 GCC나 Clang으로 컴파일한 C 프로그램을 기준으로 합니다. 주소 공간 배치 무작위화(ASLR) 때문에 실제 주소는 실행할 때마다 바뀌지만, 영역의 순서는 그대로입니다.',
  },
  'map.about.python': {
    en: 'The map shows CPython 3.11 or later on 64-bit Linux. Here .text and .data belong to the interpreter (python3 and libpython), not to your program; when libpython is a shared library, its segments are mapped in the mmap region, but they are the same kinds of segment.',
    ko: '이 지도는 64비트 리눅스의 CPython 3.11 이상을 기준으로 합니다. 여기서 .text와 .data는 여러분의 프로그램이 아니라 인터프리터(python3와 libpython)의 것입니다. libpython이 공유 라이브러리일 때는 그 영역들이 mmap 영역에 매핑되지만, 종류로는 같은 영역입니다.',
  },

  // --- labels of the things that live somewhere --------------------------------------------------
  'item.var': { en: '`{name}`', ko: '`{name}`' },
  'item.array': { en: 'the array `{name}`', ko: '배열 `{name}`' },
  'item.pointer': { en: 'the pointer `{name}`', ko: '포인터 `{name}`' },
  'item.param': { en: 'the parameter `{name}`', ko: '매개변수 `{name}`' },
  'item.literal': { en: 'the string literal `{name}`', ko: '문자열 리터럴 `{name}`' },
  'item.block': { en: 'the block `{name}` points to', ko: '`{name}` 포인터가 가리키는 블록' },
  'item.function': { en: 'the code of `{name}`', ko: '`{name}` 함수의 코드' },
  'item.name': { en: 'the name `{name}`', ko: '이름 `{name}`' },
  'item.object': { en: 'the object `{name}`', ko: '객체 `{name}`' },
  'item.list': { en: 'the list object', ko: '리스트 객체' },
  'item.items': { en: 'the list’s item array', ko: '리스트의 항목 배열' },
  'item.frame': { en: 'the frame of `{name}`', ko: '`{name}` 함수의 프레임' },
  'item.cframe': { en: 'the C frame of `{name}`', ko: '`{name}`의 C 프레임' },
  'item.interp': { en: 'the machine code that runs `{name}`', ko: '`{name}` 함수를 실행하는 기계어 코드' },
  'item.libc': { en: 'the code of `malloc` and `free`', ko: '`malloc`과 `free`의 코드' },

  // --- why: the rules (shared by the map and the exercise) --------------------------------------
  'why.function': {
    en: '`{name}` is a function: its machine code is in the text segment (.text), which the program can execute but not modify.',
    ko: '`{name}` 함수의 기계어 코드는 코드 영역(.text)에 있습니다. 이 영역은 실행할 수는 있지만 고쳐 쓸 수는 없습니다.',
  },
  'why.constGlobal': {
    en: '`{name}` is a global declared `const`, so the compiler places it in read-only data (.rodata). An attempt to write to it (through a cast) typically ends in a segmentation fault.',
    ko: '`{name}` 배열은 `const`로 선언한 전역 데이터이므로 컴파일러가 읽기 전용 데이터 영역(.rodata)에 둡니다. (캐스트로 억지로) 값을 쓰려 하면 대개 세그멘테이션 오류로 프로그램이 멈춥니다.',
  },
  'why.staticConstTable': {
    en: '`{name}` is a `static const` table: `static` gives it a single copy for the whole run and `const` makes it read-only, so it goes to .rodata — never to the stack, even when it is declared inside a function.',
    ko: '`{name}` 배열은 `static const`로 선언한 표입니다. `static`이므로 프로그램 내내 하나만 존재하고 `const`이므로 고칠 수 없어, 함수 안에 선언했더라도 스택이 아니라 읽기 전용 데이터 영역(.rodata)에 놓입니다.',
  },
  'why.stringLiteral': {
    en: 'The string literal `{name}` is an array of characters that exists for the whole run and must not be modified, so its bytes are stored in .rodata. A pointer that holds its address is a separate variable, stored elsewhere.',
    ko: '문자열 리터럴 `{name}`의 문자들은 프로그램이 실행되는 내내 존재하고 수정해서는 안 되므로 읽기 전용 데이터 영역(.rodata)에 저장됩니다. 그 주소를 담는 포인터는 별개의 변수로, 다른 곳에 있습니다.',
  },
  'why.globalPointer': {
    en: '`{name}` is a global pointer with an initial value (the address of a string literal). The pointer itself can be changed, so it lives in .data; only the characters it points to are in .rodata.',
    ko: '`{name}` 포인터는 초기값(문자열 리터럴의 주소)이 있는 전역 변수입니다. 포인터 자체는 다른 주소로 바꿀 수 있으므로 데이터 영역(.data)에 놓이고, 이 포인터가 가리키는 문자들만 .rodata에 있습니다.',
  },
  'why.initGlobal': {
    en: '`{name}` is a global variable with a non-zero initial value ({value}). The value is stored in the executable file and loaded into the data segment (.data) when the program starts.',
    ko: '`{name}` 변수는 0이 아닌 초기값({value})이 있는 전역 변수입니다. 초기값은 실행 파일에 저장되어 있다가 프로그램이 시작할 때 데이터 영역(.data)에 올라옵니다.',
  },
  'why.staticGlobalInit': {
    en: '`{name}` is declared `static` at file scope, so only this file can see it; but it is still a global with an initial value ({value}), and lives in .data.',
    ko: '`{name}` 변수는 파일 범위에서 `static`으로 선언했으므로 이 파일 안에서만 보입니다. 하지만 초기값({value})이 있는 전역 변수라는 점은 같으므로 데이터 영역(.data)에 놓입니다.',
  },
  'why.uninitGlobal': {
    en: '`{name}` is a global with no initialiser. C guarantees that it starts at zero, and zeros need not be stored in the file: it goes to .bss, which is filled with zeros when the program starts.',
    ko: '`{name}` 변수는 초기값 없이 선언한 전역 변수입니다. C에서는 이런 변수가 0으로 시작하는데, 0은 실행 파일에 저장할 필요가 없으므로 BSS 영역(.bss)에 놓이고 프로그램이 시작할 때 0으로 채워집니다.',
  },
  'why.zeroGlobal': {
    en: '`{name}` is explicitly initialised to 0. A zero needs no bytes in the executable, so GCC and Clang put it in .bss, exactly like a global with no initialiser.',
    ko: '`{name}` 변수는 명시적으로 0으로 초기화했습니다. 값이 0이면 실행 파일에 바이트를 둘 필요가 없으므로, GCC와 Clang은 초기값 없는 전역 변수와 똑같이 BSS 영역(.bss)에 둡니다.',
  },
  'why.staticArray': {
    en: '`{name}` is a `static` array with no initialiser: {bytes} bytes of zeros. They are not stored in the executable; the array lives in .bss, whose pages are zero-filled when the program starts.',
    ko: '`{name}` 배열은 초기값 없는 `static` 배열로, 0으로 된 {bytes}바이트입니다. 이 0들은 실행 파일에 저장되지 않습니다. 배열은 BSS 영역(.bss)에 잡히고, 프로그램이 시작할 때 그 페이지들이 0으로 채워집니다.',
  },
  'why.staticLocalInit': {
    en: '`{name}` is a `static` local of `{fn}`: it keeps its value from one call to the next, so it cannot live in a stack frame. With a non-zero initial value ({value}) it is in .data, like an initialised global.',
    ko: '`{name}` 변수는 `{fn}` 함수의 `static` 지역 변수입니다. 호출이 끝나도 값을 유지해야 하므로 스택 프레임에 둘 수 없고, 0이 아닌 초기값({value})이 있으므로 초기값 있는 전역 변수처럼 데이터 영역(.data)에 놓입니다.',
  },
  'why.staticLocalZero': {
    en: '`{name}` is a `static` local of `{fn}` that starts at zero. It lives for the whole run, like a global, and because its initial value is zero it goes to .bss — not to the stack.',
    ko: '`{name}` 변수는 0에서 시작하는 `{fn}` 함수의 `static` 지역 변수입니다. 전역 변수처럼 프로그램 내내 살아 있고 초기값이 0이므로, 스택이 아니라 BSS 영역(.bss)에 놓입니다.',
  },
  'why.local': {
    en: '`{name}` is a local variable of `{fn}`: it is created in `{fn}`’s stack frame when the function is called and disappears when the function returns.',
    ko: '`{name}` 변수는 `{fn}` 함수의 지역 변수입니다. 함수가 호출될 때 `{fn}` 함수의 스택 프레임에 만들어지고, 함수가 반환하면 사라집니다.',
  },
  'why.constLocal': {
    en: '`{name}` is `const`, but it is an ordinary (non-`static`) local variable, so it lives in `{fn}`’s stack frame. `const` only forbids assignment; it does not move a local to .rodata.',
    ko: '`{name}` 변수는 `const`이지만 `static`이 아닌 평범한 지역 변수이므로 `{fn}` 함수의 스택 프레임에 있습니다. `const`는 대입을 금지할 뿐, 지역 변수를 .rodata로 옮기지는 않습니다.',
  },
  'why.localArray': {
    en: '`{name}` is a local array initialised from a string literal: the array is a copy of the characters in `{fn}`’s stack frame, and the program may modify it.',
    ko: '`{name}` 배열은 문자열 리터럴로 초기화한 지역 배열입니다. 배열은 `{fn}` 함수의 스택 프레임에 만들어진 문자들의 복사본이므로 고쳐 써도 됩니다.',
  },
  'why.param': {
    en: '`{name}` is a parameter of `{fn}`: it receives a copy of the argument and behaves like a local variable in `{fn}`’s stack frame. (An optimising compiler may keep it in a register; at this level, think of the frame.)',
    ko: '`{fn}` 함수의 매개변수 `{name}`에는 인수의 복사본이 들어가며, 지역 변수처럼 `{fn}` 함수의 스택 프레임에 있습니다. (최적화하는 컴파일러는 레지스터에 두기도 하지만, 여기서는 스택 프레임에 있다고 생각하면 됩니다.)',
  },
  'why.pointerVar': {
    en: '`{name}` is a local pointer variable of `{fn}`: the pointer itself (8 bytes holding an address) is in `{fn}`’s stack frame. Only what it points to is elsewhere.',
    ko: '`{name}` 포인터는 `{fn}` 함수의 지역 변수입니다. 주소를 담는 8바이트짜리 포인터 자체는 `{fn}` 함수의 스택 프레임에 있고, 이 포인터가 가리키는 대상만 다른 곳에 있습니다.',
  },
  'why.mallocBlock': {
    en: 'The {bytes} bytes that `malloc` returned are on the heap: they stay there, whichever function is running, until `free` is called. (glibc serves requests of 128 KiB or more from a separate mmap instead.)',
    ko: '`malloc`이 돌려준 {bytes}바이트 블록은 힙에 있습니다. 어느 함수가 실행 중이든 `free`를 호출할 때까지 그 자리에 남아 있습니다. (glibc는 128 KiB 이상의 요청은 힙 대신 따로 mmap한 영역에서 내줍니다.)',
  },

  // --- hints for typical wrong answers ------------------------------------------------------------
  'hint.codeNotFrame': {
    en: 'A call gets a frame on the stack, but the function’s code is not copied there: it stays in .text.',
    ko: '함수를 호출하면 스택에 프레임이 생기지만, 함수의 코드가 그리로 복사되지는 않습니다. 코드는 .text에 그대로 있습니다.',
  },
  'hint.constRodata': {
    en: 'Read-only data that exists for the whole run belongs in .rodata, not in the writable .data.',
    ko: '프로그램 내내 존재하는 읽기 전용 데이터는 쓰기 가능한 .data가 아니라 .rodata에 놓입니다.',
  },
  'hint.literalNotVariable': {
    en: 'The variable that points to a literal may be on the stack, but the literal’s characters are not.',
    ko: '리터럴을 가리키는 변수는 스택에 있을 수 있지만, 리터럴의 문자들은 스택에 있지 않습니다.',
  },
  'hint.pointerNotLiteral': {
    en: 'Only the characters are read-only; the pointer (`const char *`) can still be made to point elsewhere.',
    ko: '읽기 전용인 것은 문자들뿐입니다. `const char *` 포인터 자체는 다른 곳을 가리키도록 바꿀 수 있습니다.',
  },
  'hint.globalNotStack': {
    en: 'A global exists before `main` starts and after it returns, so it cannot be in any function’s frame.',
    ko: '전역 변수는 `main`이 시작하기 전부터 반환한 뒤까지 존재하므로, 어떤 함수의 프레임에도 있을 수 없습니다.',
  },
  'hint.nonzeroData': {
    en: 'Its initial value is not zero, so the value must be stored in the file: .data, not .bss.',
    ko: '초기값이 0이 아니므로 그 값을 실행 파일에 저장해야 합니다. 그래서 .bss가 아니라 .data입니다.',
  },
  'hint.noInitBss': {
    en: 'With no initialiser, there is nothing to store in the file: .bss, not .data.',
    ko: '초기값이 없으면 실행 파일에 저장할 것이 없습니다. 그래서 .data가 아니라 .bss입니다.',
  },
  'hint.zeroIsBss': {
    en: 'Writing `= 0` still means “all zeros”, which needs no bytes in the file: .bss.',
    ko: '`= 0`이라고 써도 결국 “모두 0”이므로 실행 파일에 바이트가 필요 없습니다. 그래서 .bss입니다.',
  },
  'hint.staticNotStack': {
    en: '`static` inside a function does not mean “on the stack”: the variable outlives every call.',
    ko: '함수 안에 선언했어도 `static` 변수는 스택에 있지 않습니다. 모든 호출보다 오래 살아 있기 때문입니다.',
  },
  'hint.constNotRodata': {
    en: '`const` alone does not make a local variable live for the whole run; only `static` does that.',
    ko: '`const`만으로는 지역 변수가 프로그램 내내 살아 있게 되지 않습니다. 그렇게 만드는 것은 `static`입니다.',
  },
  'hint.arrayIsCopy': {
    en: 'The literal only supplies the initial characters; the array is a fresh, writable copy.',
    ko: '리터럴은 처음 문자들을 제공할 뿐이고, 배열은 새로 만든, 고쳐 쓸 수 있는 복사본입니다.',
  },
  'hint.pointerNotBlock': {
    en: 'The pointer and the block are two different things: the pointer is a local variable; the block it points to is on the heap.',
    ko: '포인터와 블록은 서로 다른 것입니다. 포인터는 지역 변수이고, 포인터가 가리키는 블록이 힙에 있습니다.',
  },
  'hint.blockNotFrame': {
    en: 'The block outlives the function that called `malloc`, so it cannot be in a stack frame.',
    ko: '이 블록은 `malloc`을 호출한 함수가 끝나도 남아 있으므로 스택 프레임에 있을 수 없습니다.',
  },

  // --- the C sample program ----------------------------------------------------------------------
  'c.libc': {
    en: '`#include <stdlib.h>` only declares `malloc` and `free`. Their machine code is in the C library (libc), a shared library that is mapped into the mmap region when the program starts.',
    ko: '`#include <stdlib.h>`는 `malloc`과 `free`를 선언할 뿐입니다. 두 함수의 기계어 코드는 C 라이브러리(libc)에 있고, libc는 프로그램이 시작할 때 공유 라이브러리로서 mmap 영역에 매핑됩니다.',
  },
  'c.buffer': {
    en: '`buffer` is a `static` array with no initialiser: 1 MiB (1,048,576 bytes) of zeros. The zeros are not stored in the executable (the file is only about 16 KB); the array lives in .bss, whose pages are zero-filled when the program starts.',
    ko: '`buffer` 배열은 초기값 없는 `static` 배열로, 0으로 된 1 MiB(1,048,576바이트)입니다. 이 0들은 실행 파일에 저장되지 않으며(실행 파일은 16 KB 남짓입니다), 배열은 BSS 영역(.bss)에 잡혀 프로그램이 시작할 때 그 페이지들이 0으로 채워집니다.',
  },
  'c.returnFrame': {
    en: '`return result;` hands the value back to the caller (in a register, on x86-64). Then the frame of `{fn}` is popped off the stack: `x` and `result` no longer exist.',
    ko: '`return result;`는 값을 호출한 쪽에 돌려줍니다(x86-64에서는 레지스터로). 그다음 `{fn}` 함수의 프레임이 스택에서 제거되어 `x`와 `result`는 더 이상 존재하지 않습니다.',
  },
  'c.callFrame': {
    en: 'Calling `{fn}` pushes a new frame for it on the stack, below the frame of `{caller}` (the stack grows toward lower addresses). The new frame holds `x`, `result` and the return address.',
    ko: '`{fn}` 함수를 호출하면 스택에서 `{caller}` 함수의 프레임 아래쪽(낮은 주소 쪽)에 새 프레임이 쌓입니다. 이 프레임에 `x`, `result`와 복귀 주소가 들어갑니다.',
  },
  'c.writeBlock': {
    en: 'The result is stored in the first element of the block on the heap. `nums` itself, on the stack, is only read, to find the block.',
    ko: '결과는 힙에 있는 블록의 첫 번째 원소에 저장됩니다. 스택에 있는 `nums` 변수는 블록의 위치를 알아내려고 읽기만 합니다.',
  },
  'c.free': {
    en: '`free(nums)` gives the 400 bytes back to the allocator, which may reuse them for a later `malloc`. `nums` still holds the old address: using it now would be a use-after-free bug.',
    ko: '`free(nums)`는 400바이트를 할당기에게 돌려주고, 할당기는 이 공간을 나중의 `malloc`에 다시 쓸 수 있습니다. `nums` 변수에는 여전히 옛 주소가 남아 있으므로, 지금 이 포인터를 쓰면 해제 후 사용(use-after-free) 버그가 됩니다.',
  },
  'c.returnMain': {
    en: '`return 0;` ends `main`: its frame, holding `n` and `nums`, is popped, and the process exits. The operating system then takes back the whole address space.',
    ko: '`return 0;`으로 `main` 함수가 끝나면 `n`과 `nums`가 들어 있던 프레임이 제거되고 프로세스가 종료됩니다. 그러면 운영체제가 주소 공간 전체를 회수합니다.',
  },
  'c.note.endSquare': {
    en: 'The end of `square`. A closing brace stores nothing in memory.',
    ko: '`square` 함수의 끝입니다. 닫는 중괄호 자체는 메모리에 아무것도 남기지 않습니다.',
  },
  'c.note.endMain': {
    en: 'The end of `main`. A closing brace stores nothing in memory.',
    ko: '`main` 함수의 끝입니다. 닫는 중괄호 자체는 메모리에 아무것도 남기지 않습니다.',
  },

  // --- the Python sample program ------------------------------------------------------------------
  'py.globalName': {
    en: 'A global name such as `{name}` is a key in the module’s dictionary (`globals()`), whose value is a reference to the object. The dictionary is itself an object, allocated by pymalloc in an arena (an anonymous mmap).',
    ko: '모듈 수준에서 만든 이름 `{name}`의 실체는 모듈 딕셔너리(`globals()`)의 키 하나이고, 그 값 자리에는 객체에 대한 참조가 들어 있습니다. 이 딕셔너리도 pymalloc이 아레나(익명 mmap 영역)에서 할당한 객체입니다.',
  },
  'py.moduleObject': {
    en: 'The `sys` module object already exists: the interpreter created it at start-up, in a pymalloc arena. `import sys` only finds it in `sys.modules` and binds the name to it.',
    ko: '`sys` 모듈 객체는 인터프리터가 시작할 때 이미 pymalloc 아레나에 만들어 둔 것입니다. `import sys`는 `sys.modules`에서 이 객체를 찾아 이름에 연결할 뿐입니다.',
  },
  'py.intObject': {
    en: '`{name}` is outside the small-int cache (−5 to 256), so it is a real int object: {size} bytes by `sys.getsizeof`, stored in a {block}-byte block of a pymalloc arena. It is a constant of the module’s code object, made when the module was compiled.',
    ko: '정수 `{name}`의 값은 작은 정수 캐시(−5~256) 범위 밖이므로 별도의 int 객체가 만들어집니다. 크기는 `sys.getsizeof`로 {size}바이트이고, pymalloc 아레나의 {block}바이트 블록 하나를 차지합니다. 이 객체는 모듈을 컴파일할 때 만든 코드 객체의 상수입니다.',
  },
  'py.functionObject': {
    en: '`def` runs when the module runs: it creates a function object and binds the name to it. The function object and its code object (the compiled bytecode) are heap objects — in pymalloc arenas when they are 512 bytes or less, from malloc when larger.',
    ko: '`def` 문은 모듈이 실행될 때 함께 실행되어 함수 객체를 만들고 이름을 그 객체에 연결합니다. 함수 객체와 코드 객체(컴파일된 바이트코드)는 힙 객체로, 512바이트 이하이면 pymalloc 아레나에, 그보다 크면 malloc으로 할당됩니다.',
  },
  'py.interpreterCode': {
    en: 'No machine code is generated for `{name}`: the interpreter’s own machine code, in the text segment of python3/libpython, reads its bytecode and executes it. (CPython 3.13+ has an experimental JIT, off by default.)',
    ko: '`{name}` 함수를 위한 기계어 코드는 따로 만들어지지 않습니다. python3/libpython의 코드 영역(.text)에 있는 인터프리터의 기계어 코드가 그 바이트코드를 읽어 실행합니다. (CPython 3.13부터 실험적인 JIT가 있지만 기본으로 꺼져 있습니다.)',
  },
  'py.frameSlot': {
    en: '`{name}` is a local name of `{fn}`: a slot in the frame of `{fn}` that holds a reference (an address), not the object. In CPython 3.11+ frames live on a per-thread stack made of 16 KiB chunks obtained with mmap; up to 3.10 each frame was a heap `PyFrameObject`. Either way, not in the C stack.',
    ko: '`{fn}` 함수의 지역 이름 `{name}`의 실체는 `{fn}` 프레임의 슬롯 하나로, 객체가 아니라 객체에 대한 참조(주소)를 담습니다. CPython 3.11부터 프레임은 스레드마다 하나씩 있는 전용 스택에 놓이며, 이 스택은 mmap으로 얻은 16 KiB 덩어리들로 이루어집니다. 3.10까지는 프레임마다 힙에 할당된 `PyFrameObject`였습니다. 어느 쪽이든 C 스택에는 놓이지 않습니다.',
  },
  'py.squareResult': {
    en: 'In this program `x` is 7, so `x * x` is {value}, a small int (−5 to 256): CPython 3.11+ returns the statically allocated object in libpython’s data segment instead of creating one. A larger result, such as that of `square(1000)`, would be a new int object in a pymalloc arena: the comment names both cases.',
    ko: '이 프로그램에서는 `x`가 7이므로 `x * x`의 결과는 {value}입니다. 결과 {value}도 작은 정수(−5~256) 범위에 들므로, CPython 3.11 이상은 새 객체를 만들지 않고 libpython 데이터 영역에 정적으로 할당된 객체를 돌려줍니다. `square(1000)`처럼 결과가 이보다 크면 pymalloc 아레나에 새 int 객체가 만들어집니다. 주석이 두 경우를 모두 적어 둔 까닭입니다.',
  },
  'py.returnFrame': {
    en: '`return` hands a reference back to the caller and pops the frame of `{fn}` off CPython’s frame stack: its local names disappear. An object survives as long as something still refers to it.',
    ko: '`return`은 참조를 호출한 쪽에 넘기고 CPython 프레임 스택에서 `{fn}` 함수의 프레임을 제거합니다. 지역 이름들은 사라지지만, 객체는 어딘가에서 참조하는 한 살아남습니다.',
  },
  'py.smallInt': {
    en: '`7` is a small int (−5 to 256). CPython 3.11+ allocates these statically, inside libpython’s data segment, so `n = 7` creates no object; only the reference in the slot of `n` is new. (3.8–3.10 created the small ints at start-up in pymalloc arenas.)',
    ko: '`7`은 작은 정수(−5~256)입니다. CPython 3.11 이상은 이런 정수를 libpython의 데이터 영역에 정적으로 할당해 두므로 `n = 7`은 객체를 새로 만들지 않고, 새로 생기는 것은 `n` 슬롯에 담긴 참조뿐입니다. (3.8~3.10은 시작할 때 pymalloc 아레나에 작은 정수들을 만들어 두었습니다.)',
  },
  'py.listObject': {
    en: 'The list object itself (its header: length, capacity and a pointer to the item array) is small — {size} bytes by `sys.getsizeof` — so pymalloc gives it a block in an arena.',
    ko: '리스트 객체 본체(길이, 용량, 항목 배열을 가리키는 포인터를 담은 머리 부분)는 `sys.getsizeof` 기준 {size}바이트로 작습니다. 그래서 pymalloc이 아레나의 블록 하나를 내줍니다.',
  },
  'py.listItems': {
    en: 'The item array holds {count} references of 8 bytes: {bytes} bytes. That is over pymalloc’s 512-byte limit, so the request goes on to malloc, which serves it from the [heap] (it is far below 128 KiB).',
    ko: '항목 배열은 8바이트짜리 참조 {count}개, 곧 {bytes}바이트입니다. pymalloc의 한도인 512바이트를 넘으므로 이 요청은 malloc으로 넘어가고, 128 KiB보다 한참 작으므로 malloc은 [heap]에서 내줍니다.',
  },
  'py.smallIntShared': {
    en: 'All {count} slots refer to the same object `0`, a small int in libpython’s static data (3.11+): `[0] * 100` copies references, not objects.',
    ko: '{count}개의 슬롯이 모두 같은 객체 `0`을 가리킵니다. `0`은 libpython 정적 데이터에 있는 작은 정수이며(3.11 이상), `[0] * 100`은 객체가 아니라 참조를 복사합니다.',
  },
  'py.callFrame': {
    en: 'Calling `{fn}` pushes a new frame for it on CPython’s frame stack (3.11+: mmap’d 16 KiB chunks; up to 3.10: a heap `PyFrameObject`). Since 3.11, one Python function calling another adds no C stack frame.',
    ko: '`{fn}` 함수를 호출하면 CPython 프레임 스택에 새 프레임이 쌓입니다(3.11 이상: mmap으로 얻은 16 KiB 덩어리, 3.10까지: 힙의 `PyFrameObject`). 3.11부터는 파이썬 함수가 다른 파이썬 함수를 불러도 C 스택 프레임이 늘어나지 않습니다.',
  },
  'py.storeSmallInt': {
    en: '`square(n)` returns 49, a small int in static data, and slot 0 of the list now refers to it. No new object was made.',
    ko: '`square(n)`은 정적 데이터에 있는 작은 정수 49를 돌려주고, 리스트의 0번 슬롯이 이제 이 객체를 가리킵니다. 새 객체는 만들어지지 않았습니다.',
  },
  'py.listSurvives': {
    en: 'The list outlives the frame of `main`: `return nums` hands its reference to the caller, so its reference count does not drop to zero.',
    ko: '리스트는 `main` 함수의 프레임보다 오래 삽니다. `return nums`가 참조를 호출한 쪽에 넘기므로 참조 카운트가 0이 되지 않기 때문입니다.',
  },
  'py.cStack': {
    en: 'The interpreter itself runs on the process’s C stack: `{name}`, the C function that executes bytecode, has its frame there. This region holds C frames only, never Python objects.',
    ko: '인터프리터 자체는 프로세스의 C 스택 위에서 실행됩니다. 바이트코드를 실행하는 C 함수 `{name}`의 프레임이 여기에 있습니다. 이 영역에는 C 프레임만 있을 뿐 파이썬 객체는 놓이지 않습니다.',
  },
  'py.listFreed': {
    en: 'The returned list is not stored anywhere, so its reference count drops to zero as soon as `main()` returns and CPython frees it at once: the list object’s block goes back to its pymalloc pool and the item array back to malloc — not to the operating system.',
    ko: '돌려받은 리스트를 아무 데도 저장하지 않으므로 `main()`이 반환하자마자 참조 카운트가 0이 되고, CPython이 즉시 해제합니다. 리스트 객체의 블록은 pymalloc 풀로, 항목 배열은 malloc으로 돌아갈 뿐 운영체제에 반환되지는 않습니다.',
  },

  // --- the exercise: UI ----------------------------------------------------------------------------
  'quiz.heading': { en: 'Which segment?', ko: '어느 영역일까?' },
  'quiz.intro': {
    en: 'Where does each item live while this program runs? Choose a segment for each one, then press “Check”.',
    ko: '이 프로그램이 실행되는 동안 각 항목은 어느 영역에 있을까요? 항목마다 영역을 고른 뒤 ‘채점’을 누르세요.',
  },
  'quiz.program': { en: 'Program for this problem', ko: '이 문제의 프로그램' },
  'quiz.legend': { en: 'Segment for {item} (line {line})', ko: '{item}의 영역 ({line}행)' },
  'quiz.check': { en: 'Check', ko: '채점' },
  'quiz.retry': { en: 'Try again', ko: '다시 풀기' },
  'quiz.new': { en: 'New problem', ko: '새 문제' },
  'quiz.correct': { en: '✓ Correct.', ko: '✓ 정답입니다.' },
  'quiz.wrong': { en: '✗ Not quite. The right answer: {segment}.', ko: '✗ 틀렸습니다. 정답은 {segment}입니다.' },
  'quiz.unanswered': { en: '✗ No answer. The right answer: {segment}.', ko: '✗ 답을 고르지 않았습니다. 정답은 {segment}입니다.' },
  'quiz.score': { en: '{k} of {n} correct.', ko: '{n}개 중 {k}개를 맞혔습니다.' },
  'quiz.allCorrect': { en: 'All {n} correct!', ko: '{n}개 모두 맞혔습니다!' },
  'quiz.retryAnnounce': {
    en: '{n} answers cleared. Choose again, then press “Check”.',
    ko: '답 {n}개를 지웠습니다. 다시 고른 뒤 ‘채점’을 누르세요.',
  },
  'quiz.problemNo': { en: 'Problem no. {seed}', ko: '문제 번호 {seed}' },
  'quiz.newAnnounce': { en: 'New problem with {n} items.', ko: '새 문제입니다. 항목은 {n}개입니다.' },
};
