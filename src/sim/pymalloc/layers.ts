// The layer picture of CPython's memory management, its allocation domains and the default
// allocators per build, as plain data: chapter 7's LayerDiagram draws it, and chapter text and
// tests can read it. Every fact cites the facts sheet (python-memory-facts.md) section it comes
// from; the sentences (en + ko) are in layer-messages.ts under the keys named here.
//
// The picture corrects the classic one where the sheet says it is stale (§0, §1, §7):
// - arenas come straight from the kernel with mmap since 3.3, so layer +2 does not sit on
//   malloc for small objects (only requests of 0 or > 512 bytes go down through +1 and 0);
// - the "+1 = PyMem_ API" label predates 3.6, when PyMem_Malloc moved to pymalloc (+2);
// - the free-threaded build (3.13+) puts mimalloc, not pymalloc, at +2.

/** The layers, top (objects) first, as numbered in the source-comment diagram (§1.1). */
export const LAYER_LEVELS = [3, 2, 1, 0, -1, -2] as const;
export type LayerLevel = (typeof LAYER_LEVELS)[number];

export type LayerId = 'object-specific' | 'object-allocator' | 'raw-allocator' | 'general-allocator' | 'kernel-vm' | 'physical';

/** Where a fact comes from, as the facts sheet tags it. */
export type SourceTag = 'SRC' | 'DOC' | 'LOCAL' | 'ISSUE';

/** A fact tied to the CPython version it arrived in (or applies to). */
export interface VersionNote {
  /** The version the reader should see, e.g. '3.3' or '2.5'. */
  version: string;
  /** Message key (layer-messages.ts). */
  key: string;
  /** Facts sheet section, e.g. '§2.2'. */
  section: string;
  tag: SourceTag;
}

/**
 * A function that belongs to a layer or domain. `c-api`: exported by libpython (the CPython
 * check looks each one up with ctypes); `c-api-macro`: a C macro of the API (nothing to look
 * up); `libc`: the C library; `kernel`: a system call (POSIX) or its Windows counterpart.
 */
export interface ApiFunction {
  name: string;
  kind: 'c-api' | 'c-api-macro' | 'libc' | 'kernel';
}

export interface Layer {
  level: LayerLevel;
  id: LayerId;
  /** Above or below the process / kernel boundary of the diagram. */
  side: 'process' | 'kernel';
  /** Message keys: the layer's name, what it does, which requests it serves. */
  nameKey: string;
  roleKey: string;
  servesKey: string;
  functions: readonly ApiFunction[];
  /** Oldest first. */
  notes: readonly VersionNote[];
  /** A common misreading of this layer and the correction (message key), or null. */
  correctionKey: string | null;
}

const capi = (...names: string[]): ApiFunction[] => names.map((name) => ({ name, kind: 'c-api' }));
const of = (kind: ApiFunction['kind'], ...names: string[]): ApiFunction[] => names.map((name) => ({ name, kind }));
const note = (version: string, key: string, section: string, tag: SourceTag): VersionNote => ({
  version,
  key: `layers.note.${key}`,
  section,
  tag,
});

function layer(level: LayerLevel, id: LayerId, functions: ApiFunction[], notes: VersionNote[], correction: boolean): Layer {
  return Object.freeze({
    level,
    id,
    side: level < 0 ? 'kernel' : 'process',
    nameKey: `layers.${id}.name`,
    roleKey: `layers.${id}.role`,
    servesKey: `layers.${id}.serves`,
    functions: Object.freeze(functions),
    notes: Object.freeze(notes),
    correctionKey: correction ? `layers.${id}.correction` : null,
  });
}

/**
 * The six layers, +3 first. §1.1 (the diagram, Marangozov 2000, [SRC] obmalloc.c ≤3.11,
 * pycore_obmalloc.h 3.12+), with the version history of §0, §1.2–1.4, §2, §4.1, §4.3, §5, §8.2.
 */
