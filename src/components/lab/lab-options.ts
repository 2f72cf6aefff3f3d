// What the reader types beside the program, turned into a run's options: the step budget and
// the lines `input()` reads.

/** The largest step budget the page accepts: a trace keeps 150–1,000 bytes per step in the tab. */
export const MAX_BUDGET = 5_000_000;

/** The budget typed (digits, optionally grouped with commas, spaces or underscores), or null when it is not one. */
export function parseBudget(text: string): number | null {
  const digits = text.trim().replace(/[,_\s]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const n = Number(digits);
  return n >= 1 && n <= MAX_BUDGET ? n : null;
}

/** One `input()` line per line of the box; a final newline does not add an empty line. */
export function inputLines(text: string): string[] {
  return text === '' ? [] : text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
}
