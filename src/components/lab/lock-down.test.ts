// The lock-down on scopes shaped like a browser worker's (members on prototypes, some that cannot
// be deleted). The real lock-down of a whole scope under Pyodide is in lab-worker.test.ts. (It
// replaces this process's Function constructors too; Vitest runs each file in its own process.)
import { expect, it } from 'vitest';
import { lockDownScope } from './lock-down';

it('removes a member inherited from a prototype, as a browser defines navigator.storage', () => {
  class WorkerNavigator {
    get storage() {
      return { getDirectory: () => 'the origin file system' };
    }
    get userAgent() {
      return 'test';
    }
  }
  const scope = { navigator: new WorkerNavigator(), fetch: () => 'a request' };
  expect(lockDownScope(scope)).toEqual([]);
  expect('storage' in scope.navigator).toBe(false);
  expect('fetch' in scope).toBe(false);
  expect(scope.navigator.userAgent).toBe('test'); // the rest stays
});

it('shadows what a prototype will not give up, and reports what cannot be removed at all', () => {
  const proto = {};
  Object.defineProperty(proto, 'caches', { value: 'cache storage', configurable: false });
  const scope = Object.create(proto) as Record<string, unknown>;
  Object.defineProperty(scope, 'indexedDB', { value: 'a database', configurable: false, writable: false });
  const left = lockDownScope(scope);
  expect(scope['caches']).toBeUndefined();
  expect(left).toEqual(['indexedDB']);
});

it('timers take functions only: a string would be run as code', () => {
  const calls: unknown[] = [];
  const scope = { setTimeout: (handler: unknown, ms: number) => calls.push([handler, ms]) };
  lockDownScope(scope);
  const callback = () => {};
  scope.setTimeout(callback, 5);
  expect(calls).toEqual([[callback, 5]]);
  expect(() => scope.setTimeout('fetch("/")', 0)).toThrow(TypeError);
  expect(calls).toHaveLength(1);
});
