// The message domains the lab island ships (see `select` in i18n/messages.ts): the lab's own
// (not `lab.prose.`, the page's text, which the server renders), the step controls', and what
// the two views it reuses say — chapter 7's objects and references, chapter 3's frames. The lab
// page is not a chapter's island, so it is not in the registry. The pymalloc view (chapter 7's
// visualizer on the run's objects) brings the visualizer's strings and its narration.
const GRAPH_VIEW = ['frames', 'module', 'frameOf', 'noNames', 'objects', 'noObjects', 'graph', 'refcount', 'held', 'immortal', 'sharedCount', 'gen', 'untracked', 'tracked', 'inCycle', 'unreachable', 'freedRc', 'freedGc', 'empty', 'cached'];
const FRAME_VIEW = ['frame', 'frameAtDepth', 'line', 'size', 'unset', 'running', 'returnsTo', 'returnsToModule', 'returning', 'receives'];

export const LAB_MESSAGE_DOMAINS: readonly string[] = [
  'lab.',
  '!lab.prose.',
  'player.',
  'stop.',
  'pmv.',
  'pymalloc.',
  'error.pymalloc.',
  ...GRAPH_VIEW.map((k) => `objgraph.${k}`),
  ...FRAME_VIEW.map((k) => `players.callstack.${k}`),
];
