import { tableOf } from '../i18n/messages';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  C_PROGRAM,
  PYTHON_PROGRAM,
  QUIZ_SEGMENTS,
  REGIONS_TOP_DOWN,
  programText,
  SEGMENT_OF,
  generateSegmentQuiz,
  gradeSegmentAnswer,
  gradeSegmentQuiz,
  isSegmentKind,
  regionsOfLine,
  type QuizItem,
  type SegmentKind,
  type TemplateKind,
} from './segments';

const C_TEXT = `#include <stdlib.h>

const char greeting[] = "hello";   /* read-only data */
int counter = 42;                  /* initialized data */
static char buffer[1 << 20];       /* bss: 1 MiB of zeros */

int square(int x) {                /* code (text) */
    int result = x * x;            /* stack: square's frame */
    return result;
}

int main(void) {
    int n = 7;                     /* stack: main's frame */
    int *nums = malloc(100 * sizeof *nums); /* nums on the stack, the 400 bytes on the heap */
    nums[0] = square(n);
    free(nums);
    return 0;
}`;

const PY_TEXT = `import sys

LIMIT = 1000            # module global: a name in the module's dict

def square(x):
    result = x * x      # a new int object (in a pymalloc arena) or a cached small int
    return result

def main():
    n = 7               # small int: cached (static data in 3.11+)
    nums = [0] * 100    # list object in a pymalloc arena, its item array on [heap]
    nums[0] = square(n)
    return nums

main()`;

const SEEDS = Array.from({ length: 300 }, (_, i) => i * 7919 + 1);

/** Every `{name}` placeholder of a string. */
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

