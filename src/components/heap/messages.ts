// Strings of the chapter 6 islands (src/components/heap/), en + ko, and the server-side helpers
// that give each island only its page language's strings.
import { messagesFor, type Lang, type Messages, type Strings } from '../../i18n/lang';
import { playerStrings } from '../../i18n/player';
import { SIM_MESSAGES } from '../../sim/messages';
import { ALLOCATOR_MESSAGES } from '../../sim/heap/allocator-messages';
import { ALLOC_FIT_MESSAGES } from '../../sim/heap/allocator-exercise-messages';
import { GAME_SERVER_MESSAGES } from '../../sim/heap/game-server-messages';
import { exerciseMessagesOf } from '../recursion/messages';

export const HEAP_STRINGS = {
  // Placement policies
  'heap.policy.first-fit': { en: 'first-fit', ko: 'first-fit (최초 적합)' },
  'heap.policy.next-fit': { en: 'next-fit', ko: 'next-fit (다음 적합)' },
  'heap.policy.best-fit': { en: 'best-fit', ko: 'best-fit (최적 적합)' },
  'heap.policy.worst-fit': { en: 'worst-fit', ko: 'worst-fit (최악 적합)' },
  'heap.rule.first-fit': {
    en: 'first-fit: scan from the lowest address, take the first free block that is big enough.',
    ko: 'first-fit: 낮은 주소부터 훑어서, 충분히 큰 첫 빈 블록을 잡습니다.',
  },
  'heap.rule.next-fit': {
    en: 'next-fit: like first-fit, but start at the rover (where the last search ended) and wrap around at the end.',
    ko: 'next-fit: first-fit 과 같지만, 이동 포인터(지난번 탐색이 끝난 곳)에서 출발하고 힙 끝에 닿으면 처음으로 돌아갑니다.',
  },
  'heap.rule.best-fit': {
    en: 'best-fit: look at every free block, take the smallest one that is big enough.',
    ko: 'best-fit: 빈 블록을 모두 살펴보고, 충분히 큰 것 가운데 가장 작은 블록을 잡습니다.',
  },
  'heap.rule.worst-fit': {
    en: 'worst-fit: look at every free block, take the largest one.',
    ko: 'worst-fit: 빈 블록을 모두 살펴보고, 가장 큰 블록을 잡습니다.',
  },

  // The block map (HeapMap.svelte)
  'heap.map.caption': {
    en: 'Blocks of the heap: {size} bytes from {start} to {end}; number of blocks: {count}',
    ko: '힙의 블록: {start} 부터 {end} 까지 {size}바이트, 블록 {count}개',
  },
  'heap.map.address': { en: 'Address', ko: '주소' },
  'heap.map.size': { en: 'Payload bytes', ko: '페이로드 바이트' },
  'heap.map.state': { en: 'State', ko: '상태' },
  'heap.map.handle': { en: 'Pointer', ko: '포인터' },
  'heap.map.requested': { en: 'Requested', ko: '요청 크기' },
  'heap.map.unused': { en: 'Unused', ko: '남는 바이트' },
  'heap.map.free': { en: 'free', ko: '빈 블록' },
  'heap.map.used': { en: 'allocated', ko: '할당됨' },
  'heap.map.zeroed': { en: 'allocated (zeroed)', ko: '할당됨(0으로 채움)' },
  'heap.map.current': { en: 'now: {what}', ko: '지금: {what}' },
  'heap.map.looked': { en: 'looked at', ko: '살펴보는 중' },
  'heap.map.chosen': { en: 'chosen', ko: '선택됨' },
  'heap.map.changed': { en: 'changed', ko: '바뀜' },
  'heap.map.rover': { en: 'rover', ko: '이동 포인터' },
  'heap.map.roverAt': { en: 'Next-fit rover: {address}', ko: 'next-fit 이동 포인터: {address}' },
  'heap.map.legend': {
    en: 'Drawn to scale. Grey strips: 16-byte headers. Filled: allocated (faded end: unused bytes). Striped: free.',
    ko: '실제 크기 비율로 그렸습니다. 회색 띠: 16바이트 헤더, 채워진 칸: 할당된 블록(흐릿한 끝부분은 쓰이지 않는 바이트), 빗금: 빈 블록.',
  },
  'heap.map.none': { en: '—', ko: '—' },

  // Fragmentation meter (HeapStatsView.svelte)
  'heap.stats.title': { en: 'Fragmentation meter', ko: '단편화 측정기' },
  'heap.stats.used': { en: 'In use (payload)', ko: '사용 중(페이로드)' },
  'heap.stats.free': { en: 'Free', ko: '비어 있음' },
  'heap.stats.headers': { en: 'Headers', ko: '헤더' },
  'heap.stats.largest': { en: 'Largest free block', ko: '가장 큰 빈 블록' },
  'heap.stats.external': { en: 'External fragmentation', ko: '외부 단편화' },
  'heap.stats.externalValue': {
    en: '{percent}% (1 − largest free ÷ all free)',
    ko: '{percent}% (1 − 가장 큰 빈 블록 ÷ 전체 빈 공간)',
  },
  'heap.stats.internal': { en: 'Internal fragmentation', ko: '내부 단편화' },
  'heap.stats.internalValue': {
    en: '{n} bytes allocated but not requested',
    ko: '할당됐지만 요청하지 않은 {n}바이트',
  },
  'heap.stats.bytes': { en: '{n} bytes', ko: '{n}바이트' },

  // Allocator playground
  'heap.play.title': { en: 'Allocator playground', ko: '할당기 플레이그라운드' },
  'heap.play.titleCaption': { en: 'Allocator playground: {caption}', ko: '할당기 플레이그라운드: {caption}' },
  'heap.play.policy': { en: 'Placement policy', ko: '배치 정책' },
  'heap.play.script': { en: 'Operations', ko: '연산' },
  'heap.play.hint': {
    en: 'One command per line, or separated by commas: a = malloc 100, b = calloc 4 25, a = realloc a 200, free b. free 0x1010 frees a raw address. Ctrl+Enter runs.',
    ko: '한 줄에 명령 하나, 또는 쉼표로 구분합니다. 예: a = malloc 100, b = calloc 4 25, a = realloc a 200, free b. free 0x1010 처럼 주소를 직접 해제할 수도 있습니다. Ctrl+Enter 로 실행합니다.',
  },
  'heap.play.run': { en: 'Run', ko: '실행' },
  'heap.play.invalid': { en: 'This script cannot run: {message}', ko: '이 스크립트는 실행할 수 없습니다. {message}' },
  'heap.play.errorHere': { en: 'error here', ko: '오류 위치' },
  'heap.play.input': { en: 'Script', ko: '스크립트' },
  'heap.play.ops': { en: 'Commands of the script', ko: '스크립트의 명령' },
  'heap.play.prefix': {
    en: 'The heap below shows the commands before the error.',
    ko: '아래 힙은 오류가 난 명령 직전까지의 모습입니다.',
  },
  'heap.play.tooLong': { en: 'The script is too long to keep in the page link.', ko: '스크립트가 너무 길어 페이지 링크에 담지 못했습니다.' },
  'heap.play.heapInfo': {
    en: 'Heap: {size} bytes from {start}; a 16-byte header before every block; sizes rounded up to 16.',
    ko: '힙: {start} 부터 {size}바이트. 블록마다 앞에 16바이트 헤더가 붙고, 크기는 16의 배수로 올립니다.',
  },
  'heap.play.add': { en: 'Add an operation', ko: '연산 추가' },
  'heap.play.bytes': { en: 'Bytes', ko: '바이트 수' },
  'heap.play.pointer': { en: 'Pointer', ko: '포인터' },
  'heap.play.malloc': { en: 'malloc', ko: 'malloc' },
  'heap.play.mallocLabel': { en: 'Add malloc of the given bytes', ko: '입력한 바이트 수로 malloc 추가' },
  'heap.play.free': { en: 'free', ko: 'free' },
  'heap.play.freeLabel': { en: 'Add free of the chosen pointer', ko: '고른 포인터를 free 하는 명령 추가' },
  'heap.play.realloc': { en: 'realloc', ko: 'realloc' },
  'heap.play.reallocLabel': { en: 'Add realloc of the chosen pointer to the given bytes', ko: '고른 포인터를 입력한 바이트 수로 realloc 하는 명령 추가' },
  'heap.play.clear': { en: 'Clear the script', ko: '스크립트 지우기' },
  'heap.play.noPointers': { en: '(no pointers yet)', ko: '(아직 포인터 없음)' },
  'heap.play.badBytes': { en: 'Type a whole number of bytes (0 or more) first.', ko: '먼저 0 이상의 정수 바이트 수를 입력하세요.' },
  'heap.play.pointers': { en: 'Pointers', ko: '포인터 변수' },
  'heap.play.pointerAt': { en: '{name} = {address}', ko: '{name} = {address}' },
  'heap.play.pointerNull': { en: '{name} = NULL', ko: '{name} = NULL' },
  'heap.play.pointerFreed': {
    en: '{name} = {address} (freed: a dangling pointer)',
    ko: '{name} = {address} (해제됨: 댕글링 포인터)',
  },
  'heap.play.optionFreed': { en: '{name} (freed)', ko: '{name} (해제됨)' },
  'heap.play.optionNull': { en: '{name} (NULL)', ko: '{name} (NULL)' },
  'heap.play.steps': { en: 'Allocator steps', ko: '할당기 단계' },

  // Game server
  'heap.game.title': {
    en: 'A game server: reserve every record, or allocate at login?',
    ko: '게임 서버: 레코드를 전부 미리 잡을까, 접속할 때 할당할까?',
  },
  'heap.game.intro': {
    en: 'The game has {members} members; in the evening about {peak} are online. A player record (struct player above: id, level, position, name and inventory) is {record} bytes. A reserves an array of {members} records before anyone logs in. B mallocs a record when a player logs in (a {block}-byte block, header included) and frees it when the player logs out.',
    ko: '이 게임의 회원은 {members}명이고, 저녁이면 {peak}명쯤 접속해 있습니다. 플레이어 레코드 하나(위의 struct player: 아이디, 레벨, 위치, 이름, 인벤토리)는 {record}바이트입니다. A 는 누가 접속하기도 전에 {members}명분 레코드 배열을 잡아 둡니다. B 는 플레이어가 접속할 때 레코드를 malloc 하고(헤더를 포함해 {block}바이트 블록), 접속을 끊을 때 free 합니다.',
  },
  'heap.game.time': { en: 'Time of day', ko: '시각' },
  'heap.game.clock': { en: '{hh}:00', ko: '{hh}시' },
  'heap.game.clockMinute': { en: '{hh}:{mm}', ko: '{hh}시 {mm}분' },
  'heap.game.play': { en: 'Play the day', ko: '하루 재생' },
  'heap.game.pause': { en: 'Pause', ko: '일시 정지' },
  'heap.game.newDay': { en: 'Simulate another day', ko: '다른 하루 시뮬레이션' },
  'heap.game.dayNo': { en: 'Day no. {seed}', ko: '{seed}번째 날' },
  'heap.game.readout': {
    en: '{time}: {online} players online. A holds {a} bytes. B holds {b} bytes in {online} blocks; its heap reaches {top} bytes, {holes} of them holes left by players who logged out.',
    ko: '{time}: {online}명 접속 중. A 는 {a}바이트를 차지합니다. B 는 블록 {online}개에 {b}바이트를 차지하고, 힙은 {top}바이트까지 뻗어 있으며 그중 {holes}바이트는 접속을 끊은 플레이어가 남긴 구멍입니다.',
  },
  'heap.game.chart': {
    en: 'Chart of the day: players online; the bytes held by A and by B; and B up close, its live blocks below its heap top with the holes between them. The table below gives the same figures hour by hour.',
    ko: '하루 동안의 접속자 수, A 와 B 가 차지한 바이트, 그리고 B 를 확대해 살아 있는 블록과 힙의 끝, 그 사이의 구멍을 그린 그래프입니다. 아래 표에 같은 수치가 시간대별로 있습니다.',
  },
  'heap.game.online': { en: 'Players online', ko: '접속자 수' },
  'heap.game.bytes': { en: 'Bytes held', ko: '차지한 바이트' },
  'heap.game.legendA': { en: 'A: static array', ko: 'A: 정적 배열' },
  'heap.game.legendB': { en: 'B: live blocks', ko: 'B: 살아 있는 블록' },
  'heap.game.legendTop': { en: 'B: heap top', ko: 'B: 힙의 끝' },
  'heap.game.legendHoles': { en: 'B: holes', ko: 'B: 구멍' },
  'heap.game.zoom': { en: 'B up close', ko: 'B 확대' },
  'heap.game.table': { en: 'The day hour by hour (table)', ko: '하루를 시간대별로 (표)' },
  'heap.game.tableCaption': { en: 'Players online and bytes held, on the hour', ko: '정시마다의 접속자 수와 차지한 바이트' },
  'heap.game.colTime': { en: 'Time', ko: '시각' },
  'heap.game.colOnline': { en: 'Online', ko: '접속자' },
  'heap.game.colA': { en: 'A (bytes)', ko: 'A (바이트)' },
  'heap.game.colB': { en: 'B live (bytes)', ko: 'B 사용 중 (바이트)' },
  'heap.game.colTop': { en: 'B heap top (bytes)', ko: 'B 힙의 끝 (바이트)' },
  'heap.game.colHoles': { en: 'B holes (bytes)', ko: 'B 구멍 (바이트)' },
  'heap.game.conclusion': {
    en: 'All day, A holds {a} bytes, room for all {members} members, although at most {peak} were online at once (around {peakTime}). B never held more than {bLive} bytes of records, and its heap never reached past {bTop} bytes: {ratio}% of A.',
    ko: 'A 는 하루 종일 {members}명 모두를 위한 {a}바이트를 차지하지만, 동시에 접속한 사람은 많아야 {peak}명이었습니다({peakTime} 무렵). B 가 레코드에 쓴 메모리는 가장 많을 때도 {bLive}바이트였고, 힙도 {bTop}바이트를 넘지 않았습니다. A 의 {ratio}% 입니다.',
  },
  'heap.game.price': {
    en: 'The price of B: {sessions} mallocs and about as many frees in one day, a 16-byte header on every record, and holes in the middle of the heap when players there log out. A brk heap is given back to the system only from its top, so B keeps its high point until the blocks at the top are freed.',
    ko: 'B 의 대가도 있습니다. 하루에 malloc 이 {sessions}번, free 도 그만큼 일어나고, 레코드마다 16바이트 헤더가 붙으며, 힙 가운데에 있던 플레이어가 나가면 구멍이 생깁니다. brk 로 늘린 힙은 맨 위쪽부터만 시스템에 돌려줄 수 있으므로, 맨 위의 블록이 해제되기 전까지 B 는 가장 높이 올라갔던 만큼을 그대로 쥐고 있습니다.',
  },

  // Allocator exercise (ProficiencyExercise strings: exercise.allocfit.*)
  'exercise.allocfit.heading': { en: 'Exercise: pick the block the policy chooses', ko: '연습: 배치 정책이 고를 블록 찾기' },
  'exercise.allocfit.task': {
    en: 'A heap with holes receives {count} malloc requests in a row, with no free in between. For each request, choose the free block that {policy} takes, or “No block fits” when malloc returns NULL. Requests are rounded up to a multiple of 16 bytes, and every block has a 16-byte header.',
    ko: '구멍이 난 힙에 malloc 요청이 {count}번 연달아 들어옵니다(사이에 free 는 없습니다). 요청마다 {policy} 이 잡을 빈 블록을 고르고, malloc 이 NULL 을 돌려준다면 ‘들어갈 블록 없음’을 고르세요. 요청 크기는 16바이트의 배수로 올리고, 블록마다 16바이트 헤더가 있습니다.',
  },
  'exercise.allocfit.policy': { en: 'Policy', ko: '배치 정책' },
  'exercise.allocfit.request': {
    en: 'Request {n} of {total}: malloc({request}) needs a block of at least {need} bytes.',
    ko: '{total}개 중 {n}번째 요청: malloc({request}) 에는 {need}바이트 이상의 블록이 필요합니다.',
  },
  'exercise.allocfit.allDone': { en: 'All {total} requests are handled.', ko: '요청 {total}개를 모두 처리했습니다.' },
  'exercise.allocfit.blocks': { en: 'Free blocks: choose one', ko: '빈 블록 중 하나를 고르세요' },
  'exercise.allocfit.blockButton': { en: '{address} ({size} bytes)', ko: '{address} ({size}바이트)' },
  'exercise.allocfit.pickLabel': { en: 'the block at {address}', ko: '{address} 의 블록' },
  'exercise.allocfit.pick': { en: 'Pick a free block', ko: '빈 블록 고르기' },
  'exercise.allocfit.null': { en: 'No block fits: NULL', ko: '들어갈 블록 없음: NULL' },
  'exercise.allocfit.requests': { en: 'Requests', ko: '요청' },
  'exercise.allocfit.heap': { en: 'Heap (address: bytes)', ko: '힙 (주소: 바이트)' },
  'exercise.allocfit.freeTag': { en: 'free', ko: '빈' },
} satisfies Strings;

