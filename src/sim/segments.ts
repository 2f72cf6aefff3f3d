/**
 * Where a program's data lives: the segments of a process's address space, the two sample
 * programs of chapter 1 (C and Python) annotated line by line, and the seeded "Which
 * segment?" exercise (a generator of C snippets plus a grader).
 *
 * Pure data and functions: no DOM, no Svelte. Every explanation is a message key plus
 * parameters, so the views narrate it in either language (strings in `src/i18n/segments.ts`).
 *
 * Decisions recorded here:
 * - The model is 64-bit Linux (x86-64, glibc), a non-PIE-agnostic classic layout: text lowest,
 *   then rodata, data, bss, the brk heap growing up, a large gap, the mmap region (shared
 *   libraries, large malloc blocks, pymalloc arenas, CPython's frame stack) and the main
 *   thread's stack at the top, growing down.
 * - The exercise asks only about the six classic places ({@link QUIZ_SEGMENTS}); its malloc'd
 *   blocks are always far below glibc's 128 KiB mmap threshold, so "heap" is right for them.
 * - The Python program is described for CPython 3.11+ on 64-bit Linux; explanations name the
 *   versions where older CPythons differ.
 */
import { createRng, type Rng } from './rng';

/** A region of the address-space diagram. */
export type RegionKind = 'stack' | 'mmap' | 'heap' | 'bss' | 'data' | 'rodata' | 'text';

/** The segments a student chooses from in the exercise (the classic six). */
export type SegmentKind = Exclude<RegionKind, 'mmap'>;

/** The diagram's regions from high addresses (top) to low addresses (bottom). */
export const REGIONS_TOP_DOWN: readonly RegionKind[] = [
  'stack',
  'mmap',
  'heap',
  'bss',
  'data',
  'rodata',
  'text',
];

/** The exercise's choices, in the order a student reads them: low addresses first. */
export const QUIZ_SEGMENTS: readonly SegmentKind[] = ['text', 'rodata', 'data', 'bss', 'heap', 'stack'];

export function isSegmentKind(value: unknown): value is SegmentKind {
  return typeof value === 'string' && (QUIZ_SEGMENTS as readonly string[]).includes(value);
}

/** How an item's name is presented: `counter`, the string literal `"ready"`, the block `xs` points to, … */
export type ItemLabelKey =
  | 'item.var'
  | 'item.array'
  | 'item.pointer'
  | 'item.param'
  | 'item.literal'
  | 'item.block'
  | 'item.function'
  | 'item.name'
  | 'item.object'
  | 'item.list'
  | 'item.items'
  | 'item.frame'
  | 'item.cframe'
  | 'item.interp'
  | 'item.libc';

export type Params = Record<string, string | number>;

/** One thing in memory that a line creates or uses, and where it lives. */
export interface Placement {
  /** The code text that names it: `counter`, `"ready"`, `xs`, `1000`. */
  readonly name: string;
  readonly labelKey: ItemLabelKey;
  readonly segment: RegionKind;
  readonly explanationKey: string;
  readonly params: Params;
}

export interface ProgramLine {
  /** 1-based line number, as printed in the chapter. */
  readonly n: number;
  readonly code: string;
  /** What this line's data is and where it lives (empty for blank lines, braces, …). */
  readonly placements: readonly Placement[];
  /** A remark about the line as a whole (e.g. what `return` does to the frame). */
  readonly noteKey?: string;
  /** The line's source comment, a message key: comments are prose, in the page's language. */
  readonly commentKey?: string;
}

export interface SampleProgram {
  readonly id: 'c' | 'python';
  readonly lines: readonly ProgramLine[];
  /** The line selected when the page loads (its explanation is in the server-rendered HTML). */
  readonly initialLine: number;
  /** The column comments start at (a longer line puts its comment one space after the code). */
  readonly commentColumn: number;
}

