// Entry point of every npm script. Astro 7 needs Node >= 22.12; on an older system Node
// (Node 20 on a fresh machine) we fetch Node 24 from the npm registry's `node` package once,
// into .tools/node24/, and run the task with it. Kept free of modern syntax on purpose: it
// must itself run on old Node.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const MIN = [22, 12];

function isRecentEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MIN[0] || (major === MIN[0] && minor >= MIN[1]);
}

function nodeForTasks() {
  if (isRecentEnough(process.version)) return process.execPath;
  const prefix = join(here, 'node24');
  const bin = join(prefix, 'node_modules', '.bin', 'node');
  console.log(
    `System Node ${process.version} is older than ${MIN.join('.')} (Astro 7 needs it): using Node 24 from the npm registry in .tools/node24/.`,
  );
  if (!existsSync(bin)) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const res = spawnSync(
      npm,
      ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', 'node@24'],
      { stdio: 'inherit' },
    );
    if (res.status !== 0 || !existsSync(bin)) {
      console.error('Could not install Node 24 from the npm registry. Install Node >= 22.12 yourself and retry.');
      process.exit(1);
    }
  }
  return bin;
}

const node = nodeForTasks();
const binDir = dirname(node);
const env = {
  ...process.env,
  PATH: `${binDir}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
};
const res = spawnSync(node, [join(here, 'tasks.mjs'), ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(res.status ?? 1);
