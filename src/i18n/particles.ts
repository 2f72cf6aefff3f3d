// The Korean particle pairs a message may write after a placeholder, and their compilation into
// the form islands render (`{name|consonant form|vowel form}`). Server side and tests only.
import { particle } from './josa';

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

/** The particle of `pair` that follows `value` ("3", "이/가" → "이"). */
export function pickParticle(value: string, pair: Particle): string {
  const [first, second] = pair.split('/') as [string, string];
  // 와/과 is written vowel form first.
  return pair === '와/과' ? particle(value, second, first) : particle(value, first, second);
}

const PAIR_AFTER_PLACEHOLDER = new RegExp(
  `\\{(\\w+)\\}(['"’”»\`]*)(${PARTICLES.map((p) => p.replace('/', '\\/')).join('|')})`,
  'g',
);

/**
 * A template as islands read it: each "{name}Q이/가" becomes "{name|Q이|Q가}" (consonant form,
 * vowel form, each led by the quotes Q between the value and the particle). A ')' is not skipped:
 * in "프레임({size}바이트)이" the particle belongs to the word before '('.
 */
export function compileParticles(template: string): string {
  return template.replace(PAIR_AFTER_PLACEHOLDER, (_, name: string, quotes: string, pair: Particle) => {
    const [first, second] = pair.split('/') as [string, string];
    const [consonant, vowel] = pair === '와/과' ? [second, first] : [first, second];
    return `{${name}|${quotes}${consonant}|${quotes}${vowel}}`;
  });
}
