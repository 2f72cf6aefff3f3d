// The chapters' Python samples against the lab's own interpreter (Pyodide, loaded once): a
// sample marked runnable (```python run) must run to its end in the lab with no input, and a
// sample that does so must be marked, so "Run in the lab" is offered exactly where it works.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLabRuntimeInNode } from '../sim/lab/node-pyodide';
import type { LabEnd } from '../sim/lab/delta';
import type { LabRuntime } from '../sim/lab/runtime';
import { isRunnable } from './runnable-samples';

const root = join(import.meta.dirname, '..', '..');

interface Sample {
  readonly file: string;
  readonly line: number;
  readonly marked: boolean;
  readonly code: string;
}

function samplesOf(lang: string): Sample[] {
  const dir = join(root, 'content', lang);
  const out: Sample[] = [];
  for (const name of readdirSync(dir).filter((n) => /^\d\d-.*\.mdx$/.test(n)).sort()) {
    const lines = readFileSync(join(dir, name), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = /^(\s*)```python(?:\s+(.*))?$/.exec(lines[i]!);
      if (!open) continue;
      const start = i + 1;
      while (i + 1 < lines.length && !/^\s*```\s*$/.test(lines[i + 1]!)) i++;
      out.push({ file: `${lang}/${name}`, line: start, marked: isRunnable(open[2]), code: lines.slice(start, i + 1).join('\n') });
      i++;
    }
  }
  return out;
}

// More than any runnable sample takes (the longest, 60,010 steps).
const STEPS = 100_000;

const SAMPLES = { en: samplesOf('en'), ko: samplesOf('ko') };

describe('runnable samples', () => {
  it('are marked alike in both languages (same samples, same order)', () => {
    const marks = (lang: 'en' | 'ko') => SAMPLES[lang].map((s) => `${s.file.slice(3)}:${s.marked}`);
    expect(marks('ko')).toEqual(marks('en'));
    expect(SAMPLES.en.filter((s) => s.marked).length).toBeGreaterThan(10);
  });

  describe('in the lab', () => {
    let runtime: LabRuntime;
    // The same code in both languages runs once: the deep recursion sample of chapter 2 crashes
    // the interpreter, and a second crash in one Node process takes minutes instead of a second.
    const ended = new Map<string, LabEnd>();
    async function run(code: string): Promise<LabEnd> {
      if (!runtime.alive) runtime = await loadLabRuntimeInNode(root);
      const end = runtime.run(code, { maxSteps: STEPS }, () => {});
      ended.set(code, end);
      return end;
    }
    beforeAll(async () => {
      runtime = await loadLabRuntimeInNode(root);
    }, 60_000);

    for (const sample of [...SAMPLES.en, ...SAMPLES.ko]) {
      it(`${sample.file}:${sample.line} ${sample.marked ? 'runs to its end' : 'does not run as it stands'}`, async () => {
        const end = ended.get(sample.code) ?? (await run(sample.code));
        const ran = end.reason === 'done';
        expect(ran, `ended ${end.reason} at line ${end.line}: ${end.exc?.join(': ') ?? end.message ?? ''}`).toBe(sample.marked);
      }, 60_000);
    }
  });
});
