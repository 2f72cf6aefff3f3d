/**
 * Takes the network, storage and the page away from the lab worker's global scope once Pyodide
 * is loaded, before the first program runs. The tracer already refuses `import js` and the other
 * FFI modules, but that is not a wall: a program can still find Pyodide's own modules and proxies
 * (`gc.get_objects()`, `_imp.create_builtin`) and can run a string of JavaScript through
 * `ctypes.CDLL(None).emscripten_run_script`. So the scope itself must have nothing left to reach:
 *
 * - no way to make a request or open a channel (fetch, XHR, sockets, workers, fonts, beacons);
 * - no storage (IndexedDB, Cache Storage, the origin's file system, other tabs);
 * - no `postMessage`: the worker keeps its own bound copy in a closure, so a program cannot post
 *   to the page;
 * - no way to turn a string into code (`eval`, the Function constructors, string timers), so
 *   nothing can write `import()` either, the one request that cannot be deleted.
 *
 * Pyodide needs none of these once loaded (it evaluates strings only to load a shared library,
 * and the lab loads none). It does use the global `Function` for `instanceof` and
 * `Function.prototype.apply`, so `Function` and `eval` are replaced by stand-ins that keep
 * the real prototype and throw when called, rather than deleted.
 */

/** Globals removed from the scope and from every prototype it inherits them from. */
export const REMOVED_GLOBALS = [
  // requests and channels
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'EventSource',
  'importScripts',
  'Worker',
  'SharedWorker',
  'FontFace',
  'fonts',
  'Notification',
  'RTCPeerConnection',
  // storage and other tabs
  'indexedDB',
  'caches',
  'BroadcastChannel',
  'cookieStore',
  'webkitRequestFileSystem',
  'webkitRequestFileSystemSync',
  'webkitResolveLocalFileSystemURL',
  'webkitResolveLocalFileSystemSyncURL',
  // the page
  'postMessage',
] as const;

/** Members of `navigator` that reach storage, other tabs or devices. */
export const REMOVED_NAVIGATOR = ['storage', 'serviceWorker', 'locks', 'usb', 'hid', 'serial', 'bluetooth', 'sendBeacon'] as const;

type Scope = Record<string, unknown> & {
  setTimeout?: (handler: unknown, ...rest: unknown[]) => unknown;
  setInterval?: (handler: unknown, ...rest: unknown[]) => unknown;
};

/** Deletes `name` from `target` and every prototype it inherits from; true when it is gone. */
function removeEverywhere(target: object, name: string): boolean {
  for (let at: object | null = target; at; at = Object.getPrototypeOf(at) as object | null) {
    if (Object.prototype.hasOwnProperty.call(at, name)) {
      if (!Reflect.deleteProperty(at, name)) {
        // Not configurable: shadow it on the object itself instead.
        Reflect.defineProperty(target, name, { value: undefined, writable: false, configurable: false });
      }
    }
  }
  return !(name in target) || (target as Record<string, unknown>)[name] === undefined;
}

/** The prototypes of the four kinds of function; each one's `constructor` compiles a string. */
function functionPrototypes(): object[] {
  const kinds = [function () {}, async function () {}, function* () {}, async function* () {}];
  return kinds.map((f) => Object.getPrototypeOf(f) as object);
}

/**
 * A function that throws instead of compiling code, with the real `Function.prototype`: so
 * `x instanceof Function` and `Function.prototype.apply` still work.
 */
function noCodeFromStrings(realPrototype: object): () => never {
  const refuse = function Function(): never {
    throw new TypeError('the lab runs no code from strings');
  };
  Object.defineProperty(refuse, 'prototype', { value: realPrototype, writable: false });
  return refuse;
}
// One per realm, so that locking down twice finds its own stand-in already in place.
let refuseCode: (() => never) | undefined;

/** A timer that accepts a function only (a string handler would be evaluated as code). */
function functionsOnly<T extends (handler: unknown, ...rest: unknown[]) => unknown>(timer: T, scope: object): T {
  const guarded = (handler: unknown, ...rest: unknown[]) => {
    if (typeof handler !== 'function') throw new TypeError('a timer takes a function here');
    return timer.call(scope, handler, ...rest);
  };
  return guarded as T;
}

/**
 * Locks `scope` down (the worker's `self`; in tests, Node's `globalThis`). Returns the names that
 * are still reachable afterwards: empty when everything went.
 */
export function lockDownScope(scope: object): string[] {
  const s = scope as Scope;
  const left: string[] = [];
  for (const name of REMOVED_GLOBALS) if (!removeEverywhere(scope, name)) left.push(name);
  const navigator = s['navigator'];
  if (navigator && typeof navigator === 'object') {
    for (const name of REMOVED_NAVIGATOR) if (!removeEverywhere(navigator, name)) left.push(`navigator.${name}`);
  }
  const [plainProto] = functionPrototypes();
  const refuse = (refuseCode ??= noCodeFromStrings(plainProto!));
  for (const proto of functionPrototypes()) {
    if (!Reflect.defineProperty(proto, 'constructor', { value: refuse, writable: false, configurable: false })) left.push('constructor');
  }
  for (const name of ['Function', 'eval'] as const) {
    if (!Reflect.defineProperty(scope, name, { value: refuse, writable: false, configurable: false })) left.push(name);
  }
  for (const name of ['setTimeout', 'setInterval'] as const) {
    const timer = s[name];
    if (typeof timer === 'function') s[name] = functionsOnly(timer, scope);
  }
  return left;
}
