// Chapter 1's claims about where a CPython process keeps things, checked against every
// python3.x on this machine. Each assertion names the versions the chapter states it for.
// Also chapter 6's glibc overhead per block, through ctypes (it does not depend on the Python).
import { describe, expect, it } from 'vitest';
import { atLeast, findPythons, reportMissing, runJson } from './pythons';
import { PYTHON_PROGRAM } from '../segments';
import { simulateGameServer } from '../heap/game-server';

const pythons = findPythons();
reportMissing(pythons);

const WHERE = `
import json, sys
def region(addr):
    with open('/proc/self/maps') as f:
        for line in f:
            parts = line.split()
            lo, hi = (int(x, 16) for x in parts[0].split('-'))
            if lo <= addr < hi:
                return {'name': parts[5] if len(parts) > 5 else '', 'perms': parts[1]}
    return None
def frame_local():
    big = 12345678901
    return big
medium = b'x' * 2000
large = b'x' * (1 << 20)
print(json.dumps({
    'limit': sys.getrecursionlimit(),
    'none': region(id(None)),
    'small_int': region(id(int('7'))),
    'list': region(id([1, 2, 3])),
    'big_int': region(id(frame_local())),
    'function': region(id(frame_local)),
    'code': region(id(frame_local.__code__)),
    'medium': region(id(medium)),
    'large': region(id(large)),
    'exe': sys.executable,
}))
`;

interface Region {
  name: string;
  perms: string;
}
interface Where {
  limit: number;
  none: Region;
  small_int: Region;
  list: Region;
  big_int: Region;
  function: Region;
  code: Region;
  medium: Region;
  large: Region;
  exe: string;
}

/** A mapping backed by the interpreter's own file (libpython or a static python binary). */
const isInterpreterImage = (r: Region) => /python/i.test(r.name);
const isAnonymous = (r: Region) => r.name === '';

describe.skipIf(pythons.length === 0 || process.platform !== 'linux')('chapter 1 facts on real CPython', () => {
  for (const python of pythons) {
    describe(`CPython ${python.full}`, () => {
      const where = runJson<Where>(python, WHERE);

      it('the default recursion limit is 1000', () => {
        expect(where.limit).toBe(1000);
      });

      it('None is not on the heap: it sits in the interpreter image\'s writable data', () => {
        expect(isInterpreterImage(where.none)).toBe(true);
        expect(where.none.perms.startsWith('rw')).toBe(true);
      });

      it('small objects (a list, a large int) live in anonymous memory: pymalloc arenas', () => {
        expect(isAnonymous(where.list)).toBe(true);
        expect(isAnonymous(where.big_int)).toBe(true);
      });

      it('a function object and its code object live in pymalloc arenas, where the chapter\'s map places them (mmap)', () => {
        expect(isAnonymous(where.function)).toBe(true);
        expect(isAnonymous(where.code)).toBe(true);
        const def = PYTHON_PROGRAM.lines.find((l) => l.code.startsWith('def square'))!;
        expect(def.placements.filter((p) => p.labelKey === 'item.object').map((p) => p.segment)).toEqual(['mmap']);
      });

      it('a 2000-byte object comes from malloc\'s [heap]; a 1 MiB one from its own mapping', () => {
        expect(where.medium.name).toBe('[heap]');
        expect(isAnonymous(where.large)).toBe(true);
      });

      if (atLeast(python.version, '3.11')) {
        it('3.11+: small ints are statically allocated in the interpreter image', () => {
          expect(isInterpreterImage(where.small_int)).toBe(true);
        });
      } else {
        it('before 3.11: small ints were allocated at start-up in anonymous memory', () => {
          expect(isAnonymous(where.small_int)).toBe(true);
        });
      }
    });
  }
});

// glibc's malloc(256), 200 times: the usual distance between blocks, and the bytes usable in one.
const GLIBC_256 = `
import collections, ctypes, json
libc = ctypes.CDLL('libc.so.6')
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.malloc_usable_size.restype = ctypes.c_size_t
libc.malloc_usable_size.argtypes = [ctypes.c_void_p]
ptrs = sorted(libc.malloc(256) for _ in range(200))
gap = collections.Counter(b - a for a, b in zip(ptrs, ptrs[1:])).most_common(1)[0][0]
print(json.dumps({'gap': gap, 'usable': libc.malloc_usable_size(ptrs[0])}))
`;

describe.skipIf(pythons.length === 0 || process.platform !== 'linux')('chapter 6: glibc\'s overhead per block', () => {
  it('malloc(256) takes 272 bytes, as the game server\'s B pays per record: an 8-byte size word plus 8 of rounding, not a 16-byte header', () => {
    const { gap, usable } = runJson<{ gap: number; usable: number }>(pythons[pythons.length - 1]!, GLIBC_256);
    expect(gap).toBe(simulateGameServer().blockBytes);
    // The in-use chunk's header is one size word; the rest of the 16 is rounding to a multiple of 16
    // (glibc lets the block use the next chunk's unused prev_size word, hence 264 usable).
    expect(gap - usable).toBe(8);
    expect(usable - 256).toBe(8);
  });
});
