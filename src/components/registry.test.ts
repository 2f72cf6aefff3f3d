// Ties the island registry to the chapters: an island a chapter places must be registered
// (for the chapters that place it), and a registered island must appear where it says.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS, inDomain, t } from '../i18n/messages';
import { LANGS } from '../i18n/lang';
import { GRADED, ISLANDS, islandMessages, islandName, progressTitle } from './registry';
import { loadKind } from '../sim/exercises/load-kind';
import { createExercise } from '../sim/exercises/grader';

const ROOT = join(import.meta.dirname, '..', '..');
const COMPONENTS = join(ROOT, 'src', 'components');
const isIsland = (mount: string) => readFileSync(join(COMPONENTS, mount), 'utf8').includes('client:');

/** Every island use in a chapter: `${mount}` or `${mount}#${variant}`, per chapter slug. */
function usesIn(lang: string): Map<string, Set<string>> {
  const dir = join(ROOT, 'content', lang);
  const uses = new Map<string, Set<string>>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const slug = file.replace(/\.mdx$/, '');
    // A fenced block shows code (the authoring guide's example chapter); it places nothing.
    const text = readFileSync(join(dir, file), 'utf8').replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '');
    for (const m of text.matchAll(/^import (\w+) from '(?:\.\.\/)+src\/components\/([\w/]+\.astro)';$/gm)) {
      const [, name, mount] = m as unknown as [string, string, string];
      if (!isIsland(mount)) continue;
      const variants = ISLANDS.filter((e) => e.mount === mount && e.variant !== undefined).length > 0;
      for (const tag of text.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'g'))) {
        const variant = variants ? /\b(?:kind|algorithm)="(\w+)"/.exec(tag[1]!)?.[1] : undefined;
        const use = variant ? `${mount}#${variant}` : mount;
        if (!uses.has(use)) uses.set(use, new Set());
        uses.get(use)!.add(slug);
      }
    }
  }
  return uses;
}

const useOf = (e: (typeof ISLANDS)[number]) => (e.variant ? `${e.mount}#${e.variant}` : e.mount);

describe('the island registry', () => {
  for (const lang of LANGS) {
    it(`lists every island the ${lang} chapters place, with the chapters that place it`, () => {
      const uses = usesIn(lang);
      const registered = new Map(ISLANDS.map((e) => [useOf(e), [...e.chapters].sort()]));
      const placed = new Map([...uses].map(([use, slugs]) => [use, [...slugs].sort()]));
      expect([...placed].filter(([use]) => !registered.has(use)), 'used but not registered').toEqual([]);
      expect([...registered].filter(([use]) => !placed.has(use)), 'registered but in no chapter').toEqual([]);
      for (const [use, slugs] of placed) expect([use, slugs]).toEqual([use, registered.get(use)]);
    });
  }

  it('has unique ids and progress ids, titles that exist, and domains that each hold a string', () => {
    expect(new Set(ISLANDS.map((e) => e.id)).size).toBe(ISLANDS.length);
    expect(new Set(GRADED.map((e) => e.progressId)).size).toBe(GRADED.length);
    const keys = Object.keys(CATALOGS.en);
    for (const e of ISLANDS) {
      expect(Object.hasOwn(CATALOGS.en, e.title), `${e.id}: ${e.title}`).toBe(true);
      for (const d of e.messages.filter((d) => !d.startsWith('!'))) expect(keys.some((k) => inDomain(k, d)), `${e.id}: ${d}`).toBe(true);
      expect(Object.keys(islandMessages(e.id, 'ko')).length).toBeGreaterThan(0);
    }
  });

  it('gives every graded island a title for the progress page, and nothing else one', () => {
    const titled = Object.keys(CATALOGS.en).filter((k) => k.startsWith('progress.title.'));
    expect(titled.sort()).toEqual(GRADED.map(progressTitle).sort());
  });

  // The instructors page lists every island by this name, with its embed code.
  for (const lang of LANGS) {
    it(`names every island differently in ${lang}`, () => {
      const names = ISLANDS.map((e) => t(lang, islandName(e)));
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    });
  }
});

describe('the strings an exercise ships', () => {
  // Every narration and every "why" a learner can meet, whatever buttons they press, must be in
  // the island's catalog (a missing one shows its key).
  const generic = ISLANDS.filter((e) => e.mount === 'exercise/Exercise.astro');
  it('covers every exercise placed by kind', () => expect(generic.length).toBeGreaterThanOrEqual(8));
  for (const { id, variant: name } of generic) {
    it(`${name}: every reason and narration the exercise can show is in its catalog`, async () => {
      const kind = await loadKind(name!);
      const shipped = islandMessages(id, 'en');
      const needed = new Set<string>();
      for (let seed = 1; seed <= 12; seed++) {
        const problem = kind.fromSeed(seed);
        for (const e of problem.trace.events()) needed.add(e.msg.key);
        const ex = createExercise(problem.trace, kind.spec);
        while (!ex.done) {
          // Press every button at this decision; if none was right (a typed value was needed), take the model's step.
          const at = ex.position;
          for (const a of kind.actions) {
            const v = ex.submit(a.field ? { type: a.type, [a.field]: -1 } : { type: a.type });
            needed.add(v.reasonKey);
            if (v.verdict === 'correct') break;
            ex.undo();
          }
          if (ex.position === at) needed.add(ex.fix()!.reasonKey);
        }
      }
      expect([...needed].filter((k) => !Object.hasOwn(shipped, k))).toEqual([]);
    });
  }
});

describe('the exercise kinds folder', () => {
  // Every file in src/sim/exercises/kinds/ is a chunk `loadKind` can load (a dynamic import by
  // name): a test kept there would be built into the site. Tests sit one folder up.
  it('holds kind modules only, and each loadable one is named as its file', async () => {
    const dir = join(ROOT, 'src', 'sim', 'exercises', 'kinds');
    const files = readdirSync(dir);
    expect(files.filter((f) => !/^[a-z]+\.ts$/.test(f))).toEqual([]);
    for (const e of ISLANDS.filter((i) => i.mount === 'exercise/Exercise.astro')) {
      expect(files).toContain(`${e.variant}.ts`);
      expect((await loadKind(e.variant!)).name).toBe(e.variant);
    }
  });
});
