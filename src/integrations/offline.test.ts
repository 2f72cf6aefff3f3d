import { describe, expect, it } from 'vitest';
import { PYODIDE_FILE_NAMES } from '../components/lab/pyodide-files';
import { RUNTIME_CACHE, serviceWorkerOptions } from './offline';

describe('the service worker of a book served under a base path', () => {
  const base = '/stack-and-heap/';
  const options = serviceWorkerOptions('/tmp/dist', base);
  const runtime = options.runtimeCaching.find((r) => r.options.cacheName === RUNTIME_CACHE)!;

  it("caches every file of the lab's runtime on first use, and only those", () => {
    for (const name of PYODIDE_FILE_NAMES) expect(runtime.urlPattern.test(`https://host.example${base}pyodide/${name}`)).toBe(true);
    expect(runtime.handler).toBe('CacheFirst');
    for (const other of [`${base}en/lab/`, `${base}_astro/lab-worker.js`, '/pyodide/pyodide.mjs', `${base}en/?next=${base}pyodide/`]) {
      expect(runtime.urlPattern.test(`https://host.example${other}`), other).toBe(false);
    }
  });

  it('never precaches the runtime, and lists the rest under the base', () => {
    expect(options.globIgnores).toContain('pyodide/**');
    expect(options.modifyURLPrefix).toEqual({ '': base });
    expect(options.skipWaiting).toBe(false);
  });
});
