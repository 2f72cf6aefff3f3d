// Korean particles after a value that is only known at run time ("{call}이/가"): the choice
// depends on how the value's last sound is read aloud. Hangul is read as written; digits, Latin
// letters and symbols as a lecturer says them (3 삼, 10 십, p 피, l 엘, ')' 괄호).
//
// Messages are written with the pair after the placeholder ("{call}이/가", "'{ch}'은/는"); the
// server compiles each pair into `{call|이|가}` (./particles.ts), so islands carry only this
// module. Every byte here is in every island: es-hangul's josa, the tests' reference, cost
// 1.6 KB gzip per chapter.

/** How a value ends when read aloud: no final consonant, final ㄹ, or another final consonant. */
export type FinalSound = 'vowel' | 'rieul' | 'consonant';

const SOUND = { v: 'vowel', r: 'rieul', c: 'consonant' } as const;
// 0 영 1 일 2 이 3 삼 4 사 5 오 6 육 7 칠 8 팔 9 구
const DIGIT = 'crvcvvcrrv';
// A number ending in zeros is read by its last power of ten: 십 백 천 만(10^4–10^7) 억(10^8–10^11) 조.
const POWER = 'cccccccccccv';
// Closing brackets and quotes are not read: the sound before them is ("fib(3)" ends in 삼).
const CLOSERS = /[)\]}'"’”»›>`]+$/u;

/** The final sound of `value` read aloud. */
export function finalSound(value: string): FinalSound {
  const trimmed = value.trim();
  const bare = trimmed.replace(CLOSERS, '') || trimmed;
  const last = bare.charCodeAt(bare.length - 1);
  // A precomposed syllable is 0xAC00 + (initial × 21 + medial) × 28 + final; final 0 is none, 8 is ㄹ.
  if (last >= 0xac00 && last <= 0xd7a3) {
    const final = (last - 0xac00) % 28;
    return final === 0 ? 'vowel' : final === 8 ? 'rieul' : 'consonant';
  }
  const number = /(\d[\d,]*)(?:\.(\d+))?$/.exec(bare);
  if (number) {
    const digits = (number[2] ?? number[1]!).replace(/,/g, '');
    const zeros = digits.length - digits.replace(/0+$/, '').length;
    if (zeros === 0 || zeros === digits.length) return SOUND[DIGIT[Number(digits.at(-1))] as 'v'];
    return SOUND[POWER[Math.min(zeros, POWER.length) - 1] as 'c'];
  }
  const word = /[a-z]+$/i.exec(bare)?.[0].toLowerCase();
  if (word) {
    // A letter by its Korean name: only 엘, 알 (ㄹ) and 엠, 엔 end in a consonant.
    if (word.length === 1) return 'lr'.includes(word) ? 'rieul' : 'mn'.includes(word) ? 'consonant' : 'vowel';
    // An English word ends in a consonant when spelt with a nasal, l, or a stop after a vowel
    // (stack 스택, pop 팝, malloc 말록, main 메인); otherwise in a vowel (push 푸시, list 리스트).
    if (word.endsWith('l')) return 'rieul';
    return /(ng|[mn]|[aeiou](ck|[kpbct]))$/.test(word) ? 'consonant' : 'vowel';
  }
  // Other symbols and emoji: read as a name that ends in a vowel (괄호, 플러스).
  return 'vowel';
}

/**
 * The form that follows `value`: `afterConsonant` or `afterVowel` (as compiled from a pair; any
 * quote that stands between the value and the particle leads both forms). The 으로 family treats
 * a final ㄹ like a vowel (서울로).
 */
export function particle(value: string, afterConsonant: string, afterVowel: string): string {
  const sound = finalSound(value);
  if (sound === 'vowel' || (sound === 'rieul' && /^['"’”»`]*으로/.test(afterConsonant))) return afterVowel;
  return afterConsonant;
}
