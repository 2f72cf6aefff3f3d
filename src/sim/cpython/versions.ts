import { SimError } from '../errors';

/**
 * Checks a 'major.minor' version string against the versions a table covers; throws
 * SimError 'unknown-version' otherwise (a typo like '3.1' must not silently pick a row).
 */
export function checkVersion<V extends string>(version: string, known: readonly V[]): V {
  if ((known as readonly string[]).includes(version)) return version as V;
  throw new SimError('unknown-version', 'error.pymalloc.unknownVersion', {
    version: String(version),
    known: known.join(', '),
  });
}

/** Minor number of a '3.x' string that `checkVersion` accepted. */
export function minorOf(version: string): number {
  return Number(version.split('.')[1]);
}
