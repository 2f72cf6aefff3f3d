/**
 * A Shiki transformer for the chapters' code blocks: a Python block whose fence says `run`
 * (```python run) is a program that runs as it stands, so its <pre> is marked `data-lab` and the
 * page gives it a "Run in the lab" link (BookLayout's script). runnable-samples.test.ts keeps
 * the marks honest against a real python3.
 */
import type { ShikiTransformer } from 'shiki';

/** True when a fence's meta string (what follows the language) asks for a lab link. */
export const isRunnable = (meta: string | undefined): boolean => /(^|\s)run(\s|$)/.test(meta ?? '');

export const markRunnableSamples: ShikiTransformer = {
  name: 'stack-and-heap:runnable-samples',
  pre(node) {
    if (this.options.lang === 'python' && isRunnable(this.options.meta?.__raw)) node.properties['data-lab'] = '';
  },
};
