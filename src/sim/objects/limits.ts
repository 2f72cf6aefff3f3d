// Limits of the object language (chapter 7) that readers of a program need without its parser.

/** Longest program the simulator runs (characters); a longer one is refused before parsing. */
export const MAX_PROGRAM_LENGTH = 20_000;