export const LAYERS: readonly Layer[] = Object.freeze([
  layer(
    3,
    'object-specific',
    capi('PyLong_FromLong', 'PyFloat_FromDouble', 'PyList_New', 'PyTuple_New', 'PyDict_New', 'PyType_GenericAlloc'),
    [
      note('3.3', 'floatFreeList', '§4.3', 'SRC'),
      note('3.11', 'staticSmallInts', '§0.8, §4.1', 'LOCAL'),
      note('3.12', 'immortal', '§3.2', 'DOC'),
      note('3.13', 'freelistHeader', '§4.3', 'SRC'),
      note('3.15', 'smallInts1024', '§0.5, §4.1', 'SRC'),
    ],
    true,
  ),
  layer(
    2,
    'object-allocator',
    [
      ...capi('PyObject_Malloc', 'PyObject_Calloc', 'PyObject_Realloc', 'PyObject_Free'),
      ...capi('PyMem_Malloc', 'PyMem_Calloc', 'PyMem_Realloc', 'PyMem_Free'),
      ...capi('PyObject_SetArenaAllocator', 'PyObject_GetArenaAllocator'),
    ],
    [
      note('2.5', 'arenasFreed', '§2.2', 'SRC'),
      note('3.3', 'threshold512', '§0.1, §2.2', 'SRC'),
      note('3.6', 'memToPymalloc', '§1.2', 'DOC'),
      note('3.8', 'align16', '§0.2, §2.1', 'SRC'),
      note('3.9', 'keepEmptyArena', '§2.2', 'SRC'),
      note('3.10', 'largePools', '§0.3, §2.3', 'SRC'),
      note('3.12', 'perInterpreter', '§1.2', 'DOC'),
      note('3.13', 'mimalloc', '§1.3, §1.4, §6', 'SRC'),
    ],
    true,
  ),
  layer(
    1,
    'raw-allocator',
    [
      ...capi('PyMem_RawMalloc', 'PyMem_RawCalloc', 'PyMem_RawRealloc', 'PyMem_RawFree'),
      ...capi('PyMem_SetAllocator', 'PyMem_GetAllocator', 'PyMem_SetupDebugHooks'),
    ],
    [
      note('3.4', 'pep445', '§1.2', 'DOC'),
      note('3.6', 'pythonmalloc', '§1.4', 'DOC'),
      note('3.8', 'debugBytes', '§1.4', 'DOC'),
    ],
    true,
  ),
  layer(
    0,
    'general-allocator',
    of('libc', 'malloc', 'calloc', 'realloc', 'free'),
    [note('2.5', 'freeNoGuarantee', '§2.2', 'SRC'), note('3.3', 'arenasLeaveMalloc', '§2.2, §8.2', 'SRC')],
    true,
  ),
  layer(
    -1,
    'kernel-vm',
    of('kernel', 'mmap', 'munmap', 'brk', 'sbrk', 'VirtualAlloc', 'VirtualFree'),
    [
      note('3.3', 'arenasMmap', '§2.2', 'SRC'),
      note('3.4', 'virtualAlloc', '§2.2', 'DOC'),
      note('3.11', 'frameChunks', '§0.9, §5', 'SRC'),
    ],
    true,
  ),
  layer(-2, 'physical', [], [], false),
]);

/** The layer at `level`. */
export function layerAt(level: LayerLevel): Layer {
  return LAYERS.find((l) => l.level === level)!;
}

/** '+3', '+2', '+1', '0', '−1', '−2' (a real minus sign, as in typeset text). */
export function levelLabel(level: LayerLevel): string {
  return level > 0 ? `+${level}` : level === 0 ? '0' : `−${-level}`;
}

// ---------------------------------------------------------------------------------------------
// Domains (§1.2)

export const DOMAIN_IDS = ['raw', 'mem', 'obj'] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];

