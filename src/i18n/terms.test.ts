// One term per concept on Korean pages: no spelling src/i18n/terms.ts says to avoid appears in
// the Korean catalog or any Korean page (outside code), and the glossary names each term's aliases.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from './messages';
import { avoidedTerms, proseOf } from './term-check';
import { TERMS } from './terms';

const ROOT = join(import.meta.dirname, '..', '..');
/** Every Korean page (paths from the repository root). */
const KOREAN_PAGES = readdirSync(join(ROOT, 'content', 'ko'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => `content/ko/${name}`);

const found = (text: string) => avoidedTerms(text).map((a) => `${a.term.english}, line ${a.line}: …${a.found}…`);

describe('the term checker', () => {
  it('finds an avoided spelling in prose and ignores it in code', () => {
    expect(found('편집을 undo 스택에 push 합니다.')).toHaveLength(3);
    expect(found('`push 1, pop`을 입력하면 `undo 스택`이 보입니다.')).toEqual([]);
    expect(found('```\nundo 스택\n```\n실행 취소 스택에 푸시합니다.')).toEqual([]);
    expect(found('<UndoPlayer input="type hello, undo" />\n최초 적합(first fit)')).toEqual([]);
    expect(found('first fit 정책')).toHaveLength(1);
    expect(proseOf('복귀 주소 `복귀 주소`')).toContain('복귀 주소');
    // Positions stay: a finding's line is the file's.
    expect(avoidedTerms('첫 줄\n```\npush\n```\n넷째 줄에서 push 하고').map((a) => a.line)).toEqual([5]);
    // What a reader sees of a component: its title, not its props.
    expect(found('<Callout kind="note" title="복귀 주소">')).toHaveLength(1);
    expect(found('<AllocatorPlayground policy="first-fit" />')).toEqual([]);
  });
});

describe('Korean text uses the book’s one term per concept', () => {
  it('in every string of the Korean catalog', () => {
    const bad = Object.entries(CATALOGS.ko).flatMap(([key, text]) => found(text).map((f) => `${key}: ${f}`));
    expect(bad).toEqual([]);
  });

  it('on every Korean page', () => expect(KOREAN_PAGES.length).toBeGreaterThanOrEqual(10));

  it.each(KOREAN_PAGES)('in %s', (page) => {
    expect(found(readFileSync(join(ROOT, page), 'utf8'))).toEqual([]);
  });

  it('and the two glossaries define the same number of terms', () => {
    const entries = (lang: string) => readFileSync(join(ROOT, `content/${lang}/glossary.mdx`), 'utf8').match(/^### /gm)?.length;
    expect(entries('ko')).toBe(entries('en'));
  });

  it('and the glossary lists each term’s other names under the term', () => {
    const glossary = readFileSync(join(ROOT, 'content/ko/glossary.mdx'), 'utf8');
    const entries = glossary.split(/^### /m).slice(1);
    for (const term of TERMS.filter((t) => t.aliases)) {
      const entry = entries.find((e) => e.startsWith(term.korean));
      expect(entry, term.korean).toBeDefined();
      for (const alias of term.aliases!) expect(entry, `${term.korean}: ${alias}`).toContain(alias);
    }
  });
});
