import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableOf } from '../../i18n/messages';
import { describe, expect, it } from 'vitest';
import {
  BUILDS,
  DOMAINS,
  LAYERS,
  LAYER_LEVELS,
  PICTURE_NOTES,
  PYTHONMALLOC_VALUES,
  domainOf,
  domainsThrough,
  layerAt,
  levelLabel,
  pythonMallocValuesOf,
  routesOf,
  type DomainId,
} from './layers';
import { BUILD_IDS, DOMAIN_IDS } from './layers';

const minor = (v: string) => Number(v.split('.')[1]) + 100 * Number(v.split('.')[0]);

/** Every message key the data refers to. */
function referencedKeys(): string[] {
  const keys: string[] = [];
  for (const l of LAYERS) {
    keys.push(l.nameKey, l.roleKey, l.servesKey, ...l.notes.map((n) => n.key));
    if (l.correctionKey) keys.push(l.correctionKey);
  }
  for (const d of DOMAINS) keys.push(d.nameKey, d.purposeKey, ...d.notes.map((n) => n.key));
  for (const b of BUILDS) keys.push(b.labelKey);
  for (const d of DOMAIN_IDS) for (const b of BUILD_IDS) keys.push(...routesOf(d, b).map((r) => r.whenKey));
  keys.push(...PICTURE_NOTES.map((n) => n.key));
  return [...new Set(keys)];
}