export interface Domain {
  id: DomainId;
  /** The C constant naming the domain. */
  constant: 'PYMEM_DOMAIN_RAW' | 'PYMEM_DOMAIN_MEM' | 'PYMEM_DOMAIN_OBJ';
  /** Malloc, Calloc, Realloc, Free of the domain, then any helper macros. */
  functions: readonly ApiFunction[];
  /** Whether the caller must hold the GIL (default build). */
  needsGil: boolean;
  /** Message keys: the domain's short name and its purpose. */
  nameKey: string;
  purposeKey: string;
  notes: readonly VersionNote[];
}

function domain(id: DomainId, prefix: string, needsGil: boolean, extra: ApiFunction[], notes: VersionNote[]): Domain {
  return Object.freeze({
    id,
    constant: `PYMEM_DOMAIN_${id.toUpperCase()}` as Domain['constant'],
    functions: Object.freeze([...capi(...['Malloc', 'Calloc', 'Realloc', 'Free'].map((f) => `${prefix}${f}`)), ...extra]),
    needsGil,
    nameKey: `layers.domain.${id}.name`,
    purposeKey: `layers.domain.${id}.purpose`,
    notes: Object.freeze(notes),
  });
}

/**
 * RAW, MEM and OBJ. [DOC] Doc/c-api/memory.rst "Allocator Domains" (§1.2): RAW is thread-safe
 * and needs no GIL; MEM and OBJ are used with the GIL held.
 */
export const DOMAINS: readonly Domain[] = Object.freeze([
  domain('raw', 'PyMem_Raw', false, [], [note('3.4', 'rawAdded', '§1.2', 'DOC')]),
  domain('mem', 'PyMem_', true, of('c-api-macro', 'PyMem_New', 'PyMem_Resize', 'PyMem_Del'), [note('3.6', 'memToPymalloc', '§1.2', 'DOC')]),
  domain('obj', 'PyObject_', true, [], [
    note('3.12', 'perInterpreter', '§1.2', 'DOC'),
    note('3.13', 'objOnlyObjects', '§1.2', 'DOC'),
  ]),
]);

export function domainOf(id: DomainId): Domain {
  return DOMAINS.find((d) => d.id === id)!;
}

// ---------------------------------------------------------------------------------------------
// Default allocators per build (§1.3) and the path a request takes through the layers

export const BUILD_IDS = ['release', 'debug', 'no-pymalloc', 'free-threaded'] as const;
export type BuildId = (typeof BUILD_IDS)[number];
export type AllocatorName = 'malloc' | 'pymalloc' | 'mimalloc';

export interface BuildDefaults {
  id: BuildId;
  /** The docs' name for the allocator set ('pymalloc', 'pymalloc_debug', 'malloc'); null where the table has '—'. */
  name: string | null;
  /** The first version with this build, or null (every version this book covers). */
  since: string | null;
  allocators: Readonly<Record<DomainId, AllocatorName>>;
  /** Debug hooks wrap every domain (fill bytes, guard bytes, API checks). */
  debugHooks: boolean;
  labelKey: string;
}

/**
 * [DOC] memory.rst "Default Memory Allocators" (main 2024-09), §1.3; the free-threaded row also
 * [SRC] obmalloc.c @v3.13.0b1 (`Py_GIL_DISABLED requires using mimalloc for "mem" and "obj"`).
 * `release` is what `PyMem_Malloc` does since 3.6 (system malloc before, §1.2).
 */
export const BUILDS: readonly BuildDefaults[] = Object.freeze(
  (
    [
      ['release', 'pymalloc', null, 'pymalloc', false],
      ['debug', 'pymalloc_debug', null, 'pymalloc', true],
      ['no-pymalloc', 'malloc', null, 'malloc', false],
      ['free-threaded', null, '3.13', 'mimalloc', false],
    ] as const
  ).map(([id, name, since, small, debugHooks]) =>
    Object.freeze({
      id,
      name,
      since,
      allocators: Object.freeze({ raw: 'malloc', mem: small, obj: small }),
      debugHooks,
      labelKey: `layers.build.${id}`,
    }),
  ),
);

export function buildOf(id: BuildId): BuildDefaults {
  return BUILDS.find((b) => b.id === id)!;
}

