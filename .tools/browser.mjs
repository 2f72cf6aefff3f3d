// Finds a Chromium for the e2e tests, installing one when none is found:
// Playwright's own build where the internet allows, else Debian's `chromium` when we are root.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightChromium() {
  try {
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const systemChromium = () => SYSTEM_CHROMIUMS.find((p) => existsSync(p)) ?? null;

/**
 * @returns {{ ok: true, executablePath?: string } | { ok: false, message: string }}
 * `executablePath` is set for a system browser; Playwright's own needs none.
 */
export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { ok: true, executablePath: fromEnv };
  if (playwrightChromium()) return { ok: true };
  const system = systemChromium();
  if (system) return { ok: true, executablePath: system };

  console.log('No Chromium found: trying Playwright\'s own download…');
  spawnSync(process.execPath, [require.resolve('playwright-core/cli'), 'install', 'chromium'], {
    stdio: 'inherit',
    timeout: 180_000,
  });
  if (playwrightChromium()) return { ok: true };

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Playwright\'s download failed: installing Debian\'s chromium with apt-get…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = systemChromium();
    if (installed) return { ok: true, executablePath: installed };
  }
  return {
    ok: false,
    message:
      'No Chromium for the end-to-end tests. Install one and run again: `npx playwright install chromium`, ' +
      'or your system\'s Chromium (Debian/Ubuntu: `sudo apt-get install chromium`), or set CHROMIUM_PATH to a Chromium executable.',
  };
}
