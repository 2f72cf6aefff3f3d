import { tableOf } from '../../i18n/messages';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { attempt, SimError } from '../errors';
import { PYMALLOC_VERSIONS, blocksPerPool, pymallocConfig, sizeClassOf } from './index';
import { LIST_VERSIONS, RUNTIME_VERSIONS, cpythonRuntime, listCapacities, listResize } from '../cpython/index';

function codeOf(fn: () => unknown): string {
  const r = attempt(fn);
  if (r.ok) throw new Error('expected a SimError');
  return r.error.code;
}

describe('pymallocConfig', () => {
  it('3.8–3.9: 16-byte alignment, 512 threshold, 32 classes, 4 KiB pools in 256 KiB arenas', () => {
    for (const v of ['3.8', '3.9']) {
      const c = pymallocConfig(v);
      expect([c.alignment, c.smallRequestThreshold, c.sizeClasses.length]).toEqual([16, 512, 32]);
      expect([c.poolSize, c.arenaSize, c.poolOverhead]).toEqual([4096, 262144, 48]);
      expect([c.poolsPerArena, c.poolsPerAlignedArena]).toEqual([64, 64]);
    }
    expect(pymallocConfig('3.8').keepsOneEmptyArena).toBe(false);
    expect(pymallocConfig('3.9').keepsOneEmptyArena).toBe(true);
  });

  it('3.10+: 16 KiB pools, 1 MiB arenas, 63 usable pools unless the arena is pool-aligned', () => {
    for (const v of ['3.10', '3.11', '3.12', '3.13', '3.14']) {
      const c = pymallocConfig(v);
      expect([c.poolSize, c.arenaSize, c.poolOverhead]).toEqual([16384, 1048576, 48]);
      expect([c.poolsPerArena, c.poolsPerAlignedArena]).toEqual([63, 64]);
      expect(c.keepsOneEmptyArena).toBe(true);
    }
  });

  it('size classes are 16, 32, …, 512', () => {
    expect(pymallocConfig('3.11').sizeClasses).toEqual(Array.from({ length: 32 }, (_, i) => 16 * (i + 1)));
  });

  it('unknown versions throw SimError unknown-version', () => {
    for (const v of ['3.7', '3.15', '3.1', '', '3.8.1']) expect(codeOf(() => pymallocConfig(v))).toBe('unknown-version');
    expect(codeOf(() => sizeClassOf(1, '2.7'))).toBe('unknown-version');
    expect(codeOf(() => blocksPerPool(0, '4.0'))).toBe('unknown-version');
  });
});

describe('sizeClassOf / blocksPerPool', () => {
  it('boundaries', () => {
    expect([0, 1, 16, 17, 512, 513].map((n) => sizeClassOf(n, '3.11'))).toEqual([null, 0, 0, 1, 31, null]);
    expect(sizeClassOf(24, '3.8')).toBe(1); // a float: 24 bytes asked, a 32-byte block used
  });

  it('bad input throws', () => {
    expect(codeOf(() => sizeClassOf(-1, '3.11'))).toBe('bad-size');
    expect(codeOf(() => sizeClassOf(1.5, '3.11'))).toBe('bad-size');
    expect(codeOf(() => blocksPerPool(32, '3.11'))).toBe('bad-class');
    expect(codeOf(() => blocksPerPool(-1, '3.11'))).toBe('bad-class');
    expect(codeOf(() => blocksPerPool(0.5, '3.11'))).toBe('bad-class');
  });

  it('matches the plain reference (n − 1) >> 4 on 1..512, null beyond', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2048 }), fc.constantFrom(...PYMALLOC_VERSIONS), (n, v) => {
        expect(sizeClassOf(n, v)).toBe(n <= 512 ? (n - 1) >> 4 : null);
      }),
      { numRuns: 2000 },
    );
  });

  it('blocks per pool: (pool − 48) // size', () => {
    expect(blocksPerPool(1, '3.11')).toBe(510); // [LOCAL] 3.11.7: 1530 blocks in 3 pools
    expect(blocksPerPool(0, '3.11')).toBe(1021);
    expect(blocksPerPool(31, '3.11')).toBe(31);
    expect(blocksPerPool(0, '3.9')).toBe(253);
    expect(blocksPerPool(31, '3.9')).toBe(7);
  });
});

/** Step-by-step reference written straight from the C, independently of lists.ts. */
function referenceCaps(n: number, minor: number): number[] {
  const caps: number[] = [];
  let allocated = 0;
  for (let size = 0; size < n; size++) {
    const newsize = size + 1;
    if (!(allocated >= newsize && newsize >= allocated >> 1)) {
      if (minor < 9) {
        allocated = newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6);
      } else {
        let na = (newsize + (newsize >> 3) + 6) & ~3;
        if (newsize - size > na - newsize) na = (newsize + 3) & ~3;
        allocated = na;
      }
    }
    caps.push(allocated);
  }
  return caps;
}
const distinct = (xs: number[]): number[] => xs.filter((x, i) => i === 0 || x !== xs[i - 1]);

