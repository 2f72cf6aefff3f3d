// The Korean chapters against the book's terms table and Korean number style. Prose only: code
// blocks, `code spans`, imports and link targets are code, where `push` and `1 << 20` are names.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TERMS } from './terms';

const KO = join(import.meta.dirname, '..', '..', 'content', 'ko');
const PAGES = readdirSync(KO)
  .filter((name) => /^\d\d-.*\.mdx$/.test(name) || name === 'instructors.mdx')
  .sort();

/** A page's prose lines, numbered as in the file, with code replaced by blanks of the same length. */
export function proseLines(mdx: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fence: string | null = null;
  mdx.split('\n').forEach((raw, i) => {
    const open = /^\s*(`{3,}|~{3,})/.exec(raw);
    if (fence !== null) {
      if (open && raw.trim().startsWith(fence)) fence = null;
      return;
    }
    if (open) {
      fence = open[1]!;
      return;
    }
    if (/^(import|export) /.test(raw)) return;
    const text = raw
      .replace(/(`+)[\s\S]*?\1/g, (m) => ' '.repeat(m.length)) // code spans
      .replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length)) // link targets
      .replace(/<\/?[A-Za-z][^>]*?>/g, (m) => m.replace(/[^"]*"([^"]*)"[^"]*/g, ' $1 ').replace(/^<[^ ]*|\/?>$/g, ' ')); // tags: keep attribute text (titles)
    out.push({ line: i + 1, text });
  });
  return out;
}

/** Every match of `pattern` in a page's prose, as "file:line: …match…". */
function findings(pattern: RegExp, pages = PAGES): string[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  const found: string[] = [];
  for (const name of pages) {
    for (const { line, text } of proseLines(readFileSync(join(KO, name), 'utf8'))) {
      for (const m of text.matchAll(global)) found.push(`${name}:${line}: …${text.slice(Math.max(0, m.index - 15), m.index + m[0].length + 15)}…`);
    }
  }
  return found;
}

describe('proseLines', () => {
  it('drops code blocks, code spans and link targets, keeps prose and attribute text', () => {
    const page = ['앞 push 하고', '```python', 'stack.push 해', '```', '`pop` 되며 [링크](/ko/top 에/)', '<Callout title="top 에서">'].join('\n');
    const text = proseLines(page).map((l) => l.text).join('\n');
    expect(text).toContain('push 하고');
    expect(text).not.toContain('stack.push');
    expect(text).not.toMatch(/pop|top 에\//);
    expect(text).toContain('top 에서');
  });
});

describe('Korean chapters', () => {
  it('were found', () => expect(PAGES.length).toBeGreaterThanOrEqual(8));

  for (const term of TERMS) {
    for (const avoid of term.avoid) {
      it(`say ${term.korean} for "${term.english}", never ${avoid}`, () => {
        expect(findings(avoid)).toEqual([]);
      });
    }
  }

  it('write no space before % (99.9%, not 99.9 %)', () => {
    expect(findings(/\d[ \u00a0\u202f]+%/)).toEqual([]);
  });

  it('group thousands with commas (1,048,640, not 1 048 640)', () => {
    expect(findings(/(?<!\d|\d[.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)/)).toEqual([]);
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
