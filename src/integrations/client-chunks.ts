// Client chunks by the pages that load them. Rolldown's own splitting gives every set of islands
// that shares code a chunk of its own; a chapter with many islands then downloads dozens of small
// files, each compressed on its own, and pays for every cut (chapter 4: 50 files). Here a module
// goes into the chunk of the pages whose islands load it as they hydrate (the island registry
// says which chapter places which island; the lab, the progress page and the class report place
// their own). Modules loaded by the same pages share one chunk, so a chapter loads a few chunks.
// What a dynamic import loads on demand (the lab's editor, its views) stays in Rolldown's own
// chunks. Embed pages (one island each) load their chapter's chunks.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { basename, dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { ISLANDS } from '../components/registry';

/** The pages that place islands other than the registry's. */
const PAGE_ISLANDS: Readonly<Record<string, string>> = {
  'lab/Lab.svelte': 'lab',
  'ProgressPanel.svelte': 'progress',
  'ClassReport.svelte': 'class-report',
};
/**
 * Modules with a top-level await keep a chunk of their own: one that awaits a dynamic import
 * would otherwise share a chunk with modules the imported one needs, and wait for itself.
 * (client-chunks.test.ts checks this list against the source.)
 */
export const TOP_LEVEL_AWAIT = ['components/exercise/page-kinds.ts'];
/** Pages that load chapters' chunks rather than split them. */
const GUEST_PAGES = ['progress', 'class-report'];
/** The pages' own scripts (Astro's `<script>`s), as one page: every page of the book has one. */
const PAGE_SCRIPTS = 'scripts';
/** The module that loads exercise kinds by name (a dynamic import that reaches every kind). */
const KIND_LOADER = 'sim/exercises/load-kind.ts';

type ModuleInfo = { importers: readonly string[]; dynamicImporters: readonly string[] } | null;
type Lookup = (id: string) => ModuleInfo;

const srcDir = fileURLToPath(new URL('..', import.meta.url));
const componentsDir = join(srcDir, 'components');

/**
 * The pages of each island component (its .svelte file), of each mount point (for its own
 * `<script>`: a component drawn at build that a script makes interactive) and of each exercise
 * kind (by name).
 */
function islandPages() {
  const byFile = new Map<string, Set<string>>();
  const byMount = new Map<string, Set<string>>();
  const byKind = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, pages: readonly string[]) => {
    const set = map.get(key) ?? new Set<string>();
    for (const p of pages) set.add(p);
    map.set(key, set);
  };
  for (const entry of ISLANDS) {
    const mount = join(componentsDir, entry.mount);
    add(byMount, mount, entry.chapters);
    // A mount point hydrates the component it imports as `Island`.
    const island = /import\s+Island\s+from\s+'([^']+\.svelte)'/.exec(readFileSync(mount, 'utf8'))?.[1];
    if (island) add(byFile, resolve(dirname(mount), island), entry.chapters);
    if (entry.variant) add(byKind, entry.variant, entry.chapters);
  }
  for (const [file, page] of Object.entries(PAGE_ISLANDS)) add(byFile, join(componentsDir, file), [page]);
  return { byFile, byMount, byKind };
}

const CHAPTER = /^(\d\d)-/;
/** A chunk's name from its pages: chapters as ch2-4 (runs) or ch3+ch5, then the other pages. */
export function chunkName(pages: ReadonlySet<string>): string {
  const numbers = [...pages].map((p) => CHAPTER.exec(p)?.[1]).filter((n): n is string => !!n).map(Number).sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    runs.push(j > i ? `ch${numbers[i]}-${numbers[j]}` : `ch${numbers[i]}`);
    i = j + 1;
  }
  const others = [...pages].filter((p) => !CHAPTER.test(p)).sort();
  return [...runs, ...others].join('+');
}

const stripQuery = (id: string) => id.replace(/\?.*$/, '');

