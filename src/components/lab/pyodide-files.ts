/**
 * The lab's runtime on the wire: the files of the pinned npm `pyodide` that a bare interpreter
 * loads, with their sizes. The build copies exactly these into `<base>pyodide/`, the worker
 * counts its download against their total, and the page can say how big the download is before
 * the first Run. `pyodide-files.test.ts` fails when the installed package no longer matches.
 */

/** The npm version of `pyodide` (package.json pins it exactly); it ships CPython 3.14.2. */
export const PYODIDE_NPM_VERSION = '314.0.8';

/**
 * Every file `loadPyodide` requests for an interpreter without packages, in bytes as stored
 * (a server may send them compressed; the worker counts the bytes after decoding).
 */
export const PYODIDE_FILES = {
  /** The loader (`loadPyodide`), imported by the worker. */
  'pyodide.mjs': 17_758,
  /** Emscripten's glue for the interpreter. */
  'pyodide.asm.mjs': 1_250_259,
  /** CPython compiled to WebAssembly. */
  'pyodide.asm.wasm': 9_597_892,
  /** The standard library, mounted as a zip. */
  'python_stdlib.zip': 2_545_550,
  /** The package index; fetched at start-up even when no package is loaded. */
  'pyodide-lock.json': 119_077,
} as const satisfies Record<string, number>;

export type PyodideFile = keyof typeof PYODIDE_FILES;

export const PYODIDE_FILE_NAMES = Object.keys(PYODIDE_FILES) as PyodideFile[];

/** Bytes the first Run downloads (before any compression on the wire). */
export const PYODIDE_BYTES: number = PYODIDE_FILE_NAMES.reduce((sum, name) => sum + PYODIDE_FILES[name], 0);

/** The folder under the site's base path that holds the runtime. */
export const PYODIDE_DIR = 'pyodide/';

/** Where the runtime is served for a site whose base path is `base` ('/' or '/repo/'). */
export function pyodidePath(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${PYODIDE_DIR}`;
}
