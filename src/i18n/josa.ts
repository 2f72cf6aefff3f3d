// Korean particles after a value that is only known at run time ("{call}이/가"): the choice
// depends on how the value's last sound is read aloud. Hangul is read as written; digits,
// Latin letters and symbols are first turned into the Korean reading a lecturer would say
// (3 → 삼, 10 → 십, p → 피, l → 엘, ')' → 괄호), then the syllable's final consonant picks.
// This runs in every island, so it is arithmetic on the syllable, not a library: es-hangul's
// josa (the test's reference) added 1.6 KB gzip to every chapter.

/** The particle pairs a message may write after a placeholder (es-hangul's names). */
export const PARTICLES = [
  '이/가',
  '을/를',
  '은/는',
  '와/과',
  '으로/로',
  '이나/나',
  '이란/란',
  '아/야',
  '이랑/랑',
  '이에요/예요',
  '으로서/로서',
  '으로써/로써',
  '으로부터/로부터',
  '이라/라',
] as const;
export type Particle = (typeof PARTICLES)[number];

const DIGITS = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
// Powers of ten for a number that ends in zeros: 10 십, 100 백, 1000 천, 10^4 만 … 10^8 억, 10^12 조.
const TENS = ['', '십', '백', '천', '만', '만', '만', '만', '억', '억', '억', '억', '조'];
// How Korean speakers name the Latin letters.
const LETTERS: Record<string, string> = {
  a: '에이', b: '비', c: '씨', d: '디', e: '이', f: '에프', g: '지', h: '에이치', i: '아이', j: '제이',
  k: '케이', l: '엘', m: '엠', n: '엔', o: '오', p: '피', q: '큐', r: '알', s: '에스', t: '티',
  u: '유', v: '브이', w: '더블유', x: '엑스', y: '와이', z: '제트',
};
// Brackets and quotes that close a value ("fib(3)", "'a'") are not read: the sound before them is.
const CLOSERS = /[)\]}'"’”»›>`]+$/u;

const isHangulSyllable = (ch: string) => ch >= '가' && ch <= '힣';

/** The reading of a run of digits (the integer part's tail decides: 20 → 십, 7 → 칠). */
function readNumber(digits: string): string {
  const zeros = digits.length - digits.replace(/0+$/, '').length;
  if (zeros === digits.length) return DIGITS[0]!;
  if (zeros === 0) return DIGITS[Number(digits.at(-1))]!;
  return TENS[Math.min(zeros, TENS.length - 1)]!;
}

/**
 * An English word read in Korean ends in a consonant when its spelling ends in a nasal, l, or
 * a stop after a vowel (stack 스택, pop 팝, malloc 말록); otherwise it ends in a vowel sound
 * (push 푸시, free 프리, list 리스트, error 에러).
 */
function readWord(word: string): string {
  const w = word.toLowerCase();
  if (w.length === 1) return LETTERS[w] ?? '이';
  if (/(ng|[mn])$/.test(w)) return '엔';
  if (/l$/.test(w)) return '엘';
  if (/[aeiou](ck|[kpbct])$/.test(w)) return '팝';
  return '이';
}

/** A Hangul syllable whose final sound is the one `value` ends with when read aloud. */
export function finalSyllable(value: string): string {
  const trimmed = value.trim();
  const bare = trimmed.replace(CLOSERS, '') || trimmed;
  const last = bare.at(-1);
  if (last === undefined) return '이';
  if (isHangulSyllable(last)) return last;
  const number = /(\d[\d,]*)(?:\.(\d+))?$/.exec(bare);
  if (number) return number[2] ? readNumber(number[2]) : readNumber(number[1]!.replace(/,/g, ''));
  const word = /[A-Za-z]+$/.exec(bare);
  if (word) return readWord(word[0]);
  // Brackets read as 괄호; other symbols and emoji as a name that ends in a vowel.
  return '호';
}

// A precomposed syllable is 0xAC00 + (initial × 21 + medial) × 28 + final; final 0 is none, 8 is ㄹ.
const finalOf = (syllable: string) => (syllable.charCodeAt(0) - 0xac00) % 28;
const RIEUL = 8;

/** The particle of `pair` that follows `value` ("3", "이/가" → "이"). */
export function pickParticle(value: string, pair: Particle): string {
  const [afterConsonant, afterVowel] = pair.split('/') as [string, string];
  const final = finalOf(finalSyllable(value));
  // 와/과 is written vowel form first; the 으로 family treats a final ㄹ like a vowel (서울로).
  if (pair === '와/과') return final === 0 ? afterConsonant : afterVowel;
  if (afterConsonant.startsWith('으로')) return final === 0 || final === RIEUL ? afterVowel : afterConsonant;
  return final === 0 ? afterVowel : afterConsonant;
}
