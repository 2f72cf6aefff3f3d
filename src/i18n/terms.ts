// The book's Korean terms: one word per concept, in the chapters, the interface and the glossary
// alike. Contributors look a term up here; a test reads `avoid` to catch the other spellings on
// Korean pages (outside code, where `push` and `undo` are names, not words).

export interface Term {
  /** The concept, in English as the English pages say it. */
  readonly en: string;
  /** The Korean the book uses (the first mention in a chapter may add the English in parentheses). */
  readonly ko: string;
  /** Other spellings of the same concept that must not appear in Korean prose or interface text. */
  readonly avoid: readonly RegExp[];
}

/** A Latin word used as a Korean verb or noun ("push 하고", "pop 되며", "undo 에", "Back 스택"). */
const latinAsKorean = (word: string): RegExp => new RegExp(`(?<![\\w.\`(])${word}\\s?(?=[가-힣])`, 'i');

export const TERMS: readonly Term[] = [
  { en: 'push', ko: '푸시', avoid: [latinAsKorean('push')] },
  { en: 'pop', ko: '팝', avoid: [latinAsKorean('pop')] },
  { en: 'top (of a stack)', ko: '꼭대기', avoid: [/스택의 맨 위/, latinAsKorean('top')] },
  { en: 'undo stack', ko: '실행 취소 스택', avoid: [/undo\s?스택/i] },
  { en: 'redo stack', ko: '다시 실행 스택', avoid: [/redo\s?스택/i] },
  { en: 'back stack', ko: '뒤로 스택', avoid: [/back\s?스택/i] },
  { en: 'forward stack', ko: '앞으로 스택', avoid: [/forward\s?스택/i] },
  { en: 'undo', ko: '실행 취소', avoid: [latinAsKorean('undo')] },
  { en: 'redo', ko: '다시 실행', avoid: [latinAsKorean('redo')] },
  { en: 'return address', ko: '반환 주소', avoid: [/복귀 주소/] },
  { en: 'initial value', ko: '초깃값', avoid: [/초기값/] },
  { en: 'randomization (ASLR)', ko: '난수화', avoid: [/무작위화/] },
  { en: 'segment', ko: '세그먼트(영역)', avoid: [] },
  { en: 'reference count', ko: '참조 카운트', avoid: [/참조 횟수/, /참조 계수/, /레퍼런스 카운트/] },
  { en: 'cyclic garbage collector', ko: '순환 가비지 컬렉터(GC)', avoid: [/가비지 수집기/] },
  { en: 'unreachable', ko: '도달할 수 없는', avoid: [/도달 불가/] },
  { en: 'first fit', ko: '최초 적합(first fit)', avoid: [/(?<!\()first fit/i] },
  { en: 'next fit', ko: '다음 적합(next fit)', avoid: [/(?<!\()next fit/i] },
  { en: 'best fit', ko: '최적 적합(best fit)', avoid: [/(?<!\()best fit/i] },
  { en: 'worst fit', ko: '최악 적합(worst fit)', avoid: [/(?<!\()worst fit/i] },
  { en: 'glossary', ko: '용어 사전', avoid: [/용어집/] },
  { en: 'progress', ko: '학습 기록', avoid: [/진도\(Progress\)/] },
  { en: 'backtracking', ko: '백트래킹', avoid: [] },
  { en: 'free list', ko: '가용 리스트', avoid: [] },
  { en: 'stack frame', ko: '스택 프레임', avoid: [] },
];