describe('listCapacities', () => {
  it('3.9+: 4, 8, 16, 24, 32, 40, 52, 64, 76, 92, 108, 128, 148, 172, 200', () => {
    for (const v of ['3.9', '3.10', '3.11', '3.12', '3.13', '3.14', '3.15']) {
      expect(distinct(listCapacities(200, v))).toEqual([4, 8, 16, 24, 32, 40, 52, 64, 76, 92, 108, 128, 148, 172, 200]);
    }
  });

  it('≤3.8: 4, 8, 16, 25, 35, 46, 58, 72, 88, 106, 126, 148, 173, 201', () => {
    for (const v of ['3.6', '3.7', '3.8']) {
      expect(distinct(listCapacities(200, v))).toEqual([4, 8, 16, 25, 35, 46, 58, 72, 88, 106, 126, 148, 173, 201]);
    }
  });

  it('3.11 reallocates on appends #1, 5, 9, 17, 25, 33, 41, 53, 65 (checks/listgrowth_311.out)', () => {
    const caps = [0, ...listCapacities(65, '3.11')];
    const grew = caps.flatMap((c, i) => (i > 0 && c !== caps[i - 1] ? [i] : []));
    expect(grew).toEqual([1, 5, 9, 17, 25, 33, 41, 53, 65]);
  });

  it('capacity ≥ length, and equals the plain step-by-step reference', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(...LIST_VERSIONS), (n, v) => {
        const caps = listCapacities(n, v);
        expect(caps).toHaveLength(n);
        expect(caps.every((c, i) => c >= i + 1)).toBe(true);
        expect(caps).toEqual(referenceCaps(n, Number(v.split('.')[1])));
      }),
      { numRuns: 1000 },
    );
  });

  it('list_resize: no realloc within [allocated/2, allocated]; shrink below half; 0 frees', () => {
    expect(listResize(16, 10, 8, '3.11')).toBe(16);
    expect(listResize(16, 8, 7, '3.11')).toBe(12); // (7 + 0 + 6) & ~3
    expect(listResize(16, 8, 7, '3.8')).toBe(10); // 7 + 0 + 3
    expect(listResize(16, 1, 0, '3.11')).toBe(0);
    expect(listResize(0, 0, 0, '3.11')).toBe(0);
  });

  it('3.9+: a big jump gets exactly (newsize + 3) & ~3 (closer to the over-allocation than to the old size)', () => {
    expect(listResize(0, 0, 10, '3.9')).toBe(12); // extend([]) by 10: not (10 + 1 + 6) & ~3 = 16
    expect(listResize(0, 0, 10, '3.8')).toBe(17); // 10 + 1 + 6
  });

  it('bad input throws', () => {
    expect(codeOf(() => listCapacities(-1, '3.11'))).toBe('bad-count');
    expect(codeOf(() => listCapacities(2.5, '3.11'))).toBe('bad-count');
    expect(codeOf(() => listCapacities(3, '3.5'))).toBe('unknown-version');
    expect(listCapacities(0, '3.11')).toEqual([]);
  });
});

describe('cpythonRuntime', () => {
  it('small-int cache: −5..256 up to 3.14, −5..1024 in 3.15', () => {
    for (const v of RUNTIME_VERSIONS) expect(cpythonRuntime(v).smallIntRange).toEqual(v === '3.15' ? [-5, 1024] : [-5, 256]);
  });

  it('GC thresholds: (700,10,10) to 3.12, (2000,10,10) from 3.13; 3.14.0–3.14.4 incremental kept apart', () => {
    expect(cpythonRuntime('3.12').gcThresholds).toEqual([700, 10, 10]);
    expect(cpythonRuntime('3.6').gcThresholds).toEqual([700, 10, 10]);
    expect(cpythonRuntime('3.13').gcThresholds).toEqual([2000, 10, 10]);
    expect(cpythonRuntime('3.14').gcThresholds).toEqual([2000, 10, 10]);
    expect(cpythonRuntime('3.14').gcEarly314).toEqual({ releases: '3.14.0–3.14.4', model: 'incremental', thresholds: [2000, 10, 0] });
    expect(cpythonRuntime('3.13').gcEarly314).toBeNull();
    expect(cpythonRuntime('3.14').unverified).toEqual(['gcThresholds', 'tupleFreeListMaxLength']);
    expect(cpythonRuntime('3.13').unverified).toEqual([]);
  });

  it('immortal refcount: null to 3.11, UINT_MAX in 3.12–3.13, 3 << 30 from 3.14', () => {
    expect(cpythonRuntime('3.11').immortalRefcount).toBeNull();
    expect(cpythonRuntime('3.12').immortalRefcount).toBe(4294967295);
    expect(cpythonRuntime('3.13').immortalRefcount).toBe(4294967295);
    expect(cpythonRuntime('3.14').immortalRefcount).toBe(3221225472);
    expect(cpythonRuntime('3.15').immortalRefcount).toBe(3 * 2 ** 30);
  });

  it('unknown versions throw', () => {
    expect(codeOf(() => cpythonRuntime('3.16'))).toBe('unknown-version');
  });
});

describe('messages', () => {
  it('every error key used in pymalloc/ has en + ko with the same placeholders', () => {
    const dir = __dirname;
    const used = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/'(error\.pymalloc\.[A-Za-z]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThanOrEqual(4);
    const table: Record<string, { en: string; ko: string }> = tableOf(['error.pymalloc.']);
    const names = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
    for (const key of used) {
      const t = table[key];
      expect(t, key).toBeDefined();
      expect(names(t!.ko)).toEqual(names(t!.en));
      expect(t!.ko).toMatch(/[가-힣]/);
    }
  });

  it('errors are SimErrors whose params fill the message', () => {
    const r = attempt(() => pymallocConfig('3.7'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBeInstanceOf(SimError);
      expect(r.error.key).toBe('error.pymalloc.unknownVersion');
      expect(r.error.params).toEqual({ version: '3.7', known: PYMALLOC_VERSIONS.join(', ') });
    }
  });
});
