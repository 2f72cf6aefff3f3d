// simulateObjects (src/sim/objects) checked against every python3.x on this machine: the
// small-int cache range, gc.get_threshold(), and the reference counts that random programs
// of containers print. A version the model does not know is skipped with a line saying so;
// no interpreter at all is reported by reportMissing and the suite is marked skipped.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findPythons, reportMissing, runJson, type Python } from './pythons';
import { RUNTIME_VERSIONS } from '../cpython/index';
import { generateContainerProgram, isRef, simulateObjects } from '../objects/index';

const pythons = findPythons();
reportMissing(pythons);

const EDGES = [-6, -5, 0, 256, 257, 1024, 1025];
const PROGRAMS = Array.from({ length: 60 }, (_, i) => generateContainerProgram(1000 + i, { statements: 14 }));

/** Which of EDGES the model treats as the shared cached object, and its thresholds. */
function modelFacts(version: string): { cached: number[]; thresholds: number[] } {
  const program = EDGES.map((v, i) => `x${i} = ${v}`).join('\n');
  const { final } = simulateObjects(program, { version });
  const cached = EDGES.filter((_, i) => {
    const v = final.frames[0]!.vars.find(([n]) => n === `x${i}`)![1];
    return isRef(v) && final.objects.get(v.ref)!.cached !== null;
  });
  return { cached, thresholds: [...final.gc.thresholds] };
}

// Each value is built at run time (int(s)): `257 is 257` in one code object shares a constant.
const FACTS = `
import gc, json
edges = ${JSON.stringify(EDGES)}
print(json.dumps({'cached': [v for v in edges if int(str(v)) is int(str(v))], 'thresholds': list(gc.get_threshold())}))
`;

// Every program runs as module code (exec with a fresh globals dict) in one interpreter.
const RUN = `
import contextlib, io, json, sys
programs = json.loads(sys.stdin.read())
out = []
for src in programs:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(src, '<program>', 'exec'), {'__name__': '__program__'})
    out.append(buf.getvalue().split())
print(json.dumps(out))
`;

function runPrograms(python: Python, programs: string[]): string[][] {
  const out = execFileSync(python.path, ['-c', RUN], { input: JSON.stringify(programs), encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out) as string[][];
}

describe.skipIf(pythons.length === 0)('object model facts on real CPython', () => {
  for (const python of pythons) {
    if (!(RUNTIME_VERSIONS as readonly string[]).includes(python.version)) {
      console.info(`CPython ${python.full}: simulateObjects has no facts for ${python.version}: object checks SKIPPED.`);
      it.skip(`no object model for ${python.version}`, () => {});
      continue;
    }
    describe(`CPython ${python.full}`, () => {
      it('small-int cache edges and gc.get_threshold() match simulateObjects', () => {
        const real = runJson<{ cached: number[]; thresholds: number[] }>(python, FACTS);
        expect(modelFacts(python.version)).toEqual(real);
      });

      it(`getrefcount printed by ${PROGRAMS.length} random container programs matches simulateObjects`, () => {
        const real = runPrograms(python, PROGRAMS);
        const mismatches: string[] = [];
        PROGRAMS.forEach((program, i) => {
          const model = simulateObjects(program, { version: python.version }).output;
          if (JSON.stringify(model) !== JSON.stringify(real[i])) mismatches.push(`${program}\nmodel ${model.join(' ')}\nreal  ${real[i]!.join(' ')}`);
        });
        expect(mismatches).toEqual([]);
        // The programs must print something, or this check could pass vacuously.
        expect(real.flat().length).toBeGreaterThan(PROGRAMS.length);
      });
    });
  }
});