/** A line's code and its comment in one language, as printed: `[code + padding, comment]`. */
export function sourceParts(program: SampleProgram, l: ProgramLine, comment: (key: string) => string): [string, string] {
  if (l.commentKey === undefined) return [l.code, ''];
  const text = comment(l.commentKey);
  const marked = program.id === 'c' ? `/* ${text} */` : `# ${text}`;
  return [l.code.length < program.commentColumn ? l.code.padEnd(program.commentColumn) : `${l.code} `, marked];
}

/** The whole program with its comments in one language, as the chapter prints it. */
export function programText(program: SampleProgram, comment: (key: string) => string): string {
  return program.lines.map((l) => sourceParts(program, l, comment).join('')).join('\n');
}

/** The regions a line's data lives in, in diagram order (top to bottom), without repeats. */
export function regionsOfLine(line: ProgramLine): RegionKind[] {
  const used = new Set(line.placements.map((p) => p.segment));
  return REGIONS_TOP_DOWN.filter((r) => used.has(r));
}

const place = (
  name: string,
  labelKey: ItemLabelKey,
  segment: RegionKind,
  explanationKey: string,
  params: Params = {},
): Placement => ({ name, labelKey, segment, explanationKey, params: { name, ...params } });

const line = (n: number, code: string, placements: Placement[] = [], keys: { noteKey?: string; commentKey?: string } = {}): ProgramLine => ({
  n,
  code,
  placements,
  ...keys,
});

/** The chapter's C program, line for line. */
export const C_PROGRAM: SampleProgram = {
  id: 'c',
  initialLine: 4,
  commentColumn: 35,
  lines: [
    line(1, '#include <stdlib.h>', [place('malloc', 'item.libc', 'mmap', 'c.libc')]),
    line(2, ''),
    line(3, 'const char greeting[] = "hello";', [
      place('greeting', 'item.array', 'rodata', 'why.constGlobal'),
    ], { commentKey: 'map.comment.c.rodata' }),
    line(4, 'int counter = 42;', [
      place('counter', 'item.var', 'data', 'why.initGlobal', { value: 42 }),
    ], { commentKey: 'map.comment.c.data' }),
    line(5, 'static char buffer[1 << 20];', [
      place('buffer', 'item.array', 'bss', 'c.buffer'),
    ], { commentKey: 'map.comment.c.bss' }),
    line(6, ''),
    line(7, 'int square(int x) {', [
      place('square', 'item.function', 'text', 'why.function'),
      place('x', 'item.param', 'stack', 'why.param', { fn: 'square' }),
    ], { commentKey: 'map.comment.c.text' }),
    line(8, '    int result = x * x;', [
      place('result', 'item.var', 'stack', 'why.local', { fn: 'square' }),
    ], { commentKey: 'map.comment.c.squareFrame' }),
    line(9, '    return result;', [place('square', 'item.frame', 'stack', 'c.returnFrame', { fn: 'square' })]),
    line(10, '}', [], { noteKey: 'c.note.endSquare' }),
    line(11, ''),
    line(12, 'int main(void) {', [place('main', 'item.function', 'text', 'why.function')]),
    line(13, '    int n = 7;', [
      place('n', 'item.var', 'stack', 'why.local', { fn: 'main' }),
    ], { commentKey: 'map.comment.c.mainFrame' }),
    line(14, '    int *nums = malloc(100 * sizeof *nums);', [
      place('nums', 'item.pointer', 'stack', 'why.pointerVar', { fn: 'main' }),
      place('nums', 'item.block', 'heap', 'why.mallocBlock', { bytes: 400 }),
    ], { commentKey: 'map.comment.c.nums' }),
    line(15, '    nums[0] = square(n);', [
      place('square', 'item.frame', 'stack', 'c.callFrame', { fn: 'square', caller: 'main' }),
      place('nums', 'item.block', 'heap', 'c.writeBlock'),
    ]),
    line(16, '    free(nums);', [place('nums', 'item.block', 'heap', 'c.free')]),
    line(17, '    return 0;', [place('main', 'item.frame', 'stack', 'c.returnMain', { fn: 'main' })]),
    line(18, '}', [], { noteKey: 'c.note.endMain' }),
  ],
};

