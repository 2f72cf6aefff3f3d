// The Hangul font lookup's fallbacks, with a fake fontconfig and a fake apt-get on a fake PATH: a
// bench on a machine with no Hangul font must install one or say what to install.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findHangulFont, HANGUL_FONT_PACKAGE } from './hangul-font.mjs';

let dir;
let bin;
let fonts;
let logs;

function script(path, body) {
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

/** A machine whose fontconfig knows the families in `fonts` (the fake apt-get adds to it). */
function machine(extra = {}) {
  return {
    env: { PATH: bin },
    isRoot: false,
    koreanFamilies: () => (existsSync(fonts) ? readFileSync(fonts, 'utf8').split('\n').filter(Boolean) : []),
    log: (line) => logs.push(line),
    ...extra,
  };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hangul-font-'));
  bin = join(dir, 'bin');
  mkdirSync(bin);
  fonts = join(dir, 'fonts');
  logs = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('findHangulFont', () => {
  it('uses an installed Hangul font and installs nothing', () => {
    writeFileSync(fonts, 'NanumGothic,나눔고딕\n');
    const log = join(dir, 'apt-log');
    script(join(bin, 'apt-get'), `echo "$@" >> ${log}`);
    expect(findHangulFont(machine({ isRoot: true }))).toEqual({ ok: true, family: 'NanumGothic,나눔고딕' });
    expect(existsSync(log)).toBe(false);
  });

  it('trusts a system without fontconfig (macOS, Windows ship a Hangul font)', () => {
    expect(findHangulFont(machine({ koreanFamilies: () => null }))).toEqual({ ok: true });
  });

  it(`installs Debian's ${HANGUL_FONT_PACKAGE} with apt-get as root, and uses it`, () => {
    const log = join(dir, 'apt-log');
    script(join(bin, 'apt-get'), `echo "$@ $DEBIAN_FRONTEND" >> ${log}\ncase "$1" in install) echo 'Noto Sans CJK KR' > ${fonts};; esac`);
    expect(findHangulFont(machine({ isRoot: true }))).toEqual({ ok: true, family: 'Noto Sans CJK KR' });
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['update -qq noninteractive', `install -y -qq --no-install-recommends ${HANGUL_FONT_PACKAGE} noninteractive`]);
    expect(logs.join('\n')).toMatch(/installing/);
  });

  it('does not call apt-get when not root, and says what to install', () => {
    const log = join(dir, 'apt-log');
    script(join(bin, 'apt-get'), `echo "$@" >> ${log}`);
    const found = findHangulFont(machine());
    expect(found.ok).toBe(false);
    expect(found.message).toContain(`apt-get install ${HANGUL_FONT_PACKAGE}`);
    expect(existsSync(log)).toBe(false);
  });

  it('ends with the message when apt-get installs nothing', () => {
    script(join(bin, 'apt-get'), 'exit 100');
    const found = findHangulFont(machine({ isRoot: true }));
    expect(found.ok).toBe(false);
    expect(found.message).toMatch(/No Hangul font/);
  });
});