/** One way down the layers: which requests take it (message key) and the layers they pass, top first. */
export interface Route {
  whenKey: string;
  layers: readonly LayerLevel[];
}

/**
 * The layers a request in `domain` passes through in `build`, top first, down to RAM.
 * - malloc: +1 (the PyMem_Raw* wrapper) → 0 → −1 → −2, any size.
 * - pymalloc: 1–512 bytes are blocks of an arena that came from the kernel with mmap (3.3+,
 *   §2.2), skipping +1 and 0; 0 bytes and > 512 go to PyMem_RawMalloc (§1.2, §2.1).
 * - mimalloc: takes its memory from the kernel itself (it does not sit on malloc).
 */
export function routesOf(domainId: DomainId, buildId: BuildId): readonly Route[] {
  switch (buildOf(buildId).allocators[domainId]) {
    case 'malloc':
      return [{ whenKey: 'layers.route.any', layers: [1, 0, -1, -2] }];
    case 'pymalloc':
      return [
        { whenKey: 'layers.route.small', layers: [2, -1, -2] },
        { whenKey: 'layers.route.large', layers: [2, 1, 0, -1, -2] },
      ];
    case 'mimalloc':
      return [{ whenKey: 'layers.route.any', layers: [2, -1, -2] }];
  }
}

/** The domains whose requests pass through `level` in `build` (by any route). */
export function domainsThrough(level: LayerLevel, buildId: BuildId): DomainId[] {
  return DOMAIN_IDS.filter((d) => routesOf(d, buildId).some((r) => r.layers.includes(level)));
}

// ---------------------------------------------------------------------------------------------
// PYTHONMALLOC (§1.4)

export interface PythonMallocValue {
  value: string;
  /** First version that accepts the value. */
  since: string;
  /** Installs debug hooks on top of the allocators. */
  debug: boolean;
}

/**
 * Values of the PYTHONMALLOC environment variable. [DOC] Doc/using/cmdline.rst (§1.4): the
 * variable and `malloc`, `pymalloc`, `debug`, `malloc_debug`, `pymalloc_debug` since 3.6
 * (Issue #26516), `default` since 3.7, `mimalloc` and `mimalloc_debug` since 3.13. [LOCAL]
 * `mimalloc` rejected by 3.11.7, accepted by 3.13.0; an unknown value is a fatal error.
 */
export const PYTHONMALLOC_VALUES: readonly PythonMallocValue[] = Object.freeze(
  (
    [
      ['default', '3.7', false],
      ['malloc', '3.6', false],
      ['pymalloc', '3.6', false],
      ['mimalloc', '3.13', false],
      ['debug', '3.6', true],
      ['malloc_debug', '3.6', true],
      ['pymalloc_debug', '3.6', true],
      ['mimalloc_debug', '3.13', true],
    ] as const
  ).map(([value, since, debug]) => Object.freeze({ value, since, debug })),
);

/** The PYTHONMALLOC values CPython `version` ('3.x') accepts, in table order. */
export function pythonMallocValuesOf(version: string): string[] {
  const minor = (v: string) => Number(v.split('.')[1]);
  return PYTHONMALLOC_VALUES.filter((p) => minor(version) >= minor(p.since)).map((p) => p.value);
}

// ---------------------------------------------------------------------------------------------
// The picture as a whole

/**
 * Notes on the whole picture (message keys), with their sources: where the numbering comes
 * from (§1.1), the "private heap" being a logical idea (§1.1, §8.5), and the two claims of
 * older write-ups the chapter corrects (§7 items 1 and 2).
 */
export const PICTURE_NOTES: readonly { key: string; section: string; tag: SourceTag }[] = Object.freeze([
  { key: 'layers.picture.origin', section: '§1.1', tag: 'SRC' },
  { key: 'layers.picture.privateHeap', section: '§1.1, §8.5', tag: 'LOCAL' },
  { key: 'layers.picture.dynamic', section: '§7.1', tag: 'LOCAL' },
  { key: 'layers.picture.freed', section: '§7.2', tag: 'LOCAL' },
]);
