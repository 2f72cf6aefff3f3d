// What the instructors page offers to paste into an LMS page: the <iframe> of one island's embed
// page, and (once per page, where the LMS lets a page run a script) the listener that fits each
// iframe to the heights its embed page reports (see embed-message.ts).
import type { Lang } from '../../i18n/lang';
import { HEIGHT_MESSAGE } from './embed-message';

/** The embed page of island `id` in `lang`, below the site's base path ('en/embed/stack-player/'). */
export const embedPath = (lang: Lang, id: string): string => `${lang}/embed/${id}/`;

/**
 * The iframe's height before the first report, and for good where the LMS strips the resizing
 * script. Measured in a 1,264 px wide iframe, the islands' pages are 365–2,517 px tall; 23 of 40
 * fit in 800 (the players of chapters 2–5 and most exercises).
 */
export const INITIAL_HEIGHT = 800;

const attr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The <iframe> element for an embed page at absolute URL `src`, named `title` for screen readers. */
export function iframeSnippet(src: string, title: string, height = INITIAL_HEIGHT): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`;
}

/**
 * A script that resizes each iframe showing a page of the site at `origin` to the height it
 * reports; messages from any other origin, or of another shape, are ignored.
 */
export function resizeListenerSnippet(origin: string): string {
  return [
    '<script>',
    "addEventListener('message', function (e) {",
    `  if (e.origin !== ${JSON.stringify(origin)} || !e.data || e.data.type !== ${JSON.stringify(HEIGHT_MESSAGE)}) return;`,
    "  var frames = document.getElementsByTagName('iframe');",
    '  for (var i = 0; i < frames.length; i++) {',
    "    if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(Number(e.data.height)) + 'px';",
    '  }',
    '});',
    '</script>',
  ].join('\n');
}
