// The project's tasks, run by with-node.mjs under a recent enough Node:
//   serve | build | check | test | e2e | bench | astro ... | vitest ...
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './browser.mjs';
import { findHangulFont } from './hangul-font.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
/** The base path the tests build and serve under, so every link is checked off the root. */
export const TEST_BASE = '/stack-and-heap/';

function run(cmd, args, env = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  return res.status ?? 1;
}

function build(env = {}) {
  // Pagefind's index of both languages and the service worker are made by the build itself
  // (src/integrations/offline.ts): the worker precaches the index.
  return run(bin('astro'), ['build'], env);
}

/** Types: astro check covers .astro and .ts; svelte-check covers the inside of .svelte files. */
function check() {
  const astro = run(bin('astro'), ['check']);
  const svelte = run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--threshold', 'error', '--output', 'human']);
  return astro !== 0 ? astro : svelte;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch {
    return null;
  }
}

function e2e(extraArgs, tally) {
  const browser = findBrowser();
  if (!browser.ok) {
    console.error(browser.message);
    tally?.('e2e (no browser)', 0, 1);
    return 1;
  }
  const env = { BASE_PATH: TEST_BASE, SITE_URL: 'http://localhost:4329' };
  const built = build(env);
  tally?.('build', built === 0 ? 1 : 0, built === 0 ? 0 : 1);
  if (built !== 0) return built;
  rmSync(join(root, 'test-results/e2e.json'), { force: true });
  const status = run(bin('playwright'), ['test', ...extraArgs], {
    ...env,
    ...(browser.executablePath ? { CHROMIUM_PATH: browser.executablePath } : {}),
  });
  const report = readJson('test-results/e2e.json');
  if (report?.stats) {
    const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
    tally?.('e2e (Playwright)', expected + flaky, unexpected);
  } else {
    tally?.('e2e (Playwright, no report)', 0, 1);
  }
  return status;
}

function test() {
  mkdirSync(join(root, 'test-results'), { recursive: true });
  let passed = 0;
  let failed = 0;
  const lines = [];
  const tally = (suite, p, f) => {
    passed += p;
    failed += f;
    lines.push(`  ${suite}: ${p} passed, ${f} failed`);
  };

  const types = check();
  tally('type check (astro check, svelte-check)', types === 0 ? 1 : 0, types === 0 ? 0 : 1);

  rmSync(join(root, 'test-results/vitest.json'), { force: true });
  run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']);
  const unit = readJson('test-results/vitest.json');
  if (unit) tally('unit (Vitest)', unit.numPassedTests, unit.numFailedTests + (unit.success === false && unit.numFailedTests === 0 ? 1 : 0));
  else tally('unit (Vitest, no report)', 0, 1);

  e2e([], tally);

  console.log('\nSuites:');
  for (const line of lines) console.log(line);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

/** The core's figures, then Lighthouse on every page of a fresh build (.tools/lighthouse.mjs). */
function bench() {
  const out = join(root, 'node_modules', '.cache', 'stack-and-heap', 'bench.mjs');
  const bundled = run(bin('esbuild'), ['src/sim/bench.ts', '--bundle', '--platform=node', '--format=esm', `--outfile=${out}`, '--log-level=warning']);
  if (bundled !== 0) return bundled;
  const core = run(process.execPath, ['--expose-gc', out]);
  const browser = findBrowser();
  if (!browser.ok) {
    console.error(`Lighthouse skipped: ${browser.message}`);
    return core;
  }
  // The Korean pages are measured as a reader's browser draws them: with a Hangul font.
  const font = findHangulFont();
  if (!font.ok) console.error(`${font.message}\nThe Korean pages' performance below is not what a reader gets.`);
  const built = build({ BASE_PATH: TEST_BASE });
  if (built !== 0) return built;
  const pages = run(process.execPath, [join(root, '.tools', 'lighthouse.mjs'), join(root, 'dist'), process.env.BENCH_PORT ?? '4339', browser.executablePath ?? '', TEST_BASE]);
  if (!font.ok) console.error('(Measured without a Hangul font: see above.)');
  return core !== 0 ? core : pages;
}

const [task, ...rest] = process.argv.slice(2);
let status;
switch (task) {
  case 'serve':
    status = build();
    if (status === 0) status = run(bin('astro'), ['preview', ...rest]);
    break;
  case 'build':
    status = build();
    break;
  case 'check':
    status = check();
    break;
  case 'test':
    status = test();
    break;
  case 'e2e':
    status = e2e(rest);
    break;
  case 'bench':
    status = bench();
    break;
  case 'astro':
  case 'vitest':
  case 'playwright':
    status = run(bin(task), rest);
    break;
  default:
    console.error(`unknown task "${task}" (serve, build, check, test, e2e, bench, astro, vitest, playwright)`);
    status = 2;
}
process.exit(status);
