// The book's Korean terms: one word per concept, in the chapters, the interface and the glossary
// alike. Contributors look a term up here; a test reads `avoid` to catch the other spellings on
// Korean pages (outside code, where `push` and `undo` are names, not words).

export interface Term {
  /** The concept, in English as the English pages say it. */
  readonly english: string;
  /** The Korean the book uses (the first mention in a chapter may add the English in parentheses). */
  readonly korean: string;
  /** Other spellings of the same concept that must not appear in Korean prose or interface text. */
  readonly avoid: readonly RegExp[];
  /** Other names a reader may know from other books: the glossary lists them under the term, not used elsewhere. */
  readonly aliases?: readonly string[];
}

/** A Latin word used as a Korean verb or noun ("push 하고", "pop 되며", "undo 에", "Back 스택"). */
const latinAsKorean = (word: string): RegExp => new RegExp(`(?<![\\w.\`(])${word}\\s?(?=[가-힣])`, 'i');

export const TERMS: readonly Term[] = [
  { english: 'push', korean: '푸시', avoid: [latinAsKorean('push')] },
  { english: 'pop', korean: '팝', avoid: [latinAsKorean('pop')] },
  { english: 'peek', korean: '피크', avoid: [latinAsKorean('peek')] },
  { english: 'top (of a stack)', korean: '꼭대기', avoid: [/스택의? 맨 위/, /맨 위 프레임/, latinAsKorean('top')] },
  { english: 'undo stack', korean: '실행 취소 스택', avoid: [/undo\s?스택/i] },
  { english: 'redo stack', korean: '다시 실행 스택', avoid: [/redo\s?스택/i] },
  { english: 'back stack', korean: '뒤로 스택', avoid: [/back\s?스택/i, latinAsKorean('back')] },
  { english: 'forward stack', korean: '앞으로 스택', avoid: [/forward\s?스택/i, latinAsKorean('forward')] },
  { english: 'undo', korean: '실행 취소', avoid: [latinAsKorean('undo')] },
  { english: 'redo', korean: '다시 실행', avoid: [latinAsKorean('redo')] },
  { english: 'return address', korean: '반환 주소', avoid: [/복귀 주소/] },
  { english: 'initial value', korean: '초깃값', avoid: [/초기값/] },
  { english: 'randomization (ASLR)', korean: '난수화', avoid: [/무작위화/] },
  // 영역 stays the word for any region of the map (mmap 영역); a named segment is a 세그먼트.
  { english: 'segment', korean: '세그먼트(영역)', avoid: [/(?:데이터|BSS|코드|텍스트) 영역\s*\(\./] },
  { english: 'reference count', korean: '참조 카운트', avoid: [/참조 횟수/, /참조 계수/, /레퍼런스 카운트/] },
  { english: 'cyclic garbage collector', korean: '순환 가비지 컬렉터(GC)', avoid: [/수집기/] },
  { english: 'unreachable', korean: '도달할 수 없는', avoid: [/도달 불가/] },
  { english: 'first fit', korean: '최초 적합(first fit)', avoid: [/(?<!\()first[ -]fit/i] },
  { english: 'next fit', korean: '다음 적합(next fit)', avoid: [/(?<!\()next[ -]fit/i] },
  { english: 'best fit', korean: '최적 적합(best fit)', avoid: [/(?<!\()best[ -]fit/i] },
  { english: 'worst fit', korean: '최악 적합(worst fit)', avoid: [/(?<!\()worst[ -]fit/i] },
  { english: 'private heap', korean: '비공개 힙', avoid: [/사설 힙/] },
  { english: 'glossary', korean: '용어 사전', avoid: [/용어집/] },
  { english: 'progress', korean: '학습 기록', avoid: [/진도/] },
  { english: 'backtracking', korean: '백트래킹', avoid: [], aliases: ['퇴각 검색', '되추적'] },
  { english: 'free list', korean: '프리 리스트', avoid: [/자유 리스트/], aliases: ['가용 리스트'] },
  { english: 'stack frame', korean: '스택 프레임', avoid: [], aliases: ['활성 레코드'] },
  { english: 'underflow', korean: '언더플로', avoid: [/언더플로우/] },
  { english: 'overflow', korean: '오버플로', avoid: [/오버플로우/] },
];
