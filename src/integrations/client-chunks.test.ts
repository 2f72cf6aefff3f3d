// Chunks by pages: the name function over a small module graph built from the real registry's
// islands (which chapter places which island).
import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { chunkName, dropMissingPreloads, pageChunks, TOP_LEVEL_AWAIT } from './client-chunks';

const src = resolve(__dirname, '..');
const at = (path: string) => join(src, path);

/** A module graph: module → its static and dynamic importers. */
function graph(edges: Record<string, { importers?: string[]; dynamicImporters?: string[] }>) {
  const info = (id: string) => {
    const e = edges[id];
    return e ? { importers: (e.importers ?? []).map(at), dynamicImporters: (e.dynamicImporters ?? []).map(at) } : null;
  };
  const name = pageChunks();
  return (path: string) => name(at(path), { getModuleInfo: info as never });
}

describe('chunkName', () => {
  it('writes runs of chapters as ranges, then the other pages', () => {
    expect(chunkName(new Set(['07-cpython-memory']))).toBe('ch7');
    expect(chunkName(new Set(['04-stacks-at-work', '02-the-stack', '03-recursion', '06-the-heap']))).toBe('ch2-4+ch6');
    expect(chunkName(new Set(['lab', 'progress']))).toBe('lab+progress');
  });
});

describe('pageChunks', () => {
  const sim = 'sim/brackets.ts';
  const name = graph({
    [at('components/stacks/BracketsPlayer.svelte')]: {},
    [at('components/exercise/Exercise.svelte')]: {},
    [at('components/lab/Lab.svelte')]: {},
    [at('components/ProgressPanel.svelte')]: {},
    [at(sim)]: { importers: ['components/stacks/BracketsPlayer.svelte', 'sim/exercises/kinds/brackets.ts'] },
    [at('sim/exercises/load-kind.ts')]: { importers: ['components/exercise/Exercise.svelte'] },
    [at('sim/exercises/kinds/brackets.ts')]: { dynamicImporters: ['sim/exercises/load-kind.ts'] },
    [at('sim/trace.ts')]: { importers: ['components/exercise/Exercise.svelte', 'components/lab/Lab.svelte', 'components/ProgressPanel.svelte'] },
    [at('sim/lab-only.ts')]: { importers: ['components/lab/Lab.svelte'] },
    [at('components/lab/editor.ts')]: { dynamicImporters: ['components/lab/Lab.svelte'] },
    [at('components/lab/editor-theme.ts')]: { importers: ['components/lab/editor.ts'] },
    [at('components/ChapterNav.astro?astro&type=script&index=0&lang.ts')]: {},
    [at('components/progress-key.ts')]: { importers: ['components/ChapterNav.astro?astro&type=script&index=0&lang.ts', 'components/stacks/BracketsPlayer.svelte'] },
    [at('components/cpython/LayerDiagram.astro?astro&type=script&index=0&lang.ts')]: {},
    [at('components/cpython/layer-diagram.ts')]: { dynamicImporters: ['components/cpython/LayerDiagram.astro?astro&type=script&index=0&lang.ts'] },
    [at('components/cpython/static-helper.ts')]: { importers: ['components/cpython/LayerDiagram.astro?astro&type=script&index=0&lang.ts'] },
    [at('components/shell/roving.ts')]: { importers: ['components/cpython/layer-diagram.ts', 'components/stacks/BracketsPlayer.svelte'] },
    [at('sim/a.ts')]: { importers: ['sim/b.ts', 'components/stacks/BracketsPlayer.svelte'] },
    [at('sim/b.ts')]: { importers: ['sim/a.ts'] },
  });

  it('names an island and what it alone imports by the chapters that place it', () => {
    expect(name('components/stacks/BracketsPlayer.svelte')).toBe('ch4');
    expect(name(sim)).toBe('ch4');
  });

  it('puts a kind with the islands that name it, not with every page that can load a kind', () => {
    expect(name('sim/exercises/load-kind.ts')).toBe('ch2-4');
    expect(name('sim/exercises/kinds/brackets.ts')).toBe('ch4');
  });

  it('leaves out the progress page where chapters share a module, not the lab', () => {
    expect(name('sim/trace.ts')).toBe('ch2-4+lab');
    expect(name('sim/lab-only.ts')).toBe('lab');
  });

  it('leaves what a dynamic import loads (and its own imports) to chunks of its own', () => {
    expect(name('components/lab/editor.ts')).toBeNull();
    expect(name('components/lab/editor-theme.ts')).toBeNull();
  });

  it("keeps what a page's own script imports apart from the islands' chunks", () => {
    expect(name('components/progress-key.ts')).toBe('ch4+scripts');
    expect(name('components/ChapterNav.astro?astro&type=script&index=0&lang.ts')).toBeNull();
  });

  it("puts what a mount point's own script imports or loads with the chapters that place it", () => {
    expect(name('components/cpython/layer-diagram.ts')).toBe('ch7');
    expect(name('components/cpython/static-helper.ts')).toBe('ch7');
    expect(name('components/shell/roving.ts')).toBe('ch4+ch7');
    expect(name('components/cpython/LayerDiagram.astro?astro&type=script&index=0&lang.ts')).toBeNull();
  });

  it('follows an import cycle without looping', () => {
    expect(name('sim/a.ts')).toBe('ch4');
    expect(name('sim/b.ts')).toBe('ch4');
  });

  it('leaves styles and modules no page reaches to Rolldown', () => {
    expect(name('components/stacks/BracketsPlayer.svelte?svelte&type=style&lang.css')).toBeNull();
    expect(name('sim/nowhere.ts')).toBeNull();
  });
});

