import { describe, expect, it } from 'vitest';
import { t as message } from '../../i18n/messages';
import fc from 'fast-check';
import { attempt, type SimError } from '../errors';
import type { AllocOp } from './model';
import { parseAllocOps, readAllocScript } from './syntax';

function simError(fn: () => unknown): SimError {
  const r = attempt(fn);
  if (r.ok) throw new Error('expected a SimError');
  return r.error;
}
/** The parsed operations without where they are written. */
const opsOf = (src: string): AllocOp[] => parseAllocOps(src).map(({ source: _, ...op }) => op);
/** Each operation's text as written, and its line and column. */
const placed = (src: string) => parseAllocOps(src).map((o) => [src.slice(o.source.offset, o.source.end), o.source.line, o.source.column]);

describe('parseAllocOps', () => {
  it('parses both styles', () => {
    expect(opsOf('a = malloc 100, b = calloc 4 25, a = realloc a 200, free b')).toEqual([
      { op: 'malloc', size: 100, name: 'a' },
      { op: 'calloc', count: 4, size: 25, name: 'b' },
      { op: 'realloc', name: 'a', size: 200 },
      { op: 'free', name: 'b' },
    ]);
    expect(opsOf('a = malloc(100);\nb = calloc(4, 25); a = realloc(a, 0)\nfree(b); malloc 8\n 버퍼 = malloc 1, free 버퍼')).toEqual([
      { op: 'malloc', size: 100, name: 'a' },
      { op: 'calloc', count: 4, size: 25, name: 'b' },
      { op: 'realloc', name: 'a', size: 0 },
      { op: 'free', name: 'b' },
      { op: 'malloc', size: 8 },
      { op: 'malloc', size: 1, name: '버퍼' },
      { op: 'free', name: '버퍼' },
    ]);
    expect(opsOf('  ')).toEqual([]);
  });
  it('locates syntax and handle errors by character offset', () => {
    const cases: [string, string, number][] = [
      ['a = malloc 1, free b', 'unknown-handle', 19],
      ['a = malloc 1, free a, free a', 'double-free', 27],
      ['a = malloc 1, free a, a = realloc a 3', 'use-after-free', 34],
      ['a = malloc 1, a = realloc b 3', 'syntax', 26],
      ['a = malloc 1, realloc a 3', 'syntax', 14],
      ['a = mallok 1', 'syntax', 4],
      ['grab 1', 'syntax', 0],
      ['a = malloc', 'syntax', 10],
      ['a = malloc x', 'syntax', 11],
      ['a = malloc 1 2', 'syntax', 13],
      ['a = malloc 12b', 'bad-size', 11],
      ['a = malloc(1', 'syntax', 12],
      ['a = calloc 99999999999 99999999999', 'calloc-overflow', 11],
      ['a = free a', 'syntax', 4],
      ['free = malloc 1', 'syntax', 0],
      ['a = malloc 1 $', 'syntax', 13],
      ['= malloc 1', 'syntax', 0],
      ['a = malloc 1 = b', 'syntax', 13],
      ['a = 5', 'syntax', 4],
      ['a = malloc(,)', 'syntax', 11],
    ];
    for (const [src, code, index] of cases) {
      const e = simError(() => parseAllocOps(src));
      expect([src, e.code, e.index]).toEqual([src, code, index]);
    }
  });
  it('errors in a multi-line script say the line and column in both languages, never a character offset', () => {
    const cases: [string, string, number, number][] = [
      ['a = malloc 100\nb = malloc 200\nfree a\nfree b\nc = mallok 5', 'error.alloc.parse.needCall', 5, 5],
      ['a = malloc 8\n  b = calloc 2 $', 'error.alloc.parse.badChar', 2, 16],
      ['a = malloc 8\nfree a\nfree a', 'error.alloc.doubleFreeHandle', 3, 6],
      // Columns count what a reader sees: the emoji-free Hangul name is two columns.
      ['버퍼 = malloc 1\n버퍼 = malloc 2 3', 'error.alloc.parse.needEnd', 2, 15],
    ];
    for (const [src, key, line, column] of cases) {
      const e = simError(() => parseAllocOps(src));
      expect([src, e.key, e.params.line, e.params.column]).toEqual([src, key, line, column]);
      for (const lang of ['en', 'ko'] as const) {
        const text = message(lang, e.key, e.params);
        if (key.startsWith('error.alloc.parse.')) expect(text).toContain(lang === 'en' ? `Line ${line}, column ${column}` : `${line}행 ${column}열`);
        expect(text).not.toContain(String(e.index));
      }
    }
  });

  it('a missing value at the end of a line is called a newline (and the end of the script), not a blank', () => {
    const atNewline = simError(() => parseAllocOps('a = malloc\nfree a'));
    expect([atNewline.key, atNewline.params.line, atNewline.params.column]).toEqual(['error.alloc.parse.needNumberAtNewline', 1, 11]);
    expect(message('en', atNewline.key, atNewline.params)).toContain('found a newline');
    expect(message('ko', atNewline.key, atNewline.params)).toContain('줄바꿈');
    const atEnd = simError(() => parseAllocOps('a = malloc 1\nb ='));
    expect(atEnd.key).toBe('error.alloc.parse.needCallAtEnd');
    for (const lang of ['en', 'ko'] as const) expect(message(lang, atEnd.key, atEnd.params)).not.toContain("''");
  });

  it('a huge word is echoed cut, and a bad emoji whole', () => {
    const e = simError(() => parseAllocOps('a = ' + 'x'.repeat(1_000_000) + ' 5'));
    for (const lang of ['en', 'ko'] as const) expect(message(lang, e.key, e.params).length).toBeLessThan(200);
    expect(simError(() => parseAllocOps('a = malloc 1 👋🏽')).params.char).toBe('👋🏽');
  });

  it('says where every operation is written: line, column and its text', () => {
    const src = 'a = malloc(100);\nb = calloc(4, 25); a = realloc(a, 0)\nfree(b); malloc 8\n 버퍼 = malloc 1, free 버퍼';
    expect(placed(src)).toEqual([
      ['a = malloc(100)', 1, 1],
      ['b = calloc(4, 25)', 2, 1],
      ['a = realloc(a, 0)', 2, 20],
      ['free(b)', 3, 1],
      ['malloc 8', 3, 10],
      ['버퍼 = malloc 1', 4, 2],
      ['free 버퍼', 4, 17],
    ]);
    expect(parseAllocOps('  x = malloc 8').map((o) => o.source.offset)).toEqual([2]);
    expect(parseAllocOps('a = malloc 8\nfree a')[1]).toEqual({ op: 'free', name: 'a', source: { line: 2, column: 1, offset: 13, end: 19 } });
  });

  it('counts blank lines, Windows line ends, stray separators and spaces inside a command', () => {
    const src = '\n\n  a  =  malloc   16  ,\r\n\r\n;;\tfree ( a )\n\n';
    expect(placed(src)).toEqual([
      ['a  =  malloc   16', 3, 3],
      ['free ( a )', 5, 4],
    ]);
    expect(parseAllocOps('\n\n')).toEqual([]);
  });

  it('the text of every command is the script cut at , ; and new lines outside parentheses (property)', () => {
    const command = fc.constantFrom('a = malloc 16', 'b = calloc(4, 25)', 'd = malloc(1)', 'free 0x1010', 'malloc 8', 'c = calloc 2 3');
    const sep = fc.constantFrom(', ', ';', '\n', '\n\n', ' ;\n  ', ',\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(sep, command)), fc.constantFrom('', ' ', '\n'), (parts, lead) => {
        const src = lead + parts.map(([s, c]) => s + c).join('');
        const ops = parseAllocOps(src);
        expect(ops.map((o) => src.slice(o.source.offset, o.source.end))).toEqual(parts.map(([, c]) => c));
        for (const o of ops) {
          const before = src.slice(0, o.source.offset);
          expect(o.source.line).toBe(before.split('\n').length);
          expect(o.source.column).toBe(o.source.offset - (before.lastIndexOf('\n') + 1) + 1);
        }
      }),
    );
  });
});

