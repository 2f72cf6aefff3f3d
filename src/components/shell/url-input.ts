/**
 * Keeps a player's input in the page URL (`?brackets=(a[b])`) so a teacher can share a link to
 * exactly that example. Each player has its own key, so several players on one page never clash;
 * other query parameters and the hash are kept. Uses `history.replaceState` (no new history
 * entries, no reload). Safe to import during SSR: every function checks for `window`.
 */

/** Inputs longer than this are not written into the URL (a link that long is not shareable). */
export const MAX_URL_INPUT = 4000;

/** The input stored under `key`, or null (also on the server). */
export function readUrlInput(key: string, search: string = typeof location === 'undefined' ? '' : location.search): string | null {
  return new URLSearchParams(search).get(key);
}

/** The URL with `key` set to `value` (or removed when `value` is null). Pure; for tests too. */
export function withUrlInput(href: string, key: string, value: string | null): string {
  const url = new URL(href);
  if (value === null) url.searchParams.delete(key);
  else url.searchParams.set(key, value);
  return url.toString();
}

/**
 * Stores `value` under `key` in the current URL (null or too long: removes it). Returns false
 * when the value was too long to store. Removes `alsoRemove` keys (e.g. a generator key).
 */
export function writeUrlInput(key: string, value: string | null, alsoRemove: readonly string[] = []): boolean {
  if (typeof window === 'undefined') return true;
  const fits = value === null || value.length <= MAX_URL_INPUT;
  let href = withUrlInput(location.href, key, fits ? value : null);
  for (const k of alsoRemove) href = withUrlInput(href, k, null);
  if (href !== location.href) history.replaceState(history.state, '', href);
  return fits;
}