/** The chapter's Python program, line for line (CPython 3.11+ on 64-bit Linux). */
export const PYTHON_PROGRAM: SampleProgram = {
  id: 'python',
  initialLine: 3,
  commentColumn: 24,
  lines: [
    line(1, 'import sys', [
      place('sys', 'item.name', 'mmap', 'py.globalName'),
      place('sys', 'item.object', 'mmap', 'py.moduleObject'),
    ]),
    line(2, ''),
    line(3, 'LIMIT = 1000', [
      place('LIMIT', 'item.name', 'mmap', 'py.globalName'),
      place('1000', 'item.object', 'mmap', 'py.intObject', { size: 28, block: 32 }),
    ], { commentKey: 'map.comment.python.limit' }),
    line(4, ''),
    line(5, 'def square(x):', [
      place('square', 'item.name', 'mmap', 'py.globalName'),
      place('square', 'item.object', 'mmap', 'py.functionObject'),
      place('square', 'item.interp', 'text', 'py.interpreterCode'),
    ]),
    line(6, '    result = x * x', [
      place('result', 'item.name', 'mmap', 'py.frameSlot', { fn: 'square' }),
      place('x * x', 'item.object', 'data', 'py.squareResult', { value: 49 }),
    ], { commentKey: 'map.comment.python.result' }),
    line(7, '    return result', [place('square', 'item.frame', 'mmap', 'py.returnFrame', { fn: 'square' })]),
    line(8, ''),
    line(9, 'def main():', [
      place('main', 'item.name', 'mmap', 'py.globalName'),
      place('main', 'item.object', 'mmap', 'py.functionObject'),
    ]),
    line(10, '    n = 7', [
      place('n', 'item.name', 'mmap', 'py.frameSlot', { fn: 'main' }),
      place('7', 'item.object', 'data', 'py.smallInt'),
    ], { commentKey: 'map.comment.python.smallInt' }),
    line(11, '    nums = [0] * 100', [
      place('nums', 'item.name', 'mmap', 'py.frameSlot', { fn: 'main' }),
      place('[0] * 100', 'item.list', 'mmap', 'py.listObject', { size: 56 }),
      place('[0] * 100', 'item.items', 'heap', 'py.listItems', { count: 100, bytes: 800 }),
      place('0', 'item.object', 'data', 'py.smallIntShared', { count: 100 }),
    ], { commentKey: 'map.comment.python.list' }),
    line(12, '    nums[0] = square(n)', [
      place('square', 'item.frame', 'mmap', 'py.callFrame', { fn: 'square' }),
      place('49', 'item.object', 'data', 'py.storeSmallInt', { value: 49 }),
    ]),
    line(13, '    return nums', [
      place('main', 'item.frame', 'mmap', 'py.returnFrame', { fn: 'main' }),
      place('nums', 'item.list', 'mmap', 'py.listSurvives'),
    ]),
    line(14, ''),
    line(15, 'main()', [
      place('main', 'item.frame', 'mmap', 'py.callFrame', { fn: 'main' }),
      place('_PyEval_EvalFrameDefault', 'item.cframe', 'stack', 'py.cStack'),
      place('[0] * 100', 'item.list', 'mmap', 'py.listFreed'),
    ]),
  ],
};

export const SAMPLE_PROGRAMS = { c: C_PROGRAM, python: PYTHON_PROGRAM } as const;

// ---------------------------------------------------------------------------------------------
// The "Which segment?" exercise
// ---------------------------------------------------------------------------------------------

/** The kinds of declaration the generator draws from; each has one correct segment. */
export type TemplateKind =
  | 'function'
  | 'constGlobal'
  | 'staticConstTable'
  | 'stringLiteral'
  | 'globalPointer'
  | 'initGlobal'
  | 'staticGlobalInit'
  | 'uninitGlobal'
  | 'zeroGlobal'
  | 'staticArray'
  | 'staticLocalInit'
  | 'staticLocalZero'
  | 'local'
  | 'constLocal'
  | 'localArray'
  | 'param'
  | 'pointerVar'
  | 'mallocBlock';