describe('readAllocScript (the playground\'s non-throwing read)', () => {
  it('gives every operation, or the error and the operations of the commands before the bad one', () => {
    const good = readAllocScript('a = malloc 8\nfree a');
    expect(good.ok && good.ops.length).toBe(2);
    const bad = readAllocScript('a = malloc 8\nb = malloc 16\nfree c\nfree a');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect([bad.error.code, bad.error.index]).toEqual(['unknown-handle', 32]);
    expect(bad.before!.map((o) => o.source.line)).toEqual([1, 2]);
  });

  it('a bad character is reported first; the commands before the one holding it still count', () => {
    const r = readAllocScript('a = malloc 1, b = malloc 2, $');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.error.key, r.error.index]).toEqual(['error.alloc.parse.badChar', 28]);
    expect(r.before!.map((o) => o.op)).toEqual(['malloc', 'malloc']);
    // The command holding the bad character is left out even when its start parses.
    const inside = readAllocScript('a = malloc 1, b = malloc 2 $');
    expect(!inside.ok && inside.before!.length).toBe(1);
  });

  it('an error at the separator belongs to the command before it', () => {
    const r = readAllocScript('a = calloc 4, 25');
    expect(!r.ok && [r.error.index, r.before]).toEqual([12, []]);
  });

  it('no heap before the error when an earlier command is itself wrong', () => {
    const r = readAllocScript('grab 1, $');
    expect(!r.ok && [r.error.key, r.before]).toEqual(['error.alloc.parse.badChar', null]);
  });
});
