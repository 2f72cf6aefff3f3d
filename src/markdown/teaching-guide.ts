/**
 * Reading the teaching guide (content/<lang>/teaching-guide.mdx) and its unpublished answers
 * (docs/teaching-answers/<lang>.md), for the tests that keep them in step: every chapter has a
 * section with its assignments, every assignment an answer, and no answer reaches the built site.
 * Pure string functions; the tests read the files.
 */

/** An assignment label as both files write it: `A3.2` is chapter 3, assignment 2. */
export interface AssignmentId {
  readonly id: string;
  readonly chapter: number;
  readonly index: number;
}

/** The text outside fenced code blocks (a `## ` or a label inside code is not structure). */
function withoutCode(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, '');
}

/** The `## ` sections of a page: heading text and body up to the next `## ` (code blocks removed). */
export function sectionsOf(markdown: string): { heading: string; body: string }[] {
  const parts = withoutCode(markdown).split(/^## /m).slice(1);
  return parts.map((part) => {
    const end = part.indexOf('\n');
    return { heading: part.slice(0, end).trim(), body: part.slice(end + 1) };
  });
}

const parseId = (id: string): AssignmentId => {
  const [chapter, index] = id.slice(1).split('.').map(Number) as [number, number];
  return { id, chapter, index };
};

/** The assignments a guide section sets, in order: paragraphs that start with `**A<n>.<k> · `. */
export function assignmentsIn(text: string): AssignmentId[] {
  return [...withoutCode(text).matchAll(/^\*\*(A\d+\.\d+) · /gm)].map((m) => parseId(m[1]!));
}

/** The answers file's sections, `## A<n>.<k>`, by label. */
export function answersOf(markdown: string): Map<string, string> {
  const answers = new Map<string, string>();
  const parts = markdown.split(/^## (A\d+\.\d+)[ \t]*$/m);
  for (let i = 1; i + 1 < parts.length; i += 2) answers.set(parts[i]!, parts[i + 1]!.trim());
  return answers;
}

/** Whitespace runs as one space, so text wrapped differently still matches. */
export const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Sentences of an answer's prose (code blocks and table rows left out, Markdown marks removed)
 * long enough to be its own words: if one of them is found in the built site, the answer leaked.
 */
export function answerProbes(answer: string, minLength = 40): string[] {
  const prose = withoutCode(answer)
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('|'))
    .join('\n')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|`/g, '')
    .replace(/^\s*(?:[-*]|\d+\.)\s+/gm, '');
  return prose
    .split(/(?<=[.:;!?])\s+|\n\s*\n/)
    .map(squeeze)
    .filter((sentence) => [...sentence].length >= minLength);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** HTML character references decoded (`&amp;` → `&`, `&#x27;` → `'`). */
export const decodeEntities = (html: string): string =>
  html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });

/**
 * The forms in which a built file could hold a sentence: as written, with character references
 * and JSON escapes decoded, and as the text a page shows (tags dropped, so `<code>` splits nothing).
 */
export function searchableForms(content: string): string[] {
  const decoded = decodeEntities(content.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\(["\\/])/g, '$1').replace(/\\[nrt]/g, ' '));
  return [squeeze(decoded), squeeze(decodeEntities(content.replace(/<[^>]*>/g, '')))];
}
