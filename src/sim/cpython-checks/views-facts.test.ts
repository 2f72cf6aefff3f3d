// What chapter 7's LayerDiagram and ListGrowthPlayer show, checked against every python3.x on
// this machine: the C functions of each layer and domain exist; each domain of the default build
// is served by the allocator the diagram names (pymalloc or malloc); PYTHONMALLOC accepts exactly
// the values listed for that version; and sys.getsizeof of a list after each append is what the
// player shows. (The capacities themselves are checked in pymalloc-facts.test.ts.)
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MALLOCSTATS_PY, findPythons, reportMissing, type Python } from './pythons';
import { BUILDS, DOMAINS, LAYERS, PYTHONMALLOC_VALUES, pythonMallocValuesOf } from '../pymalloc/index';
import { LIST_VERSIONS, emptyListSize, listGrowth } from '../cpython/index';

const pythons = findPythons();
reportMissing(pythons);

/** Runs a snippet that prints JSON; `pythonMalloc` sets PYTHONMALLOC (default: unset, the build's own allocators). */
function runJsonEnv<T>(python: Python, code: string, pythonMalloc?: string): T {
  const env = { ...process.env };
  delete env.PYTHONMALLOC;
  if (pythonMalloc !== undefined) env.PYTHONMALLOC = pythonMalloc;
  const out = execFileSync(python.path, ['-c', code], { encoding: 'utf8', timeout: 60_000, env });
  return JSON.parse(out) as T;
}

const C_API = [...new Set([...LAYERS, ...DOMAINS].flatMap((x) => x.functions.filter((f) => f.kind === 'c-api').map((f) => f.name)))];

const SYMBOLS = `
import ctypes, json
print(json.dumps([n for n in ${JSON.stringify(C_API)} if not hasattr(ctypes.pythonapi, n)]))
`;

// Allocates N blocks of 488 bytes (pymalloc size class 30, 496-byte blocks, which a fresh
// interpreter hardly uses) through each domain's Malloc, and reports how many more class-30
// blocks pymalloc has in use afterwards (sys._debugmallocstats, fd 2 captured). A domain served
// by pymalloc adds N; one served by malloc adds none. Without pymalloc there is no table: 0.
const N = 2000;
const domainProbe = (pairs: [string, string, string][]) => `
${MALLOCSTATS_PY}
import ctypes, json, re
def in_use():
    text = mallocstats()
    m = re.search(r'^\\s*30\\s+496\\s+\\d+\\s+(\\d+)\\s+\\d+\\s*$', text, re.M)
    return int(m.group(1)) if m else 0
api = ctypes.pythonapi
out = {}
for dom, alloc_name, free_name in ${JSON.stringify(pairs)}:
    alloc = getattr(api, alloc_name)
    alloc.restype = ctypes.c_void_p
    alloc.argtypes = [ctypes.c_size_t]
    free = getattr(api, free_name)
    free.restype = None
    free.argtypes = [ctypes.c_void_p]
    ptrs = [0] * ${N}
    before = in_use()
    for i in range(${N}):
        ptrs[i] = alloc(488)
    after = in_use()
    for p in ptrs:
        free(p)
    out[dom] = after - before
print(json.dumps(out))
`;
const PAIRS: [string, string, string][] = DOMAINS.map((d) => [d.id, d.functions[0]!.name, d.functions[3]!.name]);

const LIST_SIZES = (n: number) => `
import json, sys
l, sizes = [], [sys.getsizeof([])]
for i in range(${n}):
    l.append(None)
    sizes.append(sys.getsizeof(l))
print(json.dumps(sizes))
`;

describe.skipIf(pythons.length === 0)('chapter 7 views on real CPython', () => {
  for (const python of pythons) {
    describe(`CPython ${python.full}`, () => {
      it('every C-API function named by a layer or domain is exported by libpython', () => {
        expect(runJsonEnv<string[]>(python, SYMBOLS)).toEqual([]);
      });

      for (const buildId of ['release', 'no-pymalloc'] as const) {
        const build = BUILDS.find((b) => b.id === buildId)!;
        it(`${buildId} build: each domain's Malloc is served by the allocator the diagram names`, () => {
          // The release build is the interpreter as installed; without pymalloc = PYTHONMALLOC=malloc.
          const grown = runJsonEnv<Record<string, number>>(python, domainProbe(PAIRS), buildId === 'no-pymalloc' ? build.name! : undefined);
          for (const d of DOMAINS) {
            const pymalloc = build.allocators[d.id] === 'pymalloc';
            // Other allocations during the loop may add a few class-30 blocks; never N.
            expect([d.id, pymalloc ? grown[d.id]! >= N : grown[d.id]! < N / 10]).toEqual([d.id, true]);
          }
        });
      }

      it('PYTHONMALLOC accepts exactly the values listed for this version (and rejects a bogus one)', () => {
        // mimalloc values need a build with mimalloc; pyenv's 3.13 has it (facts §1.4).
        const accepted = [...PYTHONMALLOC_VALUES.map((v) => v.value), 'bogus'].filter(
          (value) => spawnSync(python.path, ['-c', 'pass'], { env: { ...process.env, PYTHONMALLOC: value }, stdio: 'ignore', timeout: 30_000 }).status === 0,
        );
        expect(accepted).toEqual(pythonMallocValuesOf(python.version));
      });

      if (!LIST_VERSIONS.includes(python.version as (typeof LIST_VERSIONS)[number])) {
        console.info(`CPython ${python.full}: listGrowth covers ${LIST_VERSIONS.join(', ')} only: getsizeof check SKIPPED.`);
        it.skip(`no list model for ${python.version}`, () => {});
      } else if (emptyListSize(python.version) === null) {
        console.info(`CPython ${python.full}: the facts sheet gives no getsizeof([]) for ${python.version}: getsizeof check SKIPPED (measure it and extend emptyListSize).`);
        it.skip(`no getsizeof([]) fact for ${python.version}`, () => {});
      } else {
        it('sys.getsizeof of the list after each of 200 appends is what ListGrowthPlayer shows', () => {
          const sizes = runJsonEnv<number[]>(python, LIST_SIZES(200));
          expect(sizes[0]).toBe(emptyListSize(python.version));
          expect(sizes.slice(1)).toEqual(listGrowth(200, python.version).map((s) => s.getsizeof));
        });
      }
    });
  }
});
