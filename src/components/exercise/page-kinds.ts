// Loads, before any exercise island on the page hydrates, the kinds the page's generic exercises
// name: their server-rendered markup carries `data-exercise-kind`. Svelte hydrates synchronously,
// so the kind must be at hand when the island starts; this module's top-level await holds the
// island's import until then. On the server the mount point (Exercise.astro) loads the kind.
import { loadKind } from '../../sim/exercises/load-kind';

if (typeof document !== 'undefined') {
  const names = new Set([...document.querySelectorAll<HTMLElement>('[data-exercise-kind]')].map((el) => el.dataset.exerciseKind!));
  await Promise.all([...names].map(loadKind));
}

export { loadedKind } from '../../sim/exercises/load-kind';
