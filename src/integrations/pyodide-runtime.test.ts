// The runtime's files where the worker looks for them: copied into a build, served by the dev
// server's middleware under a base path, with the types a browser needs.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PYODIDE_FILE_NAMES, PYODIDE_FILES } from '../components/lab/pyodide-files';
import { copyPyodideRuntime, installedPyodide, pyodideMiddleware } from './pyodide-runtime';

describe('at build time', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'pyodide-runtime-'));
  });
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('copies exactly the runtime files into pyodide/ of the output, whole', async () => {
    const bytes = await copyPyodideRuntime(installedPyodide(), out);
    expect((await readdir(join(out, 'pyodide'))).sort()).toEqual([...PYODIDE_FILE_NAMES].sort());
    for (const name of PYODIDE_FILE_NAMES) expect((await stat(join(out, 'pyodide', name))).size).toBe(PYODIDE_FILES[name]);
    expect(bytes).toBe(Object.values(PYODIDE_FILES).reduce((a: number, b) => a + b, 0));
  });

  it('fails the build when a file is missing from the package', async () => {
    await expect(copyPyodideRuntime(join(out, 'nowhere'), out)).rejects.toThrow(/ENOENT/);
  });
});

describe('the dev-server middleware', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    const serve = pyodideMiddleware('/stack-and-heap/', installedPyodide());
    server = createServer((req, res) =>
      serve(req, res, () => {
        res.statusCode = 418; // what the rest of the dev server would answer
        res.end();
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves the wasm under the base path as application/wasm, whole', async () => {
    const response = await fetch(`${origin}/stack-and-heap/pyodide/pyodide.asm.wasm`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/wasm');
    expect((await response.arrayBuffer()).byteLength).toBe(PYODIDE_FILES['pyodide.asm.wasm']);
  });

  it('serves the modules as JavaScript, with a query string too', async () => {
    const response = await fetch(`${origin}/stack-and-heap/pyodide/pyodide.mjs?import`);
    expect(response.headers.get('content-type')).toBe('text/javascript');
    expect(await response.text()).toContain('loadPyodide');
  });

  it('leaves other paths, other files of the package and the root to the rest of the server', async () => {
    for (const path of ['/stack-and-heap/en/', '/stack-and-heap/pyodide/pyodide.js', '/pyodide/pyodide.mjs']) {
      expect((await fetch(`${origin}${path}`)).status, path).toBe(418);
    }
  });
});
