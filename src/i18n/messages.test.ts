// One test over all the book's strings: both languages have every key, with the same
// placeholders; no key is written twice; every key the code uses exists; Korean particles
// after a placeholder are chosen at run time; no string table hides anywhere else.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS, inDomain, select, t } from './messages';
import { PARTICLES } from './particles';
import { placeholderNames } from './render';

const ROOT = join(import.meta.dirname, '..', '..');
const en = CATALOGS.en;
const ko = CATALOGS.ko;
const keys = Object.keys(en);

const placeholders = placeholderNames;

function sourceFiles(dir: string, skip: RegExp, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) sourceFiles(full, skip, out);
    else if (/\.(ts|svelte|astro|mdx)$/.test(name) && !skip.test(name)) out.push(full);
  }
  return out;
}
const SOURCES = sourceFiles(join(ROOT, 'src'), /\.test\.ts$/);
// Unit tests may make up keys; the e2e specs name real ones (a renamed key must fail here, not
// as a time-out in a browser).
const KEY_USERS = [...SOURCES, ...sourceFiles(join(ROOT, 'e2e'), /^$/)];
/** Source text without comments, so a key named in a doc comment is not taken for a use. */
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\w])\/\/.*$/gm, '$1');

describe('the message catalogs', () => {
  it('have the same keys in English and Korean, none empty', () => {
    expect(Object.keys(ko).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(en[key]!.trim(), key).not.toBe('');
      expect(ko[key]!.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of keys) expect(placeholders(ko[key]!), key).toEqual(placeholders(en[key]!));
  });

  it('define no key twice (JSON would silently keep the last)', () => {
    for (const lang of ['en', 'ko']) {
      const raw = readFileSync(join(ROOT, 'src/i18n/messages', `${lang}.json`), 'utf8');
      const seen = new Set<string>();
      for (const m of raw.matchAll(/^ {2}"((?:[^"\\]|\\.)+)":/gm)) {
        expect(seen.has(m[1]!), `${lang}: ${m[1]}`).toBe(false);
        seen.add(m[1]!);
      }
      expect(seen.size).toBe(keys.length);
    }
  });

  it('hold every key the code names', () => {
    const domains = new Set(keys.map((k) => k.split('.')[0]!));
    const missing: string[] = [];
    for (const file of KEY_USERS) {
      const text = code(file);
      // Plain literals: 'domain.rest' where domain is one the catalog uses.
      for (const m of text.matchAll(/['"]([a-zA-Z]+(?:\.[\w-]+)+)['"]/g)) {
        const literal = m[1]!;
        if (!domains.has(literal.split('.')[0]!) || /\.(ts|js|svelte|astro|json|mdx|css|html|com|org|net|io|kr|dev|me)$/.test(literal)) continue;
        if (literal.endsWith('.')) continue; // a domain prefix, checked below
        if (!Object.hasOwn(en, literal)) missing.push(`${relative(ROOT, file)}: ${literal}`);
      }
      // Template literals: `domain.${x}.rest` — some key must start with the static head.
      for (const m of text.matchAll(/`([a-zA-Z]+\.[\w.-]*)\$\{/g)) {
        const head = m[1]!;
        if (!domains.has(head.split('.')[0]!)) continue;
        if (!keys.some((k) => k.startsWith(head))) missing.push(`${relative(ROOT, file)}: ${head}…`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('Korean particles', () => {
  const SINGLE = '(?:을|를|이|가|은|는|와|과|으로|로)';
  const QUOTES = `['’"”\`]*`;

  it('after a placeholder are written as a pair the renderer chooses from, never fixed or spaced', () => {
    const fixed = new RegExp(`\\{\\w+\\}${QUOTES}\\s?${SINGLE}(?=[\\s.,!?)'"(:;’”]|$)`);
    const spaced = new RegExp(`\\{\\w+\\}${QUOTES}\\s+(?:${PARTICLES.map((p) => p.replace('/', '\\/')).join('|')}|의|에|에서|도|만)(?=[\\s.,!?)'"(:;’”]|$)`);
    const bracketed = /을\(를\)|를\(을\)|이\(가\)|가\(이\)|은\(는\)|는\(은\)|와\(과\)|과\(와\)|\(으\)로/;
    // "{open}'({openIndex}번)과", "{to}({line}번 줄)로", "usedpools[{sizeClass}]가": the particle belongs to the value before the brackets.
    const afterBrackets = new RegExp(`\\{\\w+\\}${QUOTES}(?:\\([^()]*\\)|\\])\\s?${SINGLE}(?![가-힣])`);
    const bad = Object.entries(ko).filter(([, s]) => fixed.test(s) || spaced.test(s) || bracketed.test(s) || afterBrackets.test(s));
    expect(bad).toEqual([]);
  });

  it('after literal text are attached, never spaced ("`malloc`이", "\')\'가", not "malloc 이")', () => {
    const word = '(?:을|를|이|가|은|는|와|과|으로|로|의|에|에서|에는|도|만|보다|까지|부터|처럼|이나|나|라서|이라|라)';
    const spaced = new RegExp(`[A-Za-z0-9%'"’”\`)\\]}>][ \u00a0]${word}(?=[\\s.,!?)':;]|$)`);
    expect(Object.entries(ko).filter(([, s]) => spaced.test(s))).toEqual([]);
  });

  it('follow a number or a unit directly: no space before %, a counter or 입니다 ("99.9%", "{ratio}%입니다")', () => {
    const spaced = /(?:\d|\})\s+%|%\s+입니다/;
    expect(Object.entries(ko).filter(([, s]) => spaced.test(s))).toEqual([]);
  });

  it('never follow an English word used as a Korean verb ("push 합니다", "free 하는")', () => {
    const latinVerb = /[A-Za-z`)][ \u00a0](?:하|해|했|합|한|할|되|된|됩|될)/;
    expect(Object.entries(ko).filter(([, s]) => latinVerb.test(s))).toEqual([]);
  });

  it('are written as a pair only right after a placeholder (elsewhere the page would show "을/를")', () => {
    const strayPair = new RegExp(`(?<!\\}${QUOTES})(?:${PARTICLES.map((p) => p.replace('/', '\\/')).join('|')})`);
    expect(Object.entries(ko).filter(([, s]) => strayPair.test(s))).toEqual([]);
  });

  it('render right after values ending in a consonant, a vowel, a digit and a Latin letter', () => {
    // value → the particle of each pair it takes (consonant-final 밥, 3 삼, l 엘; vowel-final 나, 2 이, p 피)
    const consonant: Record<string, string> = { '이/가': '이', '을/를': '을', '은/는': '은', '와/과': '과', '으로/로': '으로', '이라/라': '이라' };
    const vowel: Record<string, string> = { '이/가': '가', '을/를': '를', '은/는': '는', '와/과': '와', '으로/로': '로', '이라/라': '라' };
    const values: [string, Record<string, string>][] = [
      ['밥', consonant],
      ['3', consonant],
      ['m', consonant],
      ['나', vowel],
      ['2', vowel],
      ['p', vowel],
    ];
    let checked = 0;
    for (const [key, template] of Object.entries(ko)) {
      for (const m of template.matchAll(/\{(\w+)\}([’'"”`]*)(이\/가|을\/를|은\/는|와\/과|으로\/로|이라\/라)/g)) {
        const [, name, quotes, pair] = m as unknown as [string, string, string, string];
        for (const [value, expected] of values) {
          const params = Object.fromEntries(placeholders(template).map((p) => [p, p === name ? value : 'x']));
          // The value with its particle appears in the output (other placeholders hold 'x').
          const text = t('ko', key, params);
          expect(text, `${key} with ${name}=${value}`).toContain(`${value}${quotes}${expected[pair]}`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe('select', () => {
  it('takes subtrees, direct children and exact keys, and drops excluded parts', () => {
    expect(inDomain('exercise.check', 'exercise.*')).toBe(true);
    expect(inDomain('exercise.brackets.task', 'exercise.*')).toBe(false);
    expect(inDomain('brackets.why.allMatched', 'brackets.')).toBe(true);
    const picked = select('ko', ['brackets.', '!.why.']);
    expect(Object.keys(picked).length).toBeGreaterThan(3);
    expect(Object.keys(picked).every((k) => k.startsWith('brackets.') && !k.includes('.why.'))).toBe(true);
    expect(picked['brackets.balanced']).toBe(ko['brackets.balanced']);
  });
});

describe('string tables', () => {
  it('live only in the catalogs: no { en, ko } table in components, the core or the shell', () => {
    // The course configuration is the one place a fork writes its title in both languages.
    const course = join(ROOT, 'src', 'course.config.ts');
    const offenders = SOURCES.filter((f) => f !== course && (f.endsWith('.ts') || f.endsWith('.svelte') || f.endsWith('.astro'))).filter((f) => {
      const text = readFileSync(f, 'utf8');
      // `en: 'Copy'` beside `ko: '복사'`, or a table per language: `en: { copy: … }`, `ko: { … }`.
      return /\ben:\s*[{'"`]/.test(text) && /\bko:\s*[{'"`]/.test(text);
    });
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