describe('sample programs', () => {
  // Comments are prose in the page's language (message keys); the code is the same in both.
  const comments = tableOf(['map.comment.']);
  const commentIn = (lang: 'en' | 'ko') => (key: string) => comments[key]![lang];

  it('reproduce the chapter text exactly, numbered from 1', () => {
    expect(programText(C_PROGRAM, commentIn('en'))).toBe(C_TEXT);
    expect(programText(PYTHON_PROGRAM, commentIn('en'))).toBe(PY_TEXT);
    for (const p of [C_PROGRAM, PYTHON_PROGRAM]) {
      p.lines.forEach((l, i) => expect(l.n).toBe(i + 1));
    }
  });

  it('match the first C and Python code blocks of the chapter, comments in the chapter\'s language', () => {
    for (const lang of ['en', 'ko'] as const) {
      const file = `content/${lang}/01-memory-layout.mdx`;
      const mdx = readFileSync(file, 'utf8');
      const block = (info: string) => mdx.match(new RegExp('^```' + info + '(?: run)?\\n([\\s\\S]*?)\\n```', 'm'))?.[1];
      expect(block('c'), file).toBe(programText(C_PROGRAM, commentIn(lang)));
      expect(block('python'), file).toBe(programText(PYTHON_PROGRAM, commentIn(lang)));
    }
  });

  it('leave no English in the Korean comments but code names', () => {
    for (const p of [C_PROGRAM, PYTHON_PROGRAM]) {
      for (const l of p.lines.filter((l) => l.commentKey !== undefined)) {
        const words = commentIn('ko')(l.commentKey!).replace(/\b(bss|MiB|int|pymalloc|square|main|nums|heap)\b/g, '');
        expect(words, `${p.id} line ${l.n}`).not.toMatch(/[A-Za-z]{2,}/);
      }
    }
  });

  it('place the C declarations where the chapter says', () => {
    const at = (n: number) => regionsOfLine(C_PROGRAM.lines[n - 1]!);
    expect(at(3)).toEqual(['rodata']);
    expect(at(4)).toEqual(['data']);
    expect(at(5)).toEqual(['bss']);
    expect(at(7)).toEqual(['stack', 'text']);
    expect(at(8)).toEqual(['stack']);
    expect(at(13)).toEqual(['stack']);
    expect(at(14)).toEqual(['stack', 'heap']);
    expect(at(2)).toEqual([]);
  });

  it('place Python names in frames or dicts and objects on the heap, small ints in static data', () => {
    const py = (n: number) => PYTHON_PROGRAM.lines[n - 1]!;
    const seg = (n: number, labelKey: string) =>
      py(n).placements.filter((p) => p.labelKey === labelKey).map((p) => p.segment);
    expect(seg(3, 'item.name')).toEqual(['mmap']);
    expect(seg(3, 'item.object')).toEqual(['mmap']); // 1000: pymalloc arena
    expect(seg(10, 'item.object')).toEqual(['data']); // 7: static in libpython (3.11+)
    expect(seg(11, 'item.items')).toEqual(['heap']); // 800-byte item array: > 512 → malloc
    expect(seg(5, 'item.object')).toEqual(['mmap']); // the function object: pymalloc arena
    expect(regionsOfLine(py(15))).toContain('stack');
  });

  it('explain an object in the mmap region by its arena, never as a heap object', () => {
    const table = tableOf(['py.']);
    for (const l of PYTHON_PROGRAM.lines) {
      for (const pl of l.placements.filter((p) => p.segment === 'mmap')) {
        const { en, ko } = table[pl.explanationKey]!;
        const where = `line ${l.n}: ${pl.explanationKey}`;
        expect(en, where).not.toMatch(/heap object/i);
        expect(ko, where).not.toMatch(/힙 객체/);
        if (pl.labelKey !== 'item.object') continue;
        expect(en, where).toMatch(/arena/);
        expect(ko, where).toMatch(/아레나/);
      }
    }
  });

  it('start on a line that has something to show', () => {
    for (const p of [C_PROGRAM, PYTHON_PROGRAM]) {
      const l = p.lines[p.initialLine - 1]!;
      expect(l.placements.length).toBeGreaterThan(0);
    }
  });

  it('have an explanation in both languages for every key, with the parameters it needs', () => {
    for (const p of [C_PROGRAM, PYTHON_PROGRAM]) {
      for (const l of p.lines) {
        for (const pl of l.placements) {
          const entry = tableOf(['seg.', 'region.', 'map.', 'item.', 'why.', 'hint.', 'c.', 'py.', 'quiz.'])[pl.explanationKey];
          expect(entry, pl.explanationKey).toBeDefined();
          for (const lang of ['en', 'ko'] as const) {
            for (const ph of placeholders(entry![lang])) expect(pl.params, `${pl.explanationKey} ${ph}`).toHaveProperty(ph);
          }
          expect(tableOf(['seg.', 'region.', 'map.', 'item.', 'why.', 'hint.', 'c.', 'py.', 'quiz.'])[pl.labelKey]).toBeDefined();
        }
        if (l.noteKey) expect(tableOf(['seg.', 'region.', 'map.', 'item.', 'why.', 'hint.', 'c.', 'py.', 'quiz.'])[l.noteKey], l.noteKey).toBeDefined();
      }
    }
  });
});

