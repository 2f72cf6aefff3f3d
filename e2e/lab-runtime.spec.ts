import { test, expect } from '@playwright/test';
import { PYODIDE_FILE_NAMES, PYODIDE_FILES, PYODIDE_DIR } from '../src/components/lab/pyodide-files';
import { builtPages, waitForIslands } from './pages';

// The lab's runtime (13.5 MB of Pyodide) is in the build under the base path, and no page
// downloads any of it, or starts the lab's worker, until the reader runs a program.

test('the runtime is in the build under the base path, each file whole and with its type', async ({ request }) => {
  for (const name of PYODIDE_FILE_NAMES) {
    const response = await request.get(`${PYODIDE_DIR}${name}`);
    expect(response.status(), name).toBe(200);
    expect((await response.body()).length, name).toBe(PYODIDE_FILES[name]);
    if (name.endsWith('.wasm')) expect(response.headers()['content-type']).toBe('application/wasm');
  }
});

for (const path of builtPages().filter((p) => p !== '404/')) {
  test(`/${path} downloads none of the runtime and starts no worker, islands and all`, async ({ page }) => {
    const runtime: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes(`/${PYODIDE_DIR}`) || r.url().includes('lab-worker')) runtime.push(r.url());
    });
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(path);
    await waitForIslands(page);
    await page.waitForLoadState('networkidle');
    expect(runtime).toEqual([]);
    expect(workers).toEqual([]);
  });
}
