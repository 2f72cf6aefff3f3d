// Exercise kinds by name: `kinds/<name>.ts` default-exports the kind called <name>. Each kind is
// its own module (and its own chunk in the browser), so a page loads only the algorithms its
// exercises use. The server, the tests and the browser all load kinds through here.
import type { EventBase } from '../trace';
import type { ProblemKind } from './kind';

export type AnyKind = ProblemKind<unknown, EventBase>;

const loaded = new Map<string, AnyKind>();

export async function loadKind(name: string): Promise<AnyKind> {
  const known = loaded.get(name);
  if (known) return known;
  if (!/^[a-z]+$/.test(name)) throw new Error(`Exercise kind names are lower-case letters: '${name}'`);
  const mod = (await import(`./kinds/${name}.ts`)) as { default?: AnyKind };
  const kind = mod.default;
  if (!kind || kind.name !== name) throw new Error(`src/sim/exercises/kinds/${name}.ts must default-export the kind named '${name}'`);
  loaded.set(name, kind);
  return kind;
}

/** A kind loadKind has already loaded (islands render synchronously, so they load first). */
export function loadedKind(name: string): AnyKind {
  const kind = loaded.get(name);
  if (!kind) throw new Error(`Exercise kind '${name}' was not loaded before use (loadKind)`);
  return kind;
}

/**
 * The kind a record names: a kind made for one setting (`variant`: the allocator's fit policy,
 * N-Queens' board size) or one of ./kinds/ by name.
 */
export async function kindFor(name: string, variant?: string): Promise<AnyKind> {
  // Each kind is made once: a class report asks for the same ones thousands of times.
  const key = `${name}:${variant ?? ''}`;
  const made = madeKinds.get(key) ?? (await makeKind(name, variant));
  madeKinds.set(key, made);
  return made;
}

const madeKinds = new Map<string, AnyKind>();

async function makeKind(name: string, variant: string | undefined): Promise<AnyKind> {
  if (name === 'allocfit') {
    const [{ allocatorKind }, { FIT_POLICIES }] = await Promise.all([import('../heap/fit-kind'), import('../heap/model')]);
    const policy = FIT_POLICIES.find((p) => p === variant);
    if (!policy) throw new RangeError(`unknown fit policy '${variant}'`);
    return allocatorKind(policy) as unknown as AnyKind;
  }
  if (name === 'nqueens') {
    const { nqueensKind } = await import('./kinds/nqueens');
    const n = Number(variant);
    if (!Number.isInteger(n) || n < 4 || n > 8) throw new RangeError(`unknown board size '${variant}'`);
    return nqueensKind(n) as unknown as AnyKind;
  }
  return loadKind(name);
}
