/** A cell of a StackView. */
export interface StackItem {
  text: string;
  /** A small caption, e.g. the input position the item came from. */
  caption?: string;
}
