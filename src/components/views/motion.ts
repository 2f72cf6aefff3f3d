/** Shared by the views: a short transition that collapses to nothing under prefers-reduced-motion. */
import { fly, type FlyParams, type TransitionConfig } from 'svelte/transition';

/** True when the reader asked for reduced motion, or the page cannot animate (no Web Animations, e.g. jsdom). */
export function reducedMotion(): boolean {
  if (typeof Element === 'undefined' || typeof Element.prototype.animate !== 'function') return true;
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** `fly` (from above, 160 ms) unless the reader asked for reduced motion (then instant). */
export function cellMotion(node: Element, params: FlyParams = {}): TransitionConfig {
  return reducedMotion() ? { duration: 0 } : fly(node, { y: -14, duration: 160, ...params });
}
