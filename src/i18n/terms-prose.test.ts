// The Korean chapters' number style and closing sections (the terms: terms.test.ts), and the
// English chapters' grouping of thousands (as the islands print counts: 40,000). Prose only
// (term-check.ts's proseOf): in code, `1 << 20` is a name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proseOf } from './term-check';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const KO = join(CONTENT, 'ko');
const PAGES = readdirSync(KO)
  .filter((name) => /^\d\d-.*\.mdx$/.test(name) || name === 'instructors.mdx')
  .sort();
/** A thousands group written with a space (1 048 640) where the book writes 1,048,640. */
const SPACED_THOUSANDS = /(?<!\d|\d[.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)/;

/** Every match of `pattern` in a page's prose, as "file:line: …match…". */
function findings(pattern: RegExp, pages = PAGES, dir = KO): string[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  const found: string[] = [];
  for (const name of pages) {
    proseOf(readFileSync(join(dir, name), 'utf8'))
      .split('\n')
      .forEach((text, i) => {
        for (const m of text.matchAll(global)) found.push(`${name}:${i + 1}: …${text.slice(Math.max(0, m.index - 15), m.index + m[0].length + 15)}…`);
      });
  }
  return found;
}

describe('Korean chapters', () => {
  it('were found', () => expect(PAGES.length).toBeGreaterThanOrEqual(8));

  it('write no space before % (99.9%, not 99.9 %)', () => {
    expect(findings(/\d[ \u00a0\u202f]+%/)).toEqual([]);
  });

  it('group thousands with commas (1,048,640, not 1 048 640)', () => {
    expect(findings(SPACED_THOUSANDS)).toEqual([]);
  });

  it('end every chapter with 정리, 스스로 점검하기 and 정답 보기, as chapter 1 does', () => {
    for (const name of PAGES.filter((n) => /^\d\d-/.test(n))) {
      const mdx = readFileSync(join(KO, name), 'utf8');
      expect(mdx, name).toMatch(/^## 정리$/m);
      expect(mdx, name).toMatch(/^## 스스로 점검하기$/m);
      expect(mdx.match(/<summary>(.*?)<\/summary>/g)?.every((s) => s === '<summary>정답 보기</summary>'), name).toBe(true);
    }
  });
});

describe('English pages', () => {
  const EN = join(CONTENT, 'en');
  const pages = readdirSync(EN).filter((name) => name.endsWith('.mdx'));
  it('were found', () => expect(pages.length).toBeGreaterThanOrEqual(8));

  it('group thousands with commas (1,048,640, not 1 048 640)', () => {
    expect(findings(SPACED_THOUSANDS, pages, EN)).toEqual([]);
  });
});
