// Finds the CPython interpreters on this machine so that facts in the book can be checked
// against the real thing. Test-only (Node APIs): never imported by the browser bundle.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface Python {
  /** 'major.minor', e.g. '3.12'. */
  version: string;
  /** Full version, e.g. '3.12.1'. */
  full: string;
  path: string;
}

function versionOf(path: string): string | null {
  try {
    return execFileSync(path, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], {
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

/** Every interpreter on PATH (python2.7, python3.6 … python3.16) and in pyenv, with its version. */
function interpreters(): Python[] {
  const candidates: string[] = [];
  const pathDirs = (process.env.PATH ?? '').split(':').filter(Boolean);
  for (const name of ['python2.7', ...Array.from({ length: 11 }, (_, i) => `python3.${i + 6}`)]) {
    for (const dir of pathDirs) candidates.push(join(dir, name));
  }
  const pyenv = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions');
  if (existsSync(pyenv)) {
    for (const name of readdirSync(pyenv)) candidates.push(join(pyenv, name, 'bin', name.startsWith('2.') ? 'python' : 'python3'));
  }
  const found: Python[] = [];
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    const full = versionOf(path);
    if (!full) continue;
    found.push({ version: full.split('.').slice(0, 2).join('.'), full, path });
  }
  return found;
}

/** One interpreter per minor version (3.x only), from PATH and pyenv, oldest first. */
export function findPythons(): Python[] {
  const byMinor = new Map<string, Python>();
  for (const python of interpreters()) {
    if (python.full.startsWith('3.') && !byMinor.has(python.version)) byMinor.set(python.version, python);
  }
  return [...byMinor.values()].sort((a, b) => Number(a.version.split('.')[1]) - Number(b.version.split('.')[1]));
}

/** A Python 2.7 interpreter, for the book's claims about Python 2; null (and a line saying so) when there is none. */
export function findPython27(): Python | null {
  const python = interpreters().find((p) => p.version === '2.7') ?? null;
  if (python === null) console.warn('No Python 2.7 on this machine: the checks of the book\'s Python 2 claims were SKIPPED.');
  return python;
}

/** Runs a Python snippet that prints one JSON document, and parses it. */
export function runJson<T>(python: Python, code: string): T {
  const out = execFileSync(python.path, ['-c', code], { encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out) as T;
}

/** Says loudly, once, when the checks against real CPython cannot run here. */
export function reportMissing(pythons: Python[]): void {
  if (pythons.length === 0) {
    console.warn('No python3.x interpreter found on this machine: the checks against real CPython were SKIPPED.');
  } else {
    console.info(`Checking facts against CPython ${pythons.map((p) => p.full).join(', ')}`);
  }
}

/** Compares 'major.minor' versions. */
export function atLeast(version: string, wanted: string): boolean {
  const [a1, a2] = version.split('.').map(Number);
  const [b1, b2] = wanted.split('.').map(Number);
  return a1! > b1! || (a1 === b1 && a2! >= b2!);
}

/**
 * Python source defining `mallocstats()`: the text `sys._debugmallocstats()` writes. It writes
 * to the C-level stderr (fd 2), not to `sys.stderr`, so fd 2 is captured in a temp file.
 */
export const MALLOCSTATS_PY = `
import os, sys, tempfile
def mallocstats():
    fd, path = tempfile.mkstemp()
    sys.stderr.flush()
    saved = os.dup(2)
    os.dup2(fd, 2)
    try:
        sys._debugmallocstats()
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)
        os.close(fd)
    with open(path) as f:
        text = f.read()
    os.unlink(path)
    return text
`;
