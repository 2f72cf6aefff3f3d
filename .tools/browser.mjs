// Finds a Chromium for the e2e tests, installing one when none is found, in this order:
// CHROMIUM_PATH → Playwright's own browser → a system Chromium (known paths, then PATH) →
// Playwright's download → Debian's `chromium` with apt-get when we are root → a clear message.
// Every outside effect comes through `deps`, so the fallbacks are tested with fakes
// (browser.test.mjs) instead of silently breaking on a machine that has no browser.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { aptInstall } from './apt.mjs';

const require = createRequire(import.meta.url);
export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Playwright's CLI script, read from playwright-core's own `bin` (its subpaths are not exported). */
function playwrightCliPath() {
  try {
    const manifest = require.resolve('playwright-core/package.json');
    const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
    const rel = typeof bin === 'string' ? bin : bin?.['playwright-core'];
    return rel ? join(dirname(manifest), rel) : null;
  } catch {
    return null;
  }
}

function playwrightExecutable() {
  try {
    return require('playwright-core').chromium.executablePath() || null;
  } catch {
    return null;
  }
}

export const realDeps = () => ({
  env: process.env,
  isExecutable,
  playwrightExecutable,
  playwrightCli: playwrightCliPath(),
  systemPaths: SYSTEM_CHROMIUMS,
  isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  /** Runs a command; returns its exit status (null when it could not start). */
  run: (cmd, args, options = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...options }).status,
  log: (line) => console.log(line),
});

/** The first executable Chromium among the known paths and the PATH, or null. */
export function systemChromium(deps) {
  const known = deps.systemPaths.find((p) => deps.isExecutable(p));
  if (known) return known;
  for (const dir of (deps.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of CHROMIUM_NAMES) {
      const candidate = join(dir, name);
      if (deps.isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

const NO_BROWSER =
  'No Chromium for the end-to-end tests. Install one and run again: `npx -y playwright install chromium`, ' +
  "or your system's Chromium (Debian/Ubuntu: `sudo apt-get install chromium`), or set CHROMIUM_PATH to a Chromium executable.";

/**
 * @returns {{ ok: true, executablePath?: string } | { ok: false, message: string }}
 * `executablePath` is set for a system browser; Playwright's own needs none.
 */
export function findBrowser(overrides = {}) {
  const deps = { ...realDeps(), ...overrides };
  const fromEnv = deps.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (deps.isExecutable(fromEnv)) return { ok: true, executablePath: fromEnv };
    deps.log(`CHROMIUM_PATH=${fromEnv} is not an executable file: looking for another Chromium…`);
  }
  const bundled = () => {
    const path = deps.playwrightExecutable();
    return path && deps.isExecutable(path) ? path : null;
  };
  if (bundled()) return { ok: true };
  const system = systemChromium(deps);
  if (system) return { ok: true, executablePath: system };

  if (deps.playwrightCli) {
    deps.log("No Chromium found: trying Playwright's own download…");
    deps.run(deps.nodePath ?? process.execPath, [deps.playwrightCli, 'install', 'chromium'], { timeout: 180_000, env: deps.env });
    if (bundled()) return { ok: true };
  }

  if (aptInstall(deps, ['chromium'], "Playwright's download failed: installing Debian's chromium with apt-get…")) {
    const installed = systemChromium(deps);
    if (installed) return { ok: true, executablePath: installed };
  }
  return { ok: false, message: NO_BROWSER };
}
