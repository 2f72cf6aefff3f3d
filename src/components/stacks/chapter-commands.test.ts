// Chapter 4 gives its undo and history players a command list in the page's language (the
// Korean page writes 입력, 삭제, 실행취소, 방문, 뒤로…). Both pages must run the same operations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEditOps, simulateUndo } from '../../sim/undo';
import { parseNavOps, simulateHistory } from '../../sim/history';

const chapter = (lang: string) => readFileSync(join(import.meta.dirname, '..', '..', '..', 'content', lang, '04-stacks-at-work.mdx'), 'utf8');

/** The `input` of the chapter's `<Player lang=… input="…" />`. */
function inputOf(lang: string, player: string): string {
  const m = new RegExp(`<${player} lang="${lang}" input="([^"]*)"`).exec(chapter(lang));
  if (!m) throw new Error(`no ${player} in ${lang}`);
  return m[1]!;
}

describe('chapter 4 player inputs', () => {
  it('the Korean undo commands make the same edits as the English ones', () => {
    const kinds = (lang: string) => [...simulateUndo(parseEditOps(inputOf(lang, 'UndoPlayer'))).trace.events()].map((e) => e.kind);
    expect(inputOf('ko', 'UndoPlayer')).toMatch(/^입력 /);
    expect(kinds('ko')).toEqual(kinds('en'));
    expect(simulateUndo(parseEditOps(inputOf('ko', 'UndoPlayer'))).final.text).toBe('안녕 세상!');
  });

  it('the Korean navigation commands visit the same pages as the English ones', () => {
    const run = (lang: string) => simulateHistory(parseNavOps(inputOf(lang, 'HistoryPlayer'))).final;
    expect(inputOf('ko', 'HistoryPlayer')).toMatch(/^방문 /);
    const [ko, en] = [run('ko'), run('en')];
    expect(ko.current).toBe('d.com');
    expect([ko.current, ko.back, ko.forward]).toEqual([en.current, en.back, en.forward]);
  });
});