const NO_WHY = (all: Messages): Messages => Object.fromEntries(Object.entries(all).filter(([k]) => !k.includes('.why.')));

/** The allocator playground's strings: the step player, the map and meter, the narration and errors. */
export function playgroundMessages(lang: Lang): Messages {
  return NO_WHY(
    messagesFor([SIM_MESSAGES, ALLOCATOR_MESSAGES, playerStrings, HEAP_STRINGS], lang, [
      'player.',
      'stop.',
      'alloc.',
      'error.alloc.',
      'heap.policy.',
      'heap.rule.',
      'heap.map.',
      'heap.stats.',
      'heap.play.',
    ]),
  );
}

export function gameServerMessages(lang: Lang): Messages {
  return messagesFor([HEAP_STRINGS, GAME_SERVER_MESSAGES], lang, ['heap.game.', 'error.game.']);
}

/** The exercise's strings: ProficiencyExercise's, `exercise.allocfit.*`, the map, the narration and reasons. */
export function allocExerciseMessages(lang: Lang): Messages {
  return exerciseMessagesOf(lang, 'allocfit', ['allocfit.', 'alloc.', 'heap.policy.', 'heap.rule.', 'heap.map.'], [HEAP_STRINGS, ALLOCATOR_MESSAGES, ALLOC_FIT_MESSAGES]);
}