/** The correct segment of each kind of item: the rule the exercise teaches. */
export const SEGMENT_OF: Readonly<Record<TemplateKind, SegmentKind>> = {
  function: 'text',
  constGlobal: 'rodata',
  staticConstTable: 'rodata',
  stringLiteral: 'rodata',
  globalPointer: 'data',
  initGlobal: 'data',
  staticGlobalInit: 'data',
  uninitGlobal: 'bss',
  zeroGlobal: 'bss',
  staticArray: 'bss',
  staticLocalInit: 'data',
  staticLocalZero: 'bss',
  local: 'stack',
  constLocal: 'stack',
  localArray: 'stack',
  param: 'stack',
  pointerVar: 'stack',
  mallocBlock: 'heap',
};

export interface QuizItem {
  /** Unique within one quiz. */
  readonly id: string;
  readonly kind: TemplateKind;
  /** The code text the item is about: `counter`, `"ready"`, `xs` (for a block: the pointer's name). */
  readonly name: string;
  readonly labelKey: ItemLabelKey;
  /** 1-based line of the snippet where it is declared. */
  readonly line: number;
  readonly segment: SegmentKind;
  readonly explanationKey: string;
  readonly params: Params;
}

export interface SegmentQuiz {
  readonly seed: number;
  /** The C snippet, one string per line (line i+1 is `lines[i]`). */
  readonly lines: readonly string[];
  /** 5 to 8 items, in the order of the snippet. */
  readonly items: readonly QuizItem[];
}

export interface SegmentGrade {
  readonly correct: boolean;
  /** The right segment. */
  readonly expected: SegmentKind;
  /** What the student chose (null when nothing was chosen). */
  readonly given: SegmentKind | null;
  /** Why the right segment is right (always given, so feedback can say why). */
  readonly explanationKey: string;
  readonly params: Params;
  /** For a typical wrong answer, a key naming the misconception behind it. */
  readonly hintKey?: string;
}

/** Misconceptions recognised from a specific wrong answer: kind → given answer → hint key. */
const HINTS: Partial<Record<TemplateKind, Partial<Record<SegmentKind, string>>>> = {
  function: { stack: 'hint.codeNotFrame', heap: 'hint.codeNotFrame' },
  constGlobal: { data: 'hint.constRodata' },
  staticConstTable: { stack: 'hint.staticNotStack', data: 'hint.constRodata' },
  stringLiteral: { stack: 'hint.literalNotVariable', data: 'hint.constRodata' },
  globalPointer: { rodata: 'hint.pointerNotLiteral', stack: 'hint.globalNotStack' },
  initGlobal: { bss: 'hint.nonzeroData', stack: 'hint.globalNotStack' },
  staticGlobalInit: { bss: 'hint.nonzeroData', stack: 'hint.globalNotStack' },
  uninitGlobal: { data: 'hint.noInitBss', stack: 'hint.globalNotStack' },
  zeroGlobal: { data: 'hint.zeroIsBss', stack: 'hint.globalNotStack' },
  staticArray: { data: 'hint.noInitBss', stack: 'hint.globalNotStack' },
  staticLocalInit: { stack: 'hint.staticNotStack', bss: 'hint.nonzeroData' },
  staticLocalZero: { stack: 'hint.staticNotStack', data: 'hint.zeroIsBss' },
  constLocal: { rodata: 'hint.constNotRodata' },
  localArray: { rodata: 'hint.arrayIsCopy' },
  pointerVar: { heap: 'hint.pointerNotBlock' },
  mallocBlock: { stack: 'hint.blockNotFrame' },
};

/** Grades one answer: right or wrong, and always why the right segment is right. */
export function gradeSegmentAnswer(item: QuizItem, answer: SegmentKind | null | undefined): SegmentGrade {
  const given = isSegmentKind(answer) ? answer : null;
  const correct = given === item.segment;
  const hintKey = !correct && given !== null ? HINTS[item.kind]?.[given] : undefined;
  const base = {
    correct,
    expected: item.segment,
    given,
    explanationKey: item.explanationKey,
    params: item.params,
  };
  return hintKey === undefined ? base : { ...base, hintKey };
}

