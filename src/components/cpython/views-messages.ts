// Strings of chapter 7's LayerDiagram and ListGrowthPlayer islands (en + ko), and the
// server-side helpers that hand an island its page language's strings only.
import { messagesFor, type Lang, type Messages, type Strings } from '../../i18n/lang';
import { playerStrings } from '../../i18n/player';
import { LAYER_MESSAGES } from '../../sim/pymalloc/layer-messages';
import { PYMALLOC_MESSAGES } from '../../sim/pymalloc/messages';

export const cpythonViewStrings = {
  // LayerDiagram
  'cpy.layers.heading': { en: "CPython's memory layers", ko: 'CPython 메모리 관리의 계층' },
  'cpy.layers.intro': {
    en: 'Pick a layer or an allocation domain to read what it does, which functions belong to it and what changed between versions. The build choice shows which allocator each domain uses.',
    ko: '계층이나 할당 도메인을 고르면 그것이 하는 일, 속한 함수, 버전에 따라 달라진 점을 볼 수 있습니다. 빌드를 바꾸면 도메인마다 어떤 할당기를 쓰는지도 달라집니다.',
  },
  'cpy.layers.build': { en: 'Build', ko: '빌드' },
  'cpy.layers.list': { en: 'Layers, from objects (+3) down to RAM (−2)', ko: '계층: 객체(+3)에서 RAM(−2)까지' },
  'cpy.layers.domains': { en: 'Allocation domains', ko: '할당 도메인' },
  'cpy.layers.option': { en: 'Layer {level}: {name}', ko: '{level} 계층: {name}' },
  'cpy.layers.domainOption': { en: '{name} domain ({constant})', ko: '{name} 도메인 ({constant})' },
  'cpy.layers.off': { en: 'not used', ko: '사용 안 함' },
  'cpy.layers.kernel': { en: 'Kernel', ko: '커널' },
  'cpy.layers.process': { en: 'Process', ko: '프로세스' },
  'cpy.layers.through': { en: 'Domains through here: {domains}', ko: '이 계층을 지나는 도메인: {domains}' },
  'cpy.layers.throughNone': { en: 'No domain passes here in this build', ko: '이 빌드에서는 지나는 도메인이 없음' },
  'cpy.layers.what': { en: 'What it does', ko: '하는 일' },
  'cpy.layers.serves': { en: 'Requests it serves', ko: '처리하는 요청' },
  'cpy.layers.functions': { en: 'Functions', ko: '함수' },
  'cpy.layers.noFunctions': { en: 'None: hardware, reached only through the kernel.', ko: '없음: 하드웨어이며 커널을 통해서만 쓰입니다.' },
  'cpy.layers.kind.c-api': { en: 'C API', ko: 'C API' },
  'cpy.layers.kind.c-api-macro': { en: 'C API macros', ko: 'C API 매크로' },
  'cpy.layers.kind.libc': { en: 'C library', ko: 'C 라이브러리' },
  'cpy.layers.kind.kernel': { en: 'System calls (POSIX; Windows)', ko: '시스템 콜 (POSIX; 윈도우)' },
  'cpy.layers.notes': { en: 'Version notes', ko: '버전별 메모' },
  'cpy.layers.noNotes': { en: 'No version-specific facts.', ko: '버전에 따라 달라지는 내용이 없습니다.' },
  'cpy.layers.noteVersion': { en: 'Python {version}', ko: '파이썬 {version}' },
  'cpy.layers.tag.SRC': { en: 'CPython source', ko: 'CPython 소스' },
  'cpy.layers.tag.DOC': { en: 'Python docs', ko: '파이썬 문서' },
  'cpy.layers.tag.LOCAL': { en: 'measured', ko: '직접 측정' },
  'cpy.layers.tag.ISSUE': { en: 'CPython issue', ko: 'CPython 이슈' },
  'cpy.layers.correction': { en: 'A common misreading', ko: '흔한 오해' },
  'cpy.layers.inBuild': { en: 'In the {build}', ko: '{build} 에서' },
  'cpy.layers.allocator': { en: 'Allocator: {allocator}', ko: '할당기: {allocator}' },
  'cpy.layers.debugHooks': { en: ', wrapped in debug hooks', ko: ', 디버그 훅으로 감쌈' },
  'cpy.layers.gil': { en: 'GIL', ko: 'GIL' },
  'cpy.layers.gilYes': { en: 'Call with the GIL held.', ko: 'GIL 을 쥔 채 호출해야 합니다.' },
  'cpy.layers.gilNo': { en: 'No GIL needed; thread-safe.', ko: 'GIL 이 필요 없고 스레드 안전합니다.' },
  'cpy.layers.routes': { en: 'Path of a request', ko: '요청이 지나는 길' },
  'cpy.layers.route': { en: '{when}: {path}', ko: '{when}: {path}' },
  'cpy.layers.purpose': { en: 'Purpose', ko: '용도' },
  'cpy.layers.defaults': { en: 'Default allocator of each domain, per build', ko: '빌드별 각 도메인의 기본 할당기' },
  'cpy.layers.buildCol': { en: 'Build', ko: '빌드' },
  'cpy.layers.nameCol': { en: 'Name', ko: '이름' },
  'cpy.layers.noName': { en: '—', ko: '—' },
  'cpy.layers.pythonmalloc': { en: 'Values of PYTHONMALLOC', ko: 'PYTHONMALLOC 값' },
  'cpy.layers.since': { en: 'since {version}', ko: '{version}부터' },
  'cpy.layers.debugValue': { en: 'debug hooks', ko: '디버그 훅' },
  'cpy.layers.picture': { en: 'About this picture', ko: '이 그림에 대해' },
  'cpy.layers.keys': {
    en: 'Keys: in the layer list ↑ ↓ (Home/End) move; in the domains ← →. The selection follows the focus.',
    ko: '단축키: 계층 목록에서 ↑ ↓ (Home/End), 도메인에서 ← → 로 이동합니다. 초점이 가는 항목이 선택됩니다.',
  },
  'cpy.layers.announceLayer': { en: 'Layer {level}, {name}. {role}', ko: '{level} 계층, {name}. {role}' },
  'cpy.layers.announceDomain': {
    en: '{name} domain: {allocator} in the {build}. {purpose}',
    ko: '{name} 도메인: {build} 에서는 {allocator}. {purpose}',
  },
  'cpy.layers.announceBuild': { en: '{build}: RAW uses {raw}, MEM uses {mem}, OBJ uses {obj}.', ko: '{build}: RAW → {raw}, MEM → {mem}, OBJ → {obj}.' },

  // ListGrowthPlayer
  'cpy.growth.heading': { en: 'How a list grows', ko: '리스트가 자라는 방식' },
  'cpy.growth.intro': {
    en: 'Append items one at a time to an empty list and watch its capacity: the number of item slots it has allocated. When the list is full, `list_resize` reallocates the array with room to spare, so most appends need no new memory.',
    ko: '빈 리스트에 항목을 하나씩 append 하면서 용량, 즉 할당해 둔 항목 칸의 수를 지켜보세요. 꽉 찬 리스트에 항목을 더하면 `list_resize` 가 여유분을 두고 배열을 다시 할당하므로, 대부분의 append 는 새 메모리가 필요 없습니다.',
  },
  'cpy.growth.version': { en: 'CPython version', ko: 'CPython 버전' },
  'cpy.growth.compare': { en: 'Compare with', ko: '비교할 버전' },
  'cpy.growth.formula': { en: 'Over-allocation in CPython {version} ({versions}, {origin}):', ko: 'CPython {version} 의 초과 할당 공식 ({versions}, {origin}):' },
  'cpy.growth.length': { en: 'Length', ko: '길이' },
  'cpy.growth.capacity': { en: 'Capacity', ko: '용량' },
  'cpy.growth.itemBytes': { en: 'Item array', ko: '항목 배열' },
  'cpy.growth.itemBytesValue': { en: '{capacity} × 8 = {bytes} bytes', ko: '{capacity} × 8 = {bytes}바이트' },
  'cpy.growth.getsizeof': { en: 'sys.getsizeof(list)', ko: 'sys.getsizeof(list)' },
  'cpy.growth.getsizeofValue': {
    en: '{empty} + {items} = {bytes} bytes (header {empty} measured on CPython {measured})',
    ko: '{empty} + {items} = {bytes}바이트 (헤더 {empty}바이트는 CPython {measured} 에서 측정)',
  },
  'cpy.growth.getsizeofUnknown': {
    en: 'not given for {version}: the header size was measured on CPython {measured} only',
    ko: '{version} 에서는 제시하지 않음: 헤더 크기는 CPython {measured} 에서만 측정했습니다',
  },
  'cpy.growth.slots': { en: '{length} of {capacity} slots in use', ko: '{capacity}칸 중 {length}칸 사용' },
  'cpy.growth.steps': { en: 'Append steps', ko: 'append 단계' },
  'cpy.growth.initial': {
    en: 'An empty list: length 0, capacity 0, no item array yet.',
    ko: '빈 리스트: 길이 0, 용량 0 이며 항목 배열은 아직 없습니다.',
  },
  'cpy.growth.resize': {
    en: 'Append #{n}: the list is full (capacity {before}), so list_resize grows it: {calc}. Capacity {before} → {after}; item array {beforeBytes} → {afterBytes} bytes.',
    ko: '{n}번째 append: 리스트가 꽉 찼으므로(용량 {before}) list_resize 가 배열을 키웁니다: {calc}. 용량 {before} → {after}, 항목 배열 {beforeBytes} → {afterBytes}바이트.',
  },
  'cpy.growth.noResize': {
    en: 'Append #{n}: length {n} fits in capacity {capacity}; no reallocation, the item goes into a spare slot.',
    ko: '{n}번째 append: 길이 {n} 이 용량 {capacity} 안에 들어가므로 재할당 없이 남는 칸에 넣습니다.',
  },
  'cpy.growth.table': { en: 'Capacity after each append: CPython {a} and {b}', ko: 'append 마다의 용량: CPython {a}, {b}' },
  'cpy.growth.appendCol': { en: 'Append (length)', ko: 'append (길이)' },
  'cpy.growth.capCol': { en: 'Capacity, {version}', ko: '용량, {version}' },
  'cpy.growth.resized': { en: 'resized', ko: '재할당' },
  'cpy.growth.resizes': { en: 'Reallocations in {n} appends: {a}: {ka}; {b}: {kb}.', ko: 'append {n}번 동안의 재할당 횟수: {a} 에서 {ka}번, {b} 에서 {kb}번.' },
  'cpy.growth.pathNote': {
    en: 'Only this append-by-append sequence is stable to teach: `[0]*5`, `list(range(5))`, literals and comprehensions preallocate differently, and differently across versions.',
    ko: '가르칠 만큼 안정적인 것은 이렇게 하나씩 append 할 때의 순서뿐입니다. `[0]*5`, `list(range(5))`, 리터럴, 컴프리헨션은 미리 할당하는 크기가 다르고, 버전마다도 다릅니다.',
  },
} satisfies Strings;

/** LayerDiagram's strings in `lang`: its own, plus the sentences of src/sim/pymalloc/layers.ts. */
export function layerDiagramMessages(lang: Lang): Messages {
  return messagesFor([cpythonViewStrings, LAYER_MESSAGES], lang, ['cpy.layers.', 'layers.']);
}

/** ListGrowthPlayer's strings in `lang`: its own, the step player's and the core's errors. */
export function listGrowthMessages(lang: Lang): Messages {
  return messagesFor([cpythonViewStrings, playerStrings, PYMALLOC_MESSAGES], lang, ['cpy.growth.', 'player.', 'error.pymalloc.']);
}
