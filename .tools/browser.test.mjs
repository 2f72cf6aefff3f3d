// The browser lookup's fallbacks, driven with a fake PATH, a fake Playwright CLI and a fake
// apt-get in a temporary folder: a machine with no browser must end with one or a clear message.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBrowser, realDeps } from './browser.mjs';

let dir;
let bin;
let calls;

function script(path, body) {
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

/** deps for a machine with no browser anywhere: nothing bundled, nothing on PATH. */
function bareMachine(extra = {}) {
  const playwrightBrowser = join(dir, 'ms-playwright', 'chrome');
  return {
    env: { PATH: bin },
    playwrightExecutable: () => playwrightBrowser,
    playwrightCli: null,
    systemPaths: [],
    isRoot: false,
    log: (line) => calls.push(`log: ${line}`),
    ...extra,
  };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'browser-lookup-'));
  bin = join(dir, 'bin');
  mkdirSync(bin);
  calls = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('findBrowser', () => {
  it('finds the Playwright CLI in the installed playwright-core (its subpaths are not exported)', () => {
    const cli = realDeps().playwrightCli;
    expect(cli).toMatch(/playwright-core/);
    expect(existsSync(cli)).toBe(true);
  });

  it('uses CHROMIUM_PATH when it is an executable', () => {
    const chrome = join(dir, 'my-chrome');
    script(chrome, 'exit 0');
    expect(findBrowser(bareMachine({ env: { PATH: bin, CHROMIUM_PATH: chrome } }))).toEqual({ ok: true, executablePath: chrome });
  });

  it('says so and looks further when CHROMIUM_PATH points at nothing', () => {
    script(join(bin, 'chromium'), 'exit 0');
    const found = findBrowser(bareMachine({ env: { PATH: bin, CHROMIUM_PATH: join(dir, 'missing') } }));
    expect(found).toEqual({ ok: true, executablePath: join(bin, 'chromium') });
    expect(calls.some((c) => c.includes('CHROMIUM_PATH'))).toBe(true);
  });

  it("prefers Playwright's own browser, which needs no executable path", () => {
    const deps = bareMachine();
    mkdirSync(join(dir, 'ms-playwright'));
    script(deps.playwrightExecutable(), 'exit 0');
    expect(findBrowser(deps)).toEqual({ ok: true });
  });

  it('finds a Chromium on the PATH under any of its usual names', () => {
    script(join(bin, 'chromium-browser'), 'exit 0');
    expect(findBrowser(bareMachine())).toEqual({ ok: true, executablePath: join(bin, 'chromium-browser') });
  });

  it("runs Playwright's download when nothing is installed, and uses what it brought", () => {
    const deps = bareMachine();
    const cli = join(dir, 'cli.mjs');
    writeFileSync(
      cli,
      `import { mkdirSync, writeFileSync } from 'node:fs';\n` +
        `mkdirSync(${JSON.stringify(join(dir, 'ms-playwright'))}, { recursive: true });\n` +
        `writeFileSync(${JSON.stringify(deps.playwrightExecutable())}, '#!/bin/sh\\n', { mode: 0o755 });\n` +
        `writeFileSync(${JSON.stringify(join(dir, 'cli-args'))}, process.argv.slice(2).join(' '));\n`,
    );
    expect(findBrowser({ ...deps, playwrightCli: cli })).toEqual({ ok: true });
    expect(readFileSync(join(dir, 'cli-args'), 'utf8')).toBe('install chromium');
  });

  it("installs Debian's chromium with apt-get as root when the download fails", () => {
    const cli = join(dir, 'cli.mjs');
    writeFileSync(cli, 'process.exit(1);\n');
    const log = join(dir, 'apt-log');
    // The fake apt-get records its calls and, on install, puts a chromium on the PATH.
    script(join(bin, 'apt-get'), `echo "$@ $DEBIAN_FRONTEND" >> ${log}\ncase "$1" in install) printf '#!/bin/sh\\n' > ${bin}/chromium; /bin/chmod +x ${bin}/chromium;; esac`);
    const found = findBrowser(bareMachine({ playwrightCli: cli, isRoot: true }));
    expect(found).toEqual({ ok: true, executablePath: join(bin, 'chromium') });
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['update -qq noninteractive', 'install -y -qq chromium noninteractive']);
  });

  it('does not call apt-get when not root, and says what to install', () => {
    const log = join(dir, 'apt-log');
    script(join(bin, 'apt-get'), `echo "$@" >> ${log}`);
    const found = findBrowser(bareMachine());
    expect(found.ok).toBe(false);
    expect(found.message).toMatch(/apt-get install chromium/);
    expect(found.message).toMatch(/CHROMIUM_PATH/);
    expect(existsSync(log)).toBe(false);
  });

  it('ends with the message when apt-get installs nothing', () => {
    script(join(bin, 'apt-get'), 'exit 100');
    const found = findBrowser(bareMachine({ isRoot: true }));
    expect(found.ok).toBe(false);
    expect(found.message).toMatch(/playwright install chromium/);
  });
});
