// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { markRunnableSamples } from './src/markdown/runnable-samples.ts';
import pyodideRuntime from './src/integrations/pyodide-runtime.ts';
import cspHashes from './src/integrations/csp-hashes.ts';
import offline from './src/integrations/offline.ts';
import { resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// The course this build is (src/course.config.ts; COURSE_CONFIG names another file, e.g. a test's).
const courseFile = process.env.COURSE_CONFIG ? resolve(process.env.COURSE_CONFIG) : fileURLToPath(new URL('./src/course.config.ts', import.meta.url));

// A fork deploys to https://USER.github.io/REPO/: the Pages workflow sets SITE_URL and
// BASE_PATH. Locally the book is served from the root.
const base = process.env.BASE_PATH || '/';

// Client chunks. Rolldown puts the code that islands share in small chunks of its own, each
// compressed on its own, so a page that loads many of them pays for every cut (issue 10: no
// chapter may ship more than before the island consolidation). Each group below joins modules
// that are loaded together on every page that loads one of them, so no page downloads code it
// does not run. `src(...)` matches a module under src/ (and a component's style module).
const SEP = String.raw`[\\/]`;
/** @param {...string} paths */
const src = (...paths) =>
  new RegExp(`${SEP}src${SEP}(${paths.join('|').replaceAll('/', SEP).replaceAll('.', String.raw`\.`)})(\\?.*)?$`);
/** @type {{ name: string, test: RegExp, priority?: number }[]} */
const CHUNK_GROUPS = [
  // The Svelte runtime and the message renderer: every island imports both. (Svelte's
  // transition/motion/animate/easing stay out: only some islands use them.)
  {
    name: 'client',
    test: new RegExp(
      `${SEP}node_modules${SEP}(svelte${SEP}src${SEP}(?!transition|motion|animate|easing)|clsx${SEP})|${src('i18n/lang.ts', 'i18n/render.ts', 'i18n/josa.ts').source}`,
    ),
  },
  // Chapter 7's object model and the CPython facts it uses; the lab loads them with its views
  // after Run. ObjectGraphView.svelte stays in a chunk of its own: moved into a group, Astro
  // inlines its CSS on every page of the site.
  {
    name: 'objects',
    priority: 2,
    test: src(
      'components/cpython/object-graph.ts',
      'sim/objects/(graph|syntax|state|simulate|problems|index).ts',
      'sim/cpython/(runtime|versions|lists|list-growth|object-sizes).ts',
      'sim/pymalloc/config.ts',
    ),
  },
  // pymalloc's model and its view: chapter 7, and the lab's pymalloc panel.
  {
    name: 'pymalloc',
    priority: 1,
    test: src(
      'components/cpython/PymallocView.svelte',
      'sim/pymalloc/(readout|arenas|locate|size-class-problems|index|layers).ts',
      'sim/cpython/index.ts',
    ),
  },
  // The step player and the trace: chapters 2–7 and the lab's views.
  { name: 'StepPlayer', test: src('components/shell/StepPlayer.svelte', 'sim/trace.ts') },
  // The quiz shell with the roving-list and rich-text helpers: chapters 1 and 7 load all four.
  {
    name: 'QuizItem',
    test: src(
      'components/shell/(QuizItem|QuizShell).svelte',
      'components/shell/quiz-context.ts',
      'components/shell/roving.ts',
      'i18n/rich-text.ts',
    ),
  },
  // Islands that one chapter places side by side and that share most of their code: one chunk,
  // which each island's entry re-exports (the first to hydrate brings the others, a few KB).
  // Chapter 1's map and exercise over the segment model; chapter 7's three quizzes.
  { name: 'segments', test: src('sim/segments.ts', 'components/AddressSpaceMap.svelte', 'components/SegmentExercise.svelte') },
  { name: 'cpython-quizzes', test: src('components/cpython/(RefcountExercise|RefcountOrGcExercise|SizeClassExercise).svelte') },
];

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: base.endsWith('/') ? base : `${base}/`,
  // A second build beside the book's own (the e2e build of a custom course) keeps its output and
  // caches apart.
  ...(process.env.BUILD_DIR ? { outDir: `${process.env.BUILD_DIR}/dist`, cacheDir: `${process.env.BUILD_DIR}/cache` } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['en', 'ko'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // pyodideRuntime: the lab's Python at <base>pyodide/ (copied at build, served in dev).
  // cspHashes: completes each page's policy with its inline scripts' and styles' hashes (before
  // offline, which precaches the pages as they end up). offline (last: it reads the finished
  // site): the search index, then the service worker.
  integrations: [mdx(), svelte(), pyodideRuntime(), cspHashes(), offline()],
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
      wrap: false,
      transformers: [markRunnableSamples],
    },
  },
  devToolbar: { enabled: false },
  // Content-Security-Policy as a <meta> on every page (GitHub Pages sets no headers): scripts,
  // styles, fonts, workers and requests from the site's own origin only, and inline scripts and
  // styles by hash (Astro's, completed by src/integrations/csp-hashes.ts from the built pages).
  // - No 'wasm-unsafe-eval' here: Pagefind compiles its WebAssembly in a worker of its own, and a
  //   worker's policy is its own (a <meta> does not reach it). The lab page adds it (lab.astro).
  // - style attributes: Shiki colours code with inline `style` attributes and Svelte renders
  //   `style:` props as attributes on the server, so `style-src-attr` allows inline styles; a style
  //   attribute runs no script and, with img-src/font-src limited to the origin, loads nothing
  //   from elsewhere. <style> elements stay hashed.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: {
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
  // An exercise loads its kind with a dynamic import (src/sim/exercises/load-kind.ts). With module
  // preload on, Vite lists every kind's dependencies in the island's chunk (~0.6 KB gzip on each
  // page with an exercise); a kind's few small dependencies load fine as the kind imports them.
  // (Set per environment: Astro sets the top-level option itself.)
  vite: {
    plugins: [
      {
        name: 'no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
      // A group takes only the modules it names, not their dependencies (a shared helper would
      // otherwise follow a chapter's group onto every page that loads it); Rolldown then needs
      // entries that may export more than their module (Astro imports an island by name).
      {
        name: 'client-chunks',
        configEnvironment: (name) =>
          name === 'client'
            ? {
                build: {
                  rolldownOptions: {
                    preserveEntrySignatures: 'allow-extension',
                    output: { codeSplitting: { includeDependenciesRecursively: false, groups: CHUNK_GROUPS } },
                  },
                },
              }
            : undefined,
      },
    ],
    resolve: { alias: { '@course-config': courseFile } },
    define: { 'import.meta.env.COURSE_CONFIG_FILE': JSON.stringify(relative(process.cwd(), courseFile)) },
    // The lab's worker is a module worker that imports Pyodide from <base>pyodide/ at run time;
    // Vite must neither pre-bundle `pyodide` nor build the worker as a classic script.
    optimizeDeps: { exclude: ['pyodide'] },
    worker: { format: 'es' },
  },
});