/** Grades a whole quiz; `answers` maps item id → chosen segment. */
export function gradeSegmentQuiz(
  quiz: SegmentQuiz,
  answers: Readonly<Record<string, SegmentKind | null | undefined>>,
): { grades: Record<string, SegmentGrade>; correct: number; total: number } {
  const grades: Record<string, SegmentGrade> = {};
  let correct = 0;
  for (const item of quiz.items) {
    const g = gradeSegmentAnswer(item, answers[item.id]);
    grades[item.id] = g;
    if (g.correct) correct++;
  }
  return { grades, correct, total: quiz.items.length };
}

// --- the generator ---------------------------------------------------------------------------

interface Candidate {
  kind: TemplateKind;
  name: string;
  labelKey: ItemLabelKey;
  line: number;
  params: Params;
}

/** Builds the snippet line by line and records the candidate items on each line. */
class SnippetBuilder {
  readonly lines: string[] = [];
  readonly candidates: Candidate[] = [];
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  /** A fresh identifier from `pool` (never one already used in this snippet). */
  name(pool: readonly string[]): string {
    const free = pool.filter((n) => !this.used.has(n));
    let chosen = free.length > 0 ? this.rng.pick(free) : `${this.rng.pick(pool)}${this.used.size}`;
    while (this.used.has(chosen)) chosen += '_';
    this.used.add(chosen);
    return chosen;
  }

  /** Appends a line; returns its 1-based number. */
  push(text: string): number {
    this.lines.push(text);
    return this.lines.length;
  }

  item(kind: TemplateKind, name: string, labelKey: ItemLabelKey, lineNo: number, params: Params = {}): void {
    this.candidates.push({ kind, name, labelKey, line: lineNo, params: { name, ...params } });
  }
}

type GlobalTemplate = 'constGlobal' | 'globalPointer' | 'initGlobal' | 'staticGlobalInit' | 'uninitGlobal' | 'zeroGlobal' | 'staticArray' | 'staticConstTable';
type HelperTemplate = 'staticLocalInit' | 'staticLocalZero' | 'staticConstTable' | 'constLocal';
type MainTemplate = 'stringLiteral' | 'localArray' | 'mallocBlock';

const GLOBAL_TEMPLATES: readonly GlobalTemplate[] = [
  'constGlobal',
  'globalPointer',
  'initGlobal',
  'staticGlobalInit',
  'uninitGlobal',
  'zeroGlobal',
  'staticArray',
  'staticConstTable',
];
const HELPER_TEMPLATES: readonly HelperTemplate[] = ['staticLocalInit', 'staticLocalZero', 'staticConstTable', 'constLocal'];
const MAIN_TEMPLATES: readonly MainTemplate[] = ['stringLiteral', 'localArray', 'mallocBlock'];

const INT_LISTS = ['{2, 3, 5, 7}', '{10, 20, 30}', '{1, 2, 4, 8}', '{3, 1, 4, 1, 5}'];

/**
 * Draws a random C snippet and 5–8 items to classify, deterministically from `seed`.
 * The snippet is a complete, compilable C program: a few globals, a helper function with a
 * parameter, locals and statics, and a `main` that calls it.
 */
