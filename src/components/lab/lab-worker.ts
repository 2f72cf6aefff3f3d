/**
 * The lab's module Web Worker: Pyodide from `<base>pyodide/`, loaded on the first run, then the
 * scope locked down (lock-down.ts) and every run traced (lab-worker-core.ts). Created by
 * lab-client.ts; never imported by a page directly.
 */
import { TRACER_SOURCE } from '../../sim/lab/tracer-source';
import { createLabWorker } from './lab-worker-core';
import { lockDownScope } from './lock-down';
import { pyodidePath } from './pyodide-files';
import type { FromWorker } from './lab-protocol';
import { loadPyodideWithProgress } from './pyodide-load';

/** What this file uses of a dedicated worker's global (the project's types are the DOM's). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  readonly location: { readonly href: string };
  fetch?: typeof fetch;
}
const self = globalThis as unknown as WorkerScope;

// Kept before the lock-down removes `postMessage` from the scope.
const post = self.postMessage.bind(self);
const indexURL = new URL(pyodidePath(import.meta.env.BASE_URL), self.location.href).href;

const worker = createLabWorker({
  tracerSource: TRACER_SOURCE,
  load: (onProgress) =>
    loadPyodideWithProgress({
      indexURL,
      scope: self,
      importModule: (url) => import(/* @vite-ignore */ url),
      onProgress,
    }),
  lockDown: () => lockDownScope(self),
  post,
});

self.addEventListener('message', (event) => void worker.handle(event.data));
