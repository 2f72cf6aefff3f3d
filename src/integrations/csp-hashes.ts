/**
 * Completes each built page's Content-Security-Policy <meta> (Astro's `security.csp`, set in
 * astro.config.mjs) with the hash of every inline <script> and <style> the page really has.
 * Astro hashes what it bundles, but misses the styles of components that MDX chapters place
 * (a chapter's Callout, its islands' CSS): those would be refused. Hashing the built HTML
 * itself cannot miss one, and allows nothing the page does not contain.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page with every inline script's and style's hash in its policy's script-src / style-src (unchanged without a policy). */
export function completePolicy(html: string): string {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i.exec(html);
  if (!meta) return html;
  const inline = (tag: 'script' | 'style') =>
    [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi'))].filter((m) => !/\ssrc=/i.test(m[1] ?? '') && m[2]!.length > 0).map((m) => hashOf(m[2]!));
  const wanted: Record<string, string[]> = { 'script-src': inline('script'), 'style-src': inline('style') };
  const directives = meta[1]!.split(';').map((d) => d.trim()).filter(Boolean);
  // A <style> element is governed by style-src-elem when the policy has one.
  if (directives.some((d) => d.startsWith('style-src-elem '))) (wanted['style-src-elem'] = wanted['style-src']!), delete wanted['style-src'];
  const completed = directives.map((d) => {
    const [name, ...values] = d.split(/\s+/);
    // A hash beside 'unsafe-inline' would switch it off (CSP 2): leave such a directive as it is.
    const missing = values.includes("'unsafe-inline'") ? [] : [...new Set(wanted[name!] ?? [])].filter((h) => !values.includes(h));
    return [name, ...values, ...missing].join(' ');
  });
  return html.slice(0, meta.index) + meta[0].replace(meta[1]!, completed.join('; ') + ';') + html.slice(meta.index + meta[0].length);
}

async function htmlFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.html')).map((name) => join(dir, name));
}

export default function cspHashes(): AstroIntegration {
  return {
    name: 'stack-and-heap:csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        let changed = 0;
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          const done = completePolicy(html);
          if (done !== html) (await writeFile(file, done), changed++);
        }
        logger.info(`CSP: inline hashes completed on ${changed} of ${files.length} pages`);
      },
    },
  };
}
