/**
 * Links into the lab: the program (and the lines for `input()`) travel in the query string, so a
 * link is shareable and a course can link to a prepared program. Pure; safe on the server.
 */
import type { Lang } from '../../i18n/lang';
import { pageUrl } from '../../i18n/paths';

export const LAB_CODE_KEY = 'code';
export const LAB_INPUT_KEY = 'input';

/** The lab page's URL with `code` (and `input`, the lines `input()` reads, when given). */
export function labHref(lang: Lang, code: string, input = ''): string {
  const params = new URLSearchParams({ [LAB_CODE_KEY]: code });
  if (input) params.set(LAB_INPUT_KEY, input);
  return `${pageUrl(lang, 'lab')}?${params}`;
}

/** The program and input a lab URL's query carries (null: none given). */
export function readLabQuery(search: string): { code: string | null; input: string | null } {
  const params = new URLSearchParams(search);
  return { code: params.get(LAB_CODE_KEY), input: params.get(LAB_INPUT_KEY) };
}