/** Rolldown's group name function: the name of the pages that load a module, or null (its own chunk). */
export function pageChunks() {
  const { byFile, byMount, byKind } = islandPages();
  const memo = new Map<string, Set<string>>();
  const kindLoader = join(srcDir, KIND_LOADER);
  const awaitsAtTop = new Set(TOP_LEVEL_AWAIT.map((m) => join(srcDir, m)));

  /**
   * The pages that load `id` as their islands hydrate: a walk up its static importers to the
   * islands. A dynamic import is a boundary (what it loads stays in chunks of its own, loaded on
   * demand: the lab's editor and views), except the kind loader's, which the exercises await
   * before they hydrate, and a mount point's script's (the layer diagram loads its code as it
   * comes near the screen). A page's own script (e.g. the chapter navigation) counts as a page; a
   * mount point's script, as the pages that place the mount point.
   * An importer counts whatever it uses: an island that imports a barrel (a core's index.ts)
   * brings all it re-exports into its chapter's chunk, so islands import the modules themselves.
   */
  function pagesOf(id: string, info: Lookup): Set<string> {
    const known = memo.get(id);
    if (known) return known;
    const pages = new Set<string>();
    const seen = new Set<string>([id]);
    const queue = [id];
    for (let m = queue.pop(); m !== undefined; m = queue.pop()) {
      for (const p of byFile.get(stripQuery(m)) ?? []) pages.add(p);
      const module = info(m);
      const importers = module?.importers ?? [];
      const dynamicImporters = module?.dynamicImporters ?? [];
      if (importers.length === 0 && dynamicImporters.length === 0 && m.includes('type=script')) {
        for (const p of byMount.get(stripQuery(m)) ?? [PAGE_SCRIPTS]) pages.add(p);
      }
      for (const importer of importers) if (!seen.has(importer)) seen.add(importer), queue.push(importer);
      // A kind belongs to the islands that name it.
      if (dynamicImporters.some((d) => stripQuery(d) === kindLoader)) for (const p of byKind.get(basename(stripQuery(m), '.ts')) ?? []) pages.add(p);
      // What a mount point's script loads belongs to the pages that place the mount point.
      for (const d of dynamicImporters) for (const p of (d.includes('type=script') && byMount.get(stripQuery(d))) || []) pages.add(p);
    }
    memo.set(id, pages);
    return pages;
  }

  return (id: string, ctx: { getModuleInfo: Lookup }): string | null => {
    // Styles follow their components as Astro places them.
    if (id.includes('type=style') || id.endsWith('.css')) return null;
    if (awaitsAtTop.has(stripQuery(id))) return null;
    // A page's script runs as it loads: joined with another's, both would run on both pages.
    if (id.includes('type=script')) return null;
    const all = pagesOf(id, (m) => ctx.getModuleInfo(m));
    if (all.size === 0) return null;
    // What a chapter shares with the progress page or the class report goes by the chapters alone:
    // those pages then load a little more than they run, the chapters load fewer files.
    const pages = [...all].some((p) => CHAPTER.test(p)) ? new Set([...all].filter((p) => !GUEST_PAGES.includes(p))) : all;
    return chunkName(pages);
  };
}

const MAP_DEPS_FILES = /__vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=(\[[^\]]*\])\)\)\)/;
const MAP_DEPS_CALL = /__vite__mapDeps\(\[([\d,]*)\]\)/g;

/**
 * A dynamic import's preload list without the files the build does not have. Astro removes a
 * chunk's CSS from the client build where the pages already carry it, but Vite's list (written
 * before) still names it, and a missing stylesheet fails the import. Returns the code unchanged
 * when nothing is missing.
 */
export function dropMissingPreloads(code: string, exists: (file: string) => boolean): string {
  const files = MAP_DEPS_FILES.exec(code)?.[1];
  if (!files) return code;
  const names = JSON.parse(files) as string[];
  const missing = new Set(names.flatMap((name, i) => (exists(name) ? [] : [i])));
  if (missing.size === 0) return code;
  return code.replace(MAP_DEPS_CALL, (_, list: string) => `__vite__mapDeps([${list.split(',').filter((i) => i !== '' && !missing.has(Number(i))).join(',')}])`);
}

/** The client build's chunking (a Vite plugin). */
function chunksPlugin(): Plugin {
  return {
    name: 'client-chunks',
    configEnvironment: (name) =>
      name === 'client'
        ? {
            build: {
              rolldownOptions: {
                // Astro imports an island by name from its entry, which may now export more.
                preserveEntrySignatures: 'allow-extension',
                // Each module by its own pages, not by the first group that imports it.
                output: { codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: pageChunks() }] } },
              },
            },
          }
        : undefined,
  };
}

/**
 * The integration: the chunking, and, once the site is written (Astro removes the client CSS its
 * pages carry only at the end), preload lists without the files that are gone. Before the
 * integrations that read the finished site (CSP hashes, the service worker's precache).
 */
export default function clientChunks(): AstroIntegration {
  return {
    name: 'stack-and-heap:client-chunks',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [chunksPlugin()] } });
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const assets = join(root, '_astro');
        if (!existsSync(assets)) return;
        for (const name of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
          const path = join(assets, name);
          const code = readFileSync(path, 'utf8');
          const kept = dropMissingPreloads(code, (file) => existsSync(join(root, file)));
          if (kept !== code) writeFileSync(path, kept);
        }
      },
    },
  };
}
