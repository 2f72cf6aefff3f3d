// Makes sure the browser that measures the Korean pages (Lighthouse in `npm run bench`) has a
// Hangul font. Without one, Chromium searches every system font for each run of Hangul and finds
// nothing: on this book's Korean chapters that search added 370–1,210 ms of blocking time per page
// (Lighthouse's TBT; ko/07: performance 75 without a Hangul font, 99 with Noto Sans CJK KR). No reader pays it: a
// system that can show Korean at all has a Hangul font, and the book's font stack names the usual
// ones (src/layouts/global.css). Order: one is installed → Debian's fonts-noto-cjk with apt-get
// when we are root → a message saying what to install. Outside effects come through `deps`
// (hangul-font.test.mjs drives the fallbacks with fakes).
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { aptInstall } from './apt.mjs';

export const HANGUL_FONT_PACKAGE = 'fonts-noto-cjk';

export const realDeps = () => ({
  env: process.env,
  isExecutable: (path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  /** The families fontconfig knows for Korean, or null where there is no fontconfig (macOS, Windows). */
  koreanFamilies: () => {
    const res = spawnSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' });
    return res.status === 0 ? res.stdout.split('\n').filter((l) => l.trim()) : null;
  },
  run: (cmd, args, options = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...options }).status,
  log: (line) => console.log(line),
});

const NO_FONT =
  'No Hangul font on this machine: Lighthouse would charge the Korean pages for a font-fallback search ' +
  `no reader's browser makes. Install one and run again (Debian/Ubuntu: \`sudo apt-get install ${HANGUL_FONT_PACKAGE}\`).`;

/** @returns {{ ok: true, family?: string } | { ok: false, message: string }} */
export function findHangulFont(overrides = {}) {
  const deps = { ...realDeps(), ...overrides };
  const first = () => deps.koreanFamilies()?.[0];
  const families = deps.koreanFamilies();
  // No fontconfig: a desktop system, which ships a Hangul font (Apple SD Gothic Neo, Malgun Gothic).
  if (families === null) return { ok: true };
  if (families.length > 0) return { ok: true, family: families[0] };
  if (aptInstall(deps, ['--no-install-recommends', HANGUL_FONT_PACKAGE], `No Hangul font: installing Debian's ${HANGUL_FONT_PACKAGE} with apt-get…`)) {
    const installed = first();
    if (installed) return { ok: true, family: installed };
  }
  return { ok: false, message: NO_FONT };
}
