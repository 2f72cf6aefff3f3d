// The chapter 7 object-graph programs, made real, run under a real python3 to their end.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asRealPython } from './real-python';

const root = join(import.meta.dirname, '..', '..', '..');
const python = spawnSync('python3', ['--version']).status === 0;

/** Every `program={`…`}` placed in a chapter of either language. */
function chapterPrograms(): string[] {
  const out: string[] = [];
  for (const lang of ['en', 'ko']) {
    const text = readFileSync(join(root, 'content', lang, '07-cpython-memory.mdx'), 'utf8');
    for (const m of text.matchAll(/program=\{`([^`]*)`\}/g)) out.push(m[1]!);
  }
  return out;
}

describe('asRealPython', () => {
  it('adds only what a program uses undeclared', () => {
    expect(asRealPython('a = [1]\nprint(a)')).toBe('a = [1]\nprint(a)');
    expect(asRealPython('a = Node()\ngc.collect()')).toBe('import gc\nclass Node: pass\na = Node()\ngc.collect()');
    expect(asRealPython('import gc, sys\nclass Node: pass\nx = Node()\nprint(sys.getrefcount(x))')).toBe('import gc, sys\nclass Node: pass\nx = Node()\nprint(sys.getrefcount(x))');
    expect(asRealPython('import sys\nprint(sys.getrefcount([]))\ngc.collect()')).toBe('import gc\nimport sys\nprint(sys.getrefcount([]))\ngc.collect()');
  });

  it.skipIf(!python)('makes every chapter 7 object-graph program run to its end in python3', () => {
    const programs = chapterPrograms();
    expect(programs.length).toBeGreaterThanOrEqual(6);
    for (const program of programs) {
      const run = spawnSync('python3', ['-c', asRealPython(program)], { encoding: 'utf8', timeout: 10_000 });
      expect(run.status, `${program}\n${run.stderr}`).toBe(0);
    }
  });
});
