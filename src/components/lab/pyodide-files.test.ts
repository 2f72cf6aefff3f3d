// The runtime table against the installed package: a bump of `pyodide` that forgets the table
// (the progress total, the files the build copies) fails here.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PYODIDE_BYTES, PYODIDE_FILE_NAMES, PYODIDE_FILES, PYODIDE_NPM_VERSION, pyodidePath } from './pyodide-files';

const root = join(import.meta.dirname, '..', '..', '..');
const installed = join(root, 'node_modules', 'pyodide');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

it('the pinned version is the one package.json pins and the one installed', () => {
  const ours = readJson(join(root, 'package.json')) as { dependencies: Record<string, string> };
  expect(ours.dependencies['pyodide']).toBe(PYODIDE_NPM_VERSION);
  expect(readJson(join(installed, 'package.json'))['version']).toBe(PYODIDE_NPM_VERSION);
});

it.each(PYODIDE_FILE_NAMES)('%s has the size the table says', (name) => {
  expect(statSync(join(installed, name)).size).toBe(PYODIDE_FILES[name]);
});

it('the total is about 13.5 MB, the wasm being most of it', () => {
  expect(PYODIDE_BYTES).toBe(Object.values(PYODIDE_FILES).reduce((a: number, b) => a + b, 0));
  expect(PYODIDE_FILES['pyodide.asm.wasm'] / PYODIDE_BYTES).toBeGreaterThan(0.6);
});

it('the runtime sits under the base path, with or without its last slash', () => {
  expect(pyodidePath('/')).toBe('/pyodide/');
  expect(pyodidePath('/stack-and-heap/')).toBe('/stack-and-heap/pyodide/');
  expect(pyodidePath('/stack-and-heap')).toBe('/stack-and-heap/pyodide/');
});
