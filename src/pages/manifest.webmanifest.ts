// The web app manifest, so the book can be installed on a phone: built with the site, since its
// start URL, scope and icons are under the base path, and its name is the course's.
import type { APIRoute } from 'astro';
import { courseTitle } from '../course/active';
import { withBase } from '../i18n/paths';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: `${courseTitle('en')} — ${courseTitle('ko')}`,
      short_name: courseTitle('en'),
      // The root page lets the reader choose a language; the installed book opens there.
      start_url: withBase(),
      scope: withBase(),
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b57d0',
      icons: [
        { src: withBase('icons/icon.svg'), sizes: 'any', type: 'image/svg+xml' },
        { src: withBase('icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
        { src: withBase('icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
