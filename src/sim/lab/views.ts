/**
 * A lab state in the shape the chapter 7 object-graph view draws (`ObjectsState`), so the lab
 * reuses that view instead of having its own. Kinds the chapter's model has no type for (set,
 * class, module, long str, bytes, …) become an 'instance' named by their real type, with their
 * items as numbered slots.
 */
import { cpythonRuntime } from '../cpython/runtime';
import type { Frame, Obj, ObjectsState, Val } from '../objects/state';
import { toArray } from '../pstack';
import type { LabValue } from './delta';
import { reachableObjects, type LabObject, type LabState } from './state';

/** What `sys.getrefcount` shows for an immortal object on Pyodide's wasm32 build (measured). */
export const WASM32_IMMORTAL_REFCOUNT = 1879048192;

const val = (v: LabValue): Val => (typeof v === 'number' ? { ref: v } : { atom: v });

/** A dict key as the graph writes it inside ['…']: a string's text, else its repr or `#id`. */
function keyText(k: LabValue): string {
  if (typeof k === 'number') return `#${k}`;
  const quoted = /^(['"]).*\1$/s.test(k);
  return quoted ? k.slice(1, -1) : k;
}

function objOf(o: LabObject): Obj {
  const base = { id: o.id, refcount: o.refcount, held: 0, tracked: o.tracked, gen: null, cached: o.refcount >= WASM32_IMMORTAL_REFCOUNT ? ('immortal' as const) : null };
  switch (o.kind) {
    case 'list':
    case 'tuple':
      return { ...base, type: o.kind, name: null, text: null, items: o.items.map(val), fields: [] };
    case 'dict':
      return { ...base, type: 'dict', name: null, text: null, items: [], fields: o.entries.map(([k, v]) => [keyText(k), val(v)] as const) };
    case 'instance':
      return { ...base, type: 'instance', name: o.type, text: null, items: [], fields: o.fields.map(([k, v]) => [k, val(v)] as const) };
    case 'function':
      return { ...base, type: 'function', name: o.text ?? o.type, text: null, items: [], fields: [] };
    default:
      return { ...base, type: 'instance', name: o.text && o.kind !== 'str' && o.kind !== 'bytes' ? `${o.type} ${o.text}` : o.type, text: null, items: [], fields: o.items.map((v, i) => [String(i), val(v)] as const) };
  }
}

/**
 * The frames (module first) and the objects reachable from them (the first `maxObjects` met),
 * for `layoutGraph` and the core's graph queries (`cyclesOf`, `reachableIds`). GC counters are not observable per step
 * in Pyodide: they are zeros, with 3.14.0–3.14.4's thresholds (2000, 10, 0), which Pyodide's
 * 3.14.2 reports.
 */
export function toObjectsState(state: LabState, maxObjects = 10_000): ObjectsState {
  const frames = toArray(state.frames);
  const out: Frame[] = frames.map((f, i) => ({
    name: f.fn,
    vars: [...f.locals].map(([name, v]) => [name, val(v)] as const),
    callLine: i === 0 ? 0 : frames[i - 1]!.line,
  }));
  const objects = new Map<number, Obj>();
  for (const o of reachableObjects(state, maxObjects)) objects.set(o.id, objOf(o));
  // A value being returned has no name yet: the evaluation stack holds it (the chapter's `held`),
  // which also keeps the graph from calling it unreachable.
  for (const f of frames) {
    const held = typeof f.returning === 'number' ? objects.get(f.returning) : undefined;
    if (held) objects.set(held.id, { ...held, held: held.held + 1 });
  }
  return {
    version: '3.14',
    frames: out,
    objects,
    gc: {
      enabled: true,
      thresholds: cpythonRuntime('3.14').gcEarly314!.thresholds,
      counts: [0, 0, 0],
      longLivedTotal: 0,
      longLivedPending: 0,
      collections: [0, 0, 0],
    },
    output: state.stdout.split('\n').slice(0, -1),
    line: state.line,
    freedByRefcount: 0,
    freedByGc: 0,
  };
}
