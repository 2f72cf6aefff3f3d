// The props islands share, so a component's own Props name only what is its own.
import type { Messages } from '../../i18n/render';

export type HeadingLevel = 2 | 3 | 4;

/** Every island: its strings in the page's language (from the registry) and its heading's level. */
export interface IslandProps {
  messages: Messages;
  headingLevel?: HeadingLevel;
}

/** A trace player: the input it starts with, and its key in the page's URL. */
export interface PlayerProps extends IslandProps {
  input: string;
  id?: string;
}

/** A graded island: the id its progress is recorded under (the registry's) and its first problem's seed. */
export interface GradedProps extends IslandProps {
  progressId: string;
  seed?: number;
}
