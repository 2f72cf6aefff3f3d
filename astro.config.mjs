// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { markRunnableSamples } from './src/markdown/runnable-samples.ts';
import pyodideRuntime from './src/integrations/pyodide-runtime.ts';

// A fork deploys to https://USER.github.io/REPO/: the Pages workflow sets SITE_URL and
// BASE_PATH. Locally the book is served from the root.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: base.endsWith('/') ? base : `${base}/`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['en', 'ko'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // pyodideRuntime: the lab's Python at <base>pyodide/ (copied at build, served in dev).
  integrations: [mdx(), svelte(), pyodideRuntime()],
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
      wrap: false,
      transformers: [markRunnableSamples],
    },
  },
  devToolbar: { enabled: false },
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
    // The lab's worker is a module worker that imports Pyodide from <base>pyodide/ at run time;
    // Vite must neither pre-bundle `pyodide` nor build the worker as a classic script.
    optimizeDeps: { exclude: ['pyodide'] },
    worker: { format: 'es' },
  },
});