describe('TOP_LEVEL_AWAIT', () => {
  it('lists every module of the islands that awaits at its top level', async () => {
    const ts = (await import('typescript')).default;
    const { readdirSync, readFileSync } = await import('node:fs');
    const found: string[] = [];
    for (const dir of ['components', 'sim', 'i18n']) {
      for (const file of readdirSync(at(dir), { recursive: true }) as string[]) {
        if (!/\.(ts|svelte)$/.test(file) || /\.test\.ts$|bench\.ts$/.test(file)) continue;
        let text = readFileSync(join(at(dir), file), 'utf8');
        if (file.endsWith('.svelte')) text = /<script[^>]*>([\s\S]*?)<\/script>/.exec(text)?.[1] ?? '';
        const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
        let awaits = false;
        const walk = (node: import('typescript').Node): void => {
          if (ts.isFunctionLike(node)) return;
          if (ts.isAwaitExpression(node) || (ts.isForOfStatement(node) && node.awaitModifier)) awaits = true;
          ts.forEachChild(node, walk);
        };
        walk(source);
        if (awaits) found.push(`${dir}/${file.split('\\').join('/')}`);
      }
    }
    expect(found.sort()).toEqual([...TOP_LEVEL_AWAIT].sort());
  });
});

describe('dropMissingPreloads', () => {
  const code = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.css","_astro/b.css","_astro/c.js"])))=>i.map(i=>d[i]);x(()=>import("./v.js"),__vite__mapDeps([0,1,2]));y(__vite__mapDeps([1]))';
  it('drops the files the build does not have from every preload list', () => {
    const out = dropMissingPreloads(code, (f) => f !== '_astro/b.css');
    expect(out).toContain('__vite__mapDeps([0,2])');
    expect(out).toContain('__vite__mapDeps([])');
    expect(out).toContain('m.f=["_astro/a.css","_astro/b.css","_astro/c.js"]');
  });
  it('leaves code with nothing missing, or with no preload list, as it is', () => {
    expect(dropMissingPreloads(code, () => true)).toBe(code);
    expect(dropMissingPreloads('import("./x.js")', () => false)).toBe('import("./x.js")');
  });
});
