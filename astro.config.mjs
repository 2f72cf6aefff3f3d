// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { markRunnableSamples } from './src/markdown/runnable-samples.ts';
import pyodideRuntime from './src/integrations/pyodide-runtime.ts';
import cspHashes from './src/integrations/csp-hashes.ts';
import offline from './src/integrations/offline.ts';
import clientChunks from './src/integrations/client-chunks.ts';
import { resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// The course this build is (src/course.config.ts; COURSE_CONFIG names another file, e.g. a test's).
const courseFile = process.env.COURSE_CONFIG ? resolve(process.env.COURSE_CONFIG) : fileURLToPath(new URL('./src/course.config.ts', import.meta.url));

// A fork deploys to https://USER.github.io/REPO/: the Pages workflow sets SITE_URL and
// BASE_PATH. Locally the book is served from the root.
const base = process.env.BASE_PATH || '/';

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
  // clientChunks: client chunks by the pages that load them (src/integrations/client-chunks.ts).
  // cspHashes: completes each page's policy with its inline scripts' and styles' hashes (before
  // offline, which precaches the pages as they end up). offline (last: it reads the finished
  // site): the search index, then the service worker.
  integrations: [mdx(), svelte(), pyodideRuntime(), clientChunks(), cspHashes(), offline()],
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
    ],
    resolve: { alias: { '@course-config': courseFile } },
    define: { 'import.meta.env.COURSE_CONFIG_FILE': JSON.stringify(relative(process.cwd(), courseFile)) },
    // The lab's worker is a module worker that imports Pyodide from <base>pyodide/ at run time;
    // Vite must neither pre-bundle `pyodide` nor build the worker as a classic script.
    optimizeDeps: { exclude: ['pyodide'] },
    worker: { format: 'es' },
  },
});
