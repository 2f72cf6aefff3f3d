/** A piece of display text: plain text or code (from a backtick span). */
export interface TextPart {
  readonly code: boolean;
  readonly text: string;
}

/** Splits "`counter` is …" into code and text parts for rendering (`<code>` for code parts). */
export function codeParts(text: string): TextPart[] {
  return text
    .split('`')
    .map((t, i) => ({ code: i % 2 === 1, text: t }))
    .filter((p) => p.text !== '');
}

/** The text without backticks: for accessible names, `aria-label`s and live regions. */
export function plain(text: string): string {
  return text.replaceAll('`', '');
}
