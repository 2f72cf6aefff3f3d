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