describe('generateSegmentQuiz', () => {
  it('is deterministic: same seed, same quiz', () => {
    for (const seed of [1, 2, 42, 123456789]) {
      expect(generateSegmentQuiz(seed)).toEqual(generateSegmentQuiz(seed));
    }
  });

  it('varies with the seed', () => {
    const snippets = new Set(SEEDS.slice(0, 50).map((s) => generateSegmentQuiz(s).lines.join('\n')));
    expect(snippets.size).toBeGreaterThan(40);
  });

  it('draws 5 to 8 items with unique ids, valid segments and lines that name them', () => {
    for (const seed of SEEDS) {
      const quiz = generateSegmentQuiz(seed);
      expect(quiz.items.length).toBeGreaterThanOrEqual(5);
      expect(quiz.items.length).toBeLessThanOrEqual(8);
      expect(new Set(quiz.items.map((i) => i.id)).size).toBe(quiz.items.length);
      for (const item of quiz.items) {
        expect(isSegmentKind(item.segment)).toBe(true);
        expect(item.segment).toBe(SEGMENT_OF[item.kind]);
        expect(quiz.lines[item.line - 1]).toContain(item.name);
      }
      // Items appear in snippet order.
      const lines = quiz.items.map((i) => i.line);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
      // At least three different segments in every quiz.
      expect(new Set(quiz.items.map((i) => i.segment)).size).toBeGreaterThanOrEqual(3);
    }
  });

  it('produces balanced braces, a main, and malloc only with its header and a free', () => {
    for (const seed of SEEDS) {
      const text = generateSegmentQuiz(seed).lines.join('\n');
      expect(text.split('{').length).toBe(text.split('}').length);
      expect(text).toContain('int main(void) {');
      if (text.includes('malloc(')) {
        expect(text.startsWith('#include <stdlib.h>')).toBe(true);
        expect(text).toContain('free(');
      }
      // Two items never share a name on the same line unless one is the block behind a pointer.
      const quiz = generateSegmentQuiz(seed);
      const keys = quiz.items.map((i) => `${i.line}:${i.name}:${i.labelKey}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('over many seeds, uses every template and every segment', () => {
    const kinds = new Set<TemplateKind>();
    const segs = new Set<SegmentKind>();
    for (const seed of SEEDS) {
      for (const item of generateSegmentQuiz(seed).items) {
        kinds.add(item.kind);
        segs.add(item.segment);
      }
    }
    expect([...kinds].sort()).toEqual(Object.keys(SEGMENT_OF).sort());
    expect([...segs].sort()).toEqual([...QUIZ_SEGMENTS].sort());
  });

  it('classifies each template the way a C compiler on Linux lays it out', () => {
    // Find each kind in some quiz and check the declaration text against the rule.
    const examples = new Map<TemplateKind, { item: QuizItem; text: string }>();
    for (const seed of SEEDS) {
      const quiz = generateSegmentQuiz(seed);
      for (const item of quiz.items) {
        if (!examples.has(item.kind)) examples.set(item.kind, { item, text: quiz.lines[item.line - 1]! });
      }
    }
    const rules: Record<TemplateKind, [RegExp, SegmentKind]> = {
      function: [/^int \w+\(.*\) \{$/, 'text'],
      constGlobal: [/^const int \w+\[\] = \{/, 'rodata'],
      staticConstTable: [/^\s*static const int \w+\[\d*\] = \{/, 'rodata'],
      stringLiteral: [/"[^"]*";$/, 'rodata'],
      globalPointer: [/^const char \*\w+ = "/, 'data'],
      initGlobal: [/^int \w+ = [1-9]\d*;$/, 'data'],
      staticGlobalInit: [/^static double \w+ = [\d.]+;$/, 'data'],
      uninitGlobal: [/^int \w+;$/, 'bss'],
      zeroGlobal: [/^int \w+ = 0;$/, 'bss'],
      staticArray: [/^static char \w+\[\d+\];$/, 'bss'],
      staticLocalInit: [/^ {4}static int \w+ = [1-9]\d*;$/, 'data'],
      staticLocalZero: [/^ {4}static int \w+( = 0)?;$/, 'bss'],
      local: [/^ {4}int \w+ = /, 'stack'],
      constLocal: [/^ {4}const int \w+ = \d+;$/, 'stack'],
      localArray: [/^ {4}char \w+\[\] = "/, 'stack'],
      param: [/^int \w+\(int \w+\) \{$/, 'stack'],
      pointerVar: [/^ {4}(const char|int|double|long) \*\w+ = /, 'stack'],
      mallocBlock: [/= malloc\(\d+ \* sizeof \*\w+\);$/, 'heap'],
    };
    for (const [kind, [pattern, segment]] of Object.entries(rules) as [TemplateKind, [RegExp, SegmentKind]][]) {
      const ex = examples.get(kind);
      expect(ex, kind).toBeDefined();
      expect(ex!.text, kind).toMatch(pattern);
      expect(ex!.item.segment, kind).toBe(segment);
    }
  });

  it('keeps malloc blocks below glibc’s 128 KiB mmap threshold, so "heap" is right', () => {
    for (const seed of SEEDS) {
      for (const item of generateSegmentQuiz(seed).items) {
        if (item.kind === 'mallocBlock') expect(Number(item.params.bytes)).toBeLessThan(128 * 1024);
      }
    }
  });

  it('has strings in both languages for every label, explanation and hint it can produce', () => {
    for (const seed of SEEDS) {
      for (const item of generateSegmentQuiz(seed).items) {
        for (const key of [item.labelKey, item.explanationKey]) {
          const entry = tableOf(['seg.', 'region.', 'map.', 'item.', 'why.', 'hint.', 'c.', 'py.', 'quiz.'])[key];
          expect(entry, key).toBeDefined();
          for (const lang of ['en', 'ko'] as const) {
            expect(entry![lang].length).toBeGreaterThan(0);
            for (const ph of placeholders(entry![lang])) expect(item.params, `${key} {${ph}}`).toHaveProperty(ph);
          }
        }
        for (const answer of QUIZ_SEGMENTS) {
          const hint = gradeSegmentAnswer(item, answer).hintKey;
          if (hint) expect(tableOf(['seg.', 'region.', 'map.', 'item.', 'why.', 'hint.', 'c.', 'py.', 'quiz.'])[hint], hint).toBeDefined();
        }
      }
    }
  });
});

describe('gradeSegmentAnswer', () => {
  const quiz = generateSegmentQuiz(1);
  const item = quiz.items[0]!;

  it('accepts the right segment and says why', () => {
    const g = gradeSegmentAnswer(item, item.segment);
    expect(g).toMatchObject({ correct: true, expected: item.segment, given: item.segment });
    expect(g.explanationKey).toBe(item.explanationKey);
    expect(g.params).toEqual(item.params);
    expect(g.hintKey).toBeUndefined();
  });

  it('rejects any other segment, a missing answer and junk, still explaining the right one', () => {
    for (const wrong of QUIZ_SEGMENTS.filter((s) => s !== item.segment)) {
      const g = gradeSegmentAnswer(item, wrong);
      expect(g.correct).toBe(false);
      expect(g.expected).toBe(item.segment);
      expect(g.explanationKey).toBe(item.explanationKey);
    }
    expect(gradeSegmentAnswer(item, null)).toMatchObject({ correct: false, given: null });
    expect(gradeSegmentAnswer(item, undefined)).toMatchObject({ correct: false, given: null });
    expect(gradeSegmentAnswer(item, 'mmap' as SegmentKind)).toMatchObject({ correct: false, given: null });
  });

  it('names the misconception behind typical wrong answers', () => {
    const mk = (kind: TemplateKind): QuizItem => ({
      id: 'x',
      kind,
      name: 'v',
      labelKey: 'item.var',
      line: 1,
      segment: SEGMENT_OF[kind],
      explanationKey: `why.${kind}`,
      params: { name: 'v', fn: 'f' },
    });
    expect(gradeSegmentAnswer(mk('staticLocalZero'), 'stack').hintKey).toBe('hint.staticNotStack');
    expect(gradeSegmentAnswer(mk('zeroGlobal'), 'data').hintKey).toBe('hint.zeroIsBss');
    expect(gradeSegmentAnswer(mk('pointerVar'), 'heap').hintKey).toBe('hint.pointerNotBlock');
    expect(gradeSegmentAnswer(mk('mallocBlock'), 'stack').hintKey).toBe('hint.blockNotFrame');
    expect(gradeSegmentAnswer(mk('constLocal'), 'rodata').hintKey).toBe('hint.constNotRodata');
    expect(gradeSegmentAnswer(mk('globalPointer'), 'rodata').hintKey).toBe('hint.pointerNotLiteral');
    expect(gradeSegmentAnswer(mk('local'), 'text').hintKey).toBeUndefined();
  });

  it('grades a whole quiz: k of n', () => {
    const answers: Record<string, SegmentKind> = {};
    quiz.items.forEach((it, i) => {
      answers[it.id] = i === 0 ? QUIZ_SEGMENTS.find((s) => s !== it.segment)! : it.segment;
    });
    const r = gradeSegmentQuiz(quiz, answers);
    expect(r.total).toBe(quiz.items.length);
    expect(r.correct).toBe(quiz.items.length - 1);
    expect(r.grades[quiz.items[0]!.id]!.correct).toBe(false);
  });
});

describe('regions', () => {
  it('run from the stack at the top to text at the bottom', () => {
    expect(REGIONS_TOP_DOWN[0]).toBe('stack');
    expect(REGIONS_TOP_DOWN[REGIONS_TOP_DOWN.length - 1]).toBe('text');
    for (const s of QUIZ_SEGMENTS) expect(REGIONS_TOP_DOWN).toContain(s);
  });
});
