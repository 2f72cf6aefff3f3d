/**
 * A module an island loads at its first use instead of as it hydrates (chapter 7's simulators:
 * a reader who only reads never downloads them). Callers share one request. Resolves to null when
 * the module could not be loaded, and stays so: a browser keeps a module that failed to load as
 * failed for the rest of the page's life, so the island asks the reader to reload the page
 * (messages `load.pending`, `load.failed`).
 */
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T | null> {
  let pending: Promise<T | null> | null = null;
  return () => (pending ??= load().catch(() => null));
}