describe('the layer picture', () => {
  it('has the six layers of the source diagram, +3 on top, the kernel below 0', () => {
    expect(LAYERS.map((l) => l.level)).toEqual([3, 2, 1, 0, -1, -2]);
    expect(LAYERS.map((l) => levelLabel(l.level))).toEqual(['+3', '+2', '+1', '0', '−1', '−2']);
    expect(LAYERS.filter((l) => l.side === 'kernel').map((l) => l.level)).toEqual([-1, -2]);
    expect(new Set(LAYERS.map((l) => l.id)).size).toBe(6);
    expect(layerAt(2).id).toBe('object-allocator');
  });

  it('every sentence it refers to exists in English and Korean, and every sentence is used', () => {
    const keys = referencedKeys();
    const table = tableOf(['layers.']) as Record<string, { en: string; ko: string }>;
    expect(keys.filter((k) => !table[k]?.en || !table[k]?.ko)).toEqual([]);
    expect(Object.keys(table).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('Korean is Korean, and code spans (backticks) are balanced in both languages', () => {
    for (const [key, t] of Object.entries(tableOf(['layers.']))) {
      if (!key.startsWith('layers.domain.') || !key.endsWith('.name')) expect([key, /[가-힣]/.test(t.ko)]).toEqual([key, true]);
      expect([key, t.en.split('`').length % 2, t.ko.split('`').length % 2]).toEqual([key, 1, 1]);
    }
  });

  it('version notes are oldest first and cite a facts-sheet section', () => {
    for (const owner of [...LAYERS, ...DOMAINS]) {
      const versions = owner.notes.map((n) => minor(n.version));
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
      for (const n of owner.notes) expect(n.section).toMatch(/^§\d/);
    }
    // Facts the sheet corrects: the 512-byte threshold arrived in 3.3, large pools in 3.10.
    const notes = layerAt(2).notes;
    expect(notes.find((n) => n.key === 'layers.note.threshold512')?.version).toBe('3.3');
    expect(notes.find((n) => n.key === 'layers.note.largePools')?.version).toBe('3.10');
    expect(tableOf(['layers.'])['layers.note.threshold512']!.en).toContain('256 to 512');
  });
});

describe('domains', () => {
  it('map to their C functions', () => {
    const names = (id: DomainId) => domainOf(id).functions.filter((f) => f.kind === 'c-api').map((f) => f.name);
    expect(names('raw')).toEqual(['PyMem_RawMalloc', 'PyMem_RawCalloc', 'PyMem_RawRealloc', 'PyMem_RawFree']);
    expect(names('mem')).toEqual(['PyMem_Malloc', 'PyMem_Calloc', 'PyMem_Realloc', 'PyMem_Free']);
    expect(names('obj')).toEqual(['PyObject_Malloc', 'PyObject_Calloc', 'PyObject_Realloc', 'PyObject_Free']);
    expect(domainOf('mem').functions.filter((f) => f.kind === 'c-api-macro').map((f) => f.name)).toEqual(['PyMem_New', 'PyMem_Resize', 'PyMem_Del']);
    expect(DOMAINS.map((d) => [d.constant, d.needsGil])).toEqual([
      ['PYMEM_DOMAIN_RAW', false],
      ['PYMEM_DOMAIN_MEM', true],
      ['PYMEM_DOMAIN_OBJ', true],
    ]);
  });

  it("a domain's functions are listed at the layer that serves it in the default build", () => {
    const at = (level: 1 | 2) => layerAt(level).functions.map((f) => f.name);
    for (const f of domainOf('raw').functions) expect(at(1)).toContain(f.name);
    for (const id of ['mem', 'obj'] as const) for (const f of domainOf(id).functions.filter((x) => x.kind === 'c-api')) expect(at(2)).toContain(f.name);
  });
});

describe('default allocators per build (facts §1.3) and routes', () => {
  it('follow the docs table', () => {
    expect(BUILDS.map((b) => [b.id, b.name, b.allocators.raw, b.allocators.mem, b.allocators.obj, b.debugHooks])).toEqual([
      ['release', 'pymalloc', 'malloc', 'pymalloc', 'pymalloc', false],
      ['debug', 'pymalloc_debug', 'malloc', 'pymalloc', 'pymalloc', true],
      ['no-pymalloc', 'malloc', 'malloc', 'malloc', 'malloc', false],
      ['free-threaded', null, 'malloc', 'mimalloc', 'mimalloc', false],
    ]);
    expect(BUILDS.find((b) => b.id === 'free-threaded')!.since).toBe('3.13');
  });

  it('small pymalloc requests skip +1 and malloc (mmap’d arenas); large ones go down through them', () => {
    expect(routesOf('obj', 'release').map((r) => r.layers)).toEqual([
      [2, -1, -2],
      [2, 1, 0, -1, -2],
    ]);
    expect(routesOf('raw', 'release').map((r) => r.layers)).toEqual([[1, 0, -1, -2]]);
    expect(routesOf('obj', 'free-threaded').map((r) => r.layers)).toEqual([[2, -1, -2]]);
    expect(domainsThrough(0, 'release')).toEqual(['raw', 'mem', 'obj']);
    expect(domainsThrough(0, 'free-threaded')).toEqual(['raw']);
    expect(domainsThrough(2, 'no-pymalloc')).toEqual([]);
    expect(domainsThrough(3, 'release')).toEqual([]);
  });

  it('every route runs downwards through the picture and ends in RAM', () => {
    for (const d of DOMAIN_IDS) {
      for (const b of BUILD_IDS) {
        for (const r of routesOf(d, b)) {
          const order = r.layers.map((l) => LAYER_LEVELS.indexOf(l));
          expect(order).toEqual([...order].sort((x, y) => x - y));
          expect(r.layers.at(-1)).toBe(-2);
        }
      }
    }
  });
});

describe('PYTHONMALLOC (facts §1.4)', () => {
  it('grows from 5 values in 3.6 to 8 in 3.13', () => {
    expect(pythonMallocValuesOf('3.6')).toEqual(['malloc', 'pymalloc', 'debug', 'malloc_debug', 'pymalloc_debug']);
    expect(pythonMallocValuesOf('3.7')).toContain('default');
    expect(pythonMallocValuesOf('3.12')).not.toContain('mimalloc');
    expect(pythonMallocValuesOf('3.13')).toEqual(PYTHONMALLOC_VALUES.map((v) => v.value));
  });
});

describe("chapter 7's text drawing of the layers", () => {
  /** The C-API names each level of the drawing lists (a line without a level continues the one above). */
  function drawnFunctions(lang: 'en' | 'ko'): Map<number, string[]> {
    const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'content', lang, '07-cpython-memory.mdx'), 'utf8');
    const block = [...text.matchAll(/^```text\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).find((b) => /^\s*\+3\s/m.test(b) && b.includes('PyObject_Malloc'));
    if (!block) throw new Error(`no layer drawing in ${lang}/07`);
    const drawn = new Map<number, string[]>();
    let level: number | null = null;
    for (const line of block.split('\n')) {
      const m = /^\s*([+-]?\d)\s{2,}/.exec(line);
      if (m) level = Number(m[1]);
      if (level === null) continue;
      drawn.set(level, [...(drawn.get(level) ?? []), ...(line.match(/\bPy[A-Z]\w*/g) ?? [])]);
    }
    return drawn;
  }

  for (const lang of ['en', 'ko'] as const) {
    it(`${lang}: puts every C function at the layer the diagram's data does (PyMem_Malloc at +2 since 3.6)`, () => {
      const drawn = drawnFunctions(lang);
      expect([...drawn.keys()]).toEqual([...LAYER_LEVELS]);
      for (const [level, names] of drawn) {
        const known = layerAt(level as (typeof LAYER_LEVELS)[number]).functions.map((f) => f.name);
        expect([level, names.filter((n) => !known.includes(n))]).toEqual([level, []]);
      }
      expect(drawn.get(2)).toContain('PyMem_Malloc');
      expect(drawn.get(1)).toContain('PyMem_RawMalloc');
    });
  }
});
