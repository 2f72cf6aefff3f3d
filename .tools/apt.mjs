// Installs Debian packages with apt-get, only as root and only where apt-get is on the PATH: the
// last fallback of the tools that need something from the system (a browser, a Hangul font).
import { delimiter, join } from 'node:path';

/** Whether `name` is an executable in one of the PATH's folders. */
export function onPath(deps, name) {
  return (deps.env.PATH ?? '').split(delimiter).filter(Boolean).some((dir) => deps.isExecutable(join(dir, name)));
}

/**
 * Says `note`, then runs `apt-get update` and `apt-get install -y -qq ARGS…` without questions.
 * @returns {boolean} whether it ran (root, with apt-get); the caller checks what it installed.
 */
export function aptInstall(deps, args, note) {
  if (!deps.isRoot || !onPath(deps, 'apt-get')) return false;
  deps.log(note);
  const env = { ...deps.env, DEBIAN_FRONTEND: 'noninteractive' };
  deps.run('apt-get', ['update', '-qq'], { env });
  deps.run('apt-get', ['install', '-y', '-qq', ...args], { env });
  return true;
}
