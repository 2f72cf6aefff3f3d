// What marks an exported progress file (the progress page writes it; the class report reads it).
// Its own module so the progress store does not load the class report's replay code.
export const PROGRESS_FORMAT = 'stack-and-heap-progress';
/** The file version this book writes and reads. */
export const PROGRESS_VERSION = 1;
