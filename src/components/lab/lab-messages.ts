// The message domains the lab island ships (see `select` in i18n/messages.ts): the lab's own,
// the step controls', and those of the two views it reuses — chapter 7's objects and references
// and chapter 3's frames. The lab page is not a chapter's island, so it is not in the registry.
export const LAB_MESSAGE_DOMAINS = [
  'lab.',
  'player.',
  'objgraph.',
  'players.callstack.frame',
  'players.callstack.frameAtDepth',
  'players.callstack.line',
  'players.callstack.size',
  'players.callstack.unset',
  'players.callstack.running',
  'players.callstack.returnsTo',
  'players.callstack.returnsToModule',
  'players.callstack.returning',
  'players.callstack.receives',
] as const;