export function generateSegmentQuiz(seed: number): SegmentQuiz {
  const rng = createRng(seed);
  const b = new SnippetBuilder(rng);

  const globals = rng.shuffle(GLOBAL_TEMPLATES).slice(0, rng.int(2, 3));
  const helperExtras = rng.shuffle(HELPER_TEMPLATES).slice(0, rng.int(1, 2));
  const mainExtras = rng.shuffle(MAIN_TEMPLATES).slice(0, rng.int(1, 2));
  const usesMalloc = mainExtras.includes('mallocBlock');

  if (usesMalloc) {
    b.push('#include <stdlib.h>');
    b.push('');
  }

  // File-scope declarations, in a conventional order (const data first).
  let initGlobalName: string | null = null;
  for (const g of GLOBAL_TEMPLATES.filter((t) => globals.includes(t))) {
    switch (g) {
      case 'constGlobal': {
        const name = b.name(['primes', 'digits', 'weights', 'codes']);
        b.item('constGlobal', name, 'item.array', b.push(`const int ${name}[] = ${rng.pick(INT_LISTS)};`));
        break;
      }
      case 'staticConstTable': {
        const name = b.name(['table', 'lookup', 'masks']);
        b.item('staticConstTable', name, 'item.array', b.push(`static const int ${name}[4] = {1, 4, 9, 16};`));
        break;
      }
      case 'globalPointer': {
        const name = b.name(['title', 'banner', 'prompt', 'label']);
        const literal = rng.pick(['"Memory"', '"Welcome"', '"Score"', '"Menu"']);
        const n = b.push(`const char *${name} = ${literal};`);
        b.item('globalPointer', name, 'item.pointer', n);
        b.item('stringLiteral', literal, 'item.literal', n);
        break;
      }
      case 'initGlobal': {
        const name = b.name(['limit', 'counter', 'level', 'capacity', 'speed']);
        const value = rng.int(2, 500);
        initGlobalName = name;
        b.item('initGlobal', name, 'item.var', b.push(`int ${name} = ${value};`), { value });
        break;
      }
      case 'staticGlobalInit': {
        const name = b.name(['rate', 'ratio', 'gain']);
        const value = rng.pick(['0.5', '1.5', '2.5', '0.25']);
        b.item('staticGlobalInit', name, 'item.var', b.push(`static double ${name} = ${value};`), { value });
        break;
      }
      case 'uninitGlobal': {
        const name = b.name(['total', 'score', 'ticks', 'errors']);
        b.item('uninitGlobal', name, 'item.var', b.push(`int ${name};`));
        break;
      }
      case 'zeroGlobal': {
        const name = b.name(['misses', 'retries', 'drops', 'hits']);
        b.item('zeroGlobal', name, 'item.var', b.push(`int ${name} = 0;`));
        break;
      }
      case 'staticArray': {
        const name = b.name(['scratch', 'pool', 'workspace', 'cache']);
        const bytes = rng.pick([256, 1024, 4096, 65536]);
        b.item('staticArray', name, 'item.array', b.push(`static char ${name}[${bytes}];`), { bytes });
        break;
      }
    }
  }
  b.push('');

  // A helper function with a parameter, a local and one or two extras.
  const fn = b.name(['scale', 'step', 'grow', 'update', 'adjust']);
  const param = b.name(['amount', 'delta', 'value', 'input']);
  const fnLine = b.push(`int ${fn}(int ${param}) {`);
  b.item('function', fn, 'item.function', fnLine);
  b.item('param', param, 'item.param', fnLine, { fn });
  let expr = param;
  let countLine: string | null = null;
  for (const h of HELPER_TEMPLATES.filter((t) => helperExtras.includes(t))) {
    switch (h) {
      case 'staticLocalInit': {
        const name = b.name(['base', 'offset', 'bias']);
        const value = rng.int(2, 20);
        b.item('staticLocalInit', name, 'item.var', b.push(`    static int ${name} = ${value};`), { fn, value });
        expr += ` * ${name}`;
        break;
      }
      case 'staticLocalZero': {
        const name = b.name(['calls', 'uses', 'runs']);
        const decl = rng.next() < 0.5 ? `    static int ${name};` : `    static int ${name} = 0;`;
        b.item('staticLocalZero', name, 'item.var', b.push(decl), { fn });
        countLine = `    ${name}++;`;
        break;
      }
      case 'staticConstTable': {
        const name = b.name(['steps', 'factors', 'powers']);
        b.item('staticConstTable', name, 'item.array', b.push(`    static const int ${name}[] = {1, 3, 5, 7};`), { fn });
        expr += ` + ${name}[${param} & 3]`;
        break;
      }
      case 'constLocal': {
        const name = b.name(['k', 'twice', 'shift']);
        const value = rng.int(2, 9);
        b.item('constLocal', name, 'item.var', b.push(`    const int ${name} = ${value};`), { fn, value });
        expr += ` + ${name}`;
        break;
      }
    }
  }
  const local = b.name(['result', 'sum', 'out']);
  b.item('local', local, 'item.var', b.push(`    int ${local} = ${expr};`), { fn });
  if (countLine !== null) b.push(countLine);
  b.push(`    return ${local};`);
  b.push('}');
  b.push('');

  // main: one or two extras and a call of the helper.
  const mainLine = b.push('int main(void) {');
  b.item('function', 'main', 'item.function', mainLine);
  let block: string | null = null;
  for (const m of MAIN_TEMPLATES.filter((t) => mainExtras.includes(t))) {
    switch (m) {
      case 'stringLiteral': {
        const name = b.name(['msg', 'text', 'note']);
        const literal = rng.pick(['"ready"', '"done"', '"hi"', '"ok"']);
        const n = b.push(`    const char *${name} = ${literal};`);
        b.item('pointerVar', name, 'item.pointer', n, { fn: 'main' });
        b.item('stringLiteral', literal, 'item.literal', n);
        break;
      }
      case 'localArray': {
        const name = b.name(['word', 'tag', 'key']);
        const literal = rng.pick(['"stack"', '"frame"', '"local"']);
        b.item('localArray', name, 'item.array', b.push(`    char ${name}[] = ${literal};`), { fn: 'main' });
        break;
      }
      case 'mallocBlock': {
        const name = b.name(['xs', 'vals', 'buf', 'data']);
        const [type, size] = rng.pick([
          ['int', 4],
          ['double', 8],
          ['long', 8],
        ] as const);
        const count = rng.pick([10, 16, 32, 100, 256]);
        const n = b.push(`    ${type} *${name} = malloc(${count} * sizeof *${name});`);
        b.item('pointerVar', name, 'item.pointer', n, { fn: 'main' });
        b.item('mallocBlock', name, 'item.block', n, { bytes: count * size });
        block = name;
        break;
      }
    }
  }
  const resultName = b.name(['r', 'answer', 'res']);
  const arg = initGlobalName ?? String(rng.int(1, 9));
  b.item('local', resultName, 'item.var', b.push(`    int ${resultName} = ${fn}(${arg});`), { fn: 'main' });
  if (block !== null) {
    b.push(`    if (${block} != NULL) ${block}[0] = ${resultName};`);
    b.push(`    free(${block});`);
  }
  b.push(`    return ${resultName} > 0 ? 0 : 1;`);
  b.push('}');

  // Choose 5–8 items: first one of each segment present (so the quiz is varied), then at random.
  const target = rng.int(5, Math.min(8, b.candidates.length));
  const order = rng.shuffle(b.candidates.map((_, i) => i));
  const chosen = new Set<number>();
  const seen = new Set<SegmentKind>();
  for (const i of order) {
    const seg = SEGMENT_OF[b.candidates[i]!.kind];
    if (!seen.has(seg) && chosen.size < target) {
      seen.add(seg);
      chosen.add(i);
    }
  }
  // Then prefer segments with fewer items (at most 3 of a kind while others remain).
  const count = (seg: SegmentKind) =>
    [...chosen].filter((j) => SEGMENT_OF[b.candidates[j]!.kind] === seg).length;
  for (const i of order) {
    if (chosen.size < target && !chosen.has(i) && count(SEGMENT_OF[b.candidates[i]!.kind]) < 3) chosen.add(i);
  }
  for (const i of order) if (chosen.size < target) chosen.add(i);

  const items: QuizItem[] = [...chosen]
    .sort((a, c) => a - c)
    .map((i, k) => {
      const c = b.candidates[i]!;
      return {
        id: `q${k + 1}`,
        kind: c.kind,
        name: c.name,
        labelKey: c.labelKey,
        line: c.line,
        segment: SEGMENT_OF[c.kind],
        explanationKey: `why.${c.kind}`,
        params: c.params,
      };
    });

  return { seed: rng.seed, lines: b.lines, items };
}
