/**
 * Makes the built book work offline after the first visit (issue 15): when the build is done it
 * indexes the pages for search (Pagefind), then generates the service worker with Workbox's
 * `generateSW`, which precaches every page, island chunk, style, icon, the web app manifest
 * (src/pages/manifest.webmanifest.ts) and the search files, and caches the lab's runtime
 * (`pyodide/`) only once the lab fetches it.
 *
 * Why `workbox-build` directly and not `@vite-pwa/astro`: @vite-pwa/astro 1.2.0 declares
 * `astro ^1 … ^5` and needs vite-plugin-pwa 1.x, whose peer range stops at Vite 7; this book is
 * Astro 7 on Vite 8 (Rolldown). Its service worker is generated from the finished site anyway,
 * so the integration calls the same Workbox generator it would have called, after Pagefind.
 *
 * The worker never takes over by itself (no skipWaiting): a new version waits until the reader
 * presses Reload in the notice (src/layouts/offline-client.ts), so a page never mixes the files
 * of two builds.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { generateSW } from 'workbox-build';
import { PYODIDE_DIR } from '../components/lab/pyodide-files';

/** The service worker's file, at the base (its scope is the whole book). */
export const SW_FILE = 'sw.js';
/** The cache the lab's runtime goes into on its first use. */
export const RUNTIME_CACHE = 'lab-runtime';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What `generateSW` gets for a site built into `dir` and served at `base`. */
export function serviceWorkerOptions(dir: string, base: string) {
  return {
    globDirectory: dir,
    swDest: join(dir, SW_FILE),
    // Everything a reader can open or an island can import, and the search index; the lab's
    // runtime (13.5 MB) is left to the runtime cache below.
    globPatterns: ['**/*.{html,js,mjs,css,svg,png,woff2,webmanifest,json}', 'pagefind/**/*'],
    // Pagefind's other UIs and its highlighter: the book's search dialog uses pagefind-ui.js.
    globIgnores: [`${PYODIDE_DIR}**`, SW_FILE, 'pagefind/pagefind-{component-ui,modular-ui,highlight}.*'],
    // Pagefind's wasm and larger index chunks stay well under this; a file over it would be
    // left out silently, so the limit is generous.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    modifyURLPrefix: { '': base },
    // `<base>en/02-the-stack/` is served from the precached `.../index.html`.
    directoryIndex: 'index.html',
    // Pagefind asks for its entry file with `?ts=<now>` to dodge HTTP caches.
    ignoreURLParametersMatching: [/^ts$/, /^utm_/],
    // The first version controls the page it was installed from, so the reader's first visit
    // already counts; later versions wait (see above).
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        // A pattern, not a function: Workbox writes it into sw.js as source, without its closure.
        urlPattern: new RegExp(`^[^?#]*${escapeRegExp(base + PYODIDE_DIR)}`),
        handler: 'CacheFirst' as const,
        options: { cacheName: RUNTIME_CACHE, cacheableResponse: { statuses: [200] } },
      },
    ],
  };
}

export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'stack-and-heap:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // The search index first: the service worker precaches it.
        const { index } = await pagefind.createIndex({});
        if (!index) throw new Error('Pagefind could not start');
        await index.addDirectory({ path: out });
        await index.writeFiles({ outputPath: join(out, 'pagefind') });
        await pagefind.close();

        const { count, size, warnings } = await generateSW(serviceWorkerOptions(out, base));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker: ${count} files precached, ${(size / 1e6).toFixed(1)} MB (lab runtime on first use)`);
      },
    },
  };
}
