// What chapter 7's LayerDiagram and ListGrowthPlayer show, checked against every python3.x on
// this machine: the C functions of each layer and domain exist; each domain of the default build
// is served by the allocator the diagram names (pymalloc or malloc); PYTHONMALLOC accepts exactly
// the values listed for that version; and sys.getsizeof of a list after each append is what the
// player shows. (The capacities themselves are checked in pymalloc-facts.test.ts.)
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MALLOCSTATS_PY, atLeast, findPythons, reportMissing, type Python } from './pythons';
import { BUILDS, DOMAINS, LAYERS, PYTHONMALLOC_VALUES, pythonMallocValuesOf } from '../pymalloc/index';
import { LIST_VERSIONS, emptyListSizeOfRelease, listGrowth } from '../cpython/index';

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

// The sizes after each append, and whether the build aligns blocks to 16 bytes (floats, 24-byte
// requests, sit 32 apart rather than 24): before 3.7.4 only a build carrying the bpo-27987 patch does.
const LIST_SIZES = (n: number) => `
import collections, json, sys
l, sizes = [], [sys.getsizeof([])]
for i in range(${n}):
    l.append(None)
    sizes.append(sys.getsizeof(l))
xs = [float(i) + 0.5 for i in range(2000)]
ids = sorted(id(x) for x in xs)
gap = collections.Counter(b - a for a, b in zip(ids, ids[1:])).most_common(1)[0][0]
print(json.dumps({'sizes': sizes, 'align16': gap == 32}))
`;

// Under PYTHONMALLOC=debug: the bytes of a fresh 2000-byte PyMem_Malloc block, of the guard
// after it, and of the block once freed (read at once, into a buffer made before the free).
const DEBUG_BYTES = `
import ctypes, json
api = ctypes.pythonapi
api.PyMem_Malloc.restype = ctypes.c_void_p
api.PyMem_Malloc.argtypes = [ctypes.c_size_t]
api.PyMem_Free.argtypes = [ctypes.c_void_p]
N = 2000
buf = (ctypes.c_ubyte * N)()
p = api.PyMem_Malloc(N)
clean = ctypes.string_at(p, N)
guard = ctypes.string_at(p + N, 8)
api.PyMem_Free(p)
ctypes.memmove(buf, p + 64, N - 128)
print(json.dumps({'clean': sorted(set(bytearray(clean))), 'forbidden': sorted(set(bytearray(guard))), 'dead': sorted(set(bytearray(buf)[:N - 128]))}))
`;
/** The fill bytes chapter 7 and the layer note give: 0xCD/0xDD/0xFD from 3.8 (bpo-36389) and on 3.7.16; 0xCB/0xDB/0xFB on 3.6. */
const debugBytesOf = (version: string) =>
  atLeast(version, '3.7') ? { clean: [0xcd], dead: [0xdd], forbidden: [0xfd] } : { clean: [0xcb], dead: [0xdb], forbidden: [0xfb] };

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

      it(`PYTHONMALLOC=debug fills new, freed and guard bytes with ${atLeast(python.version, '3.7') ? '0xCD, 0xDD, 0xFD' : '0xCB, 0xDB, 0xFB'}`, () => {
        expect(runJsonEnv(python, DEBUG_BYTES, 'debug')).toEqual(debugBytesOf(python.version));
      });

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
      } else if (emptyListSizeOfRelease(python.full) === null) {
        console.info(`CPython ${python.full}: no getsizeof([]) is known for ${python.version}: getsizeof check SKIPPED (measure it and extend emptyListSizeOfRelease).`);
        it.skip(`no getsizeof([]) fact for ${python.version}`, () => {});
      } else {
        it('sys.getsizeof([]) is what emptyListSizeOfRelease gives for this release and build, and each of 200 appends what ListGrowthPlayer shows', () => {
          const { sizes, align16 } = runJsonEnv<{ sizes: number[]; align16: boolean }>(python, LIST_SIZES(200));
          const empty = emptyListSizeOfRelease(python.full, { alignmentPatch: align16 })!;
          expect(sizes[0]).toBe(empty);
          // The growth itself: the same capacities on every release of a version.
          expect(sizes.slice(1).map((s) => s - empty)).toEqual(listGrowth(200, python.version).map((s) => s.itemBytes));
        });
      }
    });
  }
});
