// No English on a Korean page's buttons (issue 13): every button's accessible name, on every
// Korean page once its islands have hydrated, is Korean apart from code, numbers and the proper
// names below. English may follow Korean in parentheses ("최초 적합(first fit)").
import { test, expect } from '@playwright/test';
import { builtPages, openPage } from './pages';

// Embed pages show the chapters' islands again (some with no button at all).
const pages = builtPages().filter((p) => p.startsWith('ko/') && !p.includes('/embed/'));

/** Latin words a Korean button may show: C and Python names, units, hex digits, proper names. */
const ALLOWED = new Set(['malloc', 'free', 'calloc', 'realloc', 'NULL', 'CPython', 'Python', 'pymalloc', 'GC', 'JSON', 'KiB', 'MiB', 'MB', 'GitHub', 'Pyodide', 'B']);

/** The Latin words of a Korean button's name that are neither code nor allowed. */
export function englishWords(name: string): string[] {
  const bare = name
    .replace(/`[^`]*`|\b0x[0-9a-f]+\b/gi, ' ') // code, addresses
    .replace(/\b[a-z_][\w.]*\([^()]*\)/gi, ' ') // calls are code: fib(n)
    .replace(/\([^()]*\)/g, ' ') // English after the Korean, in parentheses
    .replace(/\b[a-z_][\w.]*\(\)?/gi, (w) => (/[(._]/.test(w) ? ' ' : w)); // dotted names are code
  // A lone capital joined to Korean is a name's letter (N-퀸), not a word.
  return (bare.match(/[A-Za-z][A-Za-z'-]*/g) ?? []).map((w) => w.replace(/-+$/, '')).filter((w) => !ALLOWED.has(w) && w.length > 1);
}

test('the checker finds an English verb and lets code, addresses and parenthesised English pass', () => {
  expect(englishWords('편집을 undo 에 push')).toEqual(['undo', 'push']);
  expect(englishWords('Back 에서 pop')).toEqual(['Back', 'pop']);
  expect(englishWords('최초 적합(first fit)')).toEqual([]);
  expect(englishWords('0x1010 (32바이트)')).toEqual([]);
  expect(englishWords('malloc 100 실행')).toEqual([]);
  expect(englishWords('‘fib(n)의 호출 횟수 세기’ 삽입 코드 복사')).toEqual([]);
  expect(englishWords('‘N-퀸, 단계별로 보기’ 삽입 코드 복사')).toEqual([]);
  expect(englishWords('fib 호출 세기')).toEqual(['fib']);
});

test('the Korean page list covers every chapter', () => {
  expect(pages.filter((p) => /^ko\/\d\d-/.test(p)).length).toBeGreaterThanOrEqual(7);
});

for (const path of pages) {
  test(`${path}: every button is labelled in Korean`, async ({ page }) => {
    await openPage(page, path, { islands: true });
    const snapshot = await page.locator('body').ariaSnapshot();
    const names = [...snapshot.matchAll(/- button "((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replace(/\\"/g, '"'));
    expect(names.length).toBeGreaterThan(0);
    const english = names.map((n) => [n, englishWords(n)] as const).filter(([, words]) => words.length > 0);
    expect(english).toEqual([]);
  });
}
