/**
 * Puts the lab's runtime (the files of npm `pyodide` listed in pyodide-files.ts) at
 * `<base>pyodide/`: copied into the build output when the build is done, served from
 * node_modules by `astro dev`. Never committed; nothing but the lab's worker requests them.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { PYODIDE_DIR, PYODIDE_FILE_NAMES, PYODIDE_FILES, pyodidePath, type PyodideFile } from '../components/lab/pyodide-files';

/** The installed package's folder. */
export function installedPyodide(): string {
  return dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
}

// The wasm must say so, or the browser refuses to compile it while it streams.
const CONTENT_TYPES: Record<string, string> = {
  '.wasm': 'application/wasm',
  '.mjs': 'text/javascript',
  '.zip': 'application/zip',
  '.json': 'application/json',
};

const isRuntimeFile = (name: string): name is PyodideFile => Object.hasOwn(PYODIDE_FILES, name);

/**
 * Copies the runtime from `from` into `<outDir>/pyodide/` and checks each copy's size against
 * the table, so a build never ships a runtime the worker's byte count does not describe.
 */
export async function copyPyodideRuntime(from: string, outDir: string): Promise<number> {
  const to = join(outDir, PYODIDE_DIR);
  await mkdir(to, { recursive: true });
  let bytes = 0;
  for (const name of PYODIDE_FILE_NAMES) {
    await copyFile(join(from, name), join(to, name));
    const { size } = await stat(join(to, name));
    if (size !== PYODIDE_FILES[name]) throw new Error(`${name} is ${size} bytes, pyodide-files.ts says ${PYODIDE_FILES[name]}: update the table`);
    bytes += size;
  }
  return bytes;
}

/** A dev-server middleware answering `<base>pyodide/<file>` from `from`; anything else passes. */
export function pyodideMiddleware(base: string, from: string) {
  const prefix = pyodidePath(base);
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const name = path.startsWith(prefix) ? path.slice(prefix.length) : '';
    if (!isRuntimeFile(name)) return next();
    res.setHeader('Content-Type', CONTENT_TYPES[extname(name)] ?? 'application/octet-stream');
    res.setHeader('Content-Length', String(PYODIDE_FILES[name]));
    createReadStream(join(from, name)).pipe(res);
  };
}

function servePyodideInDev(from: string): Plugin {
  return {
    name: 'stack-and-heap:pyodide-dev',
    apply: 'serve',
    configureServer(server) {
      // Before Vite's own middlewares, so the modules are served as they are, not transformed.
      // Astro's dev server has already taken the base path off the URL by then: match from '/'.
      server.middlewares.use(pyodideMiddleware('/', from));
    },
  };
}

export default function pyodideRuntime(): AstroIntegration {
  const from = installedPyodide();
  return {
    name: 'stack-and-heap:pyodide-runtime',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [servePyodideInDev(from)] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const bytes = await copyPyodideRuntime(from, fileURLToPath(dir));
        logger.info(`lab runtime: ${PYODIDE_FILE_NAMES.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${PYODIDE_DIR}`);
      },
    },
  };
}
