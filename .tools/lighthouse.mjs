// Lighthouse on every page of the built book (issue 15's goal: performance ≥ 98, accessibility
// and best practices 100 on each, both languages, the lab before Run), mobile with simulated
// throttling, against `astro preview` of dist/ under the test base path. Part of `npm run bench`:
// it prints the figures and marks each page under a goal; a busy machine lowers performance
// scores, so this is a measurement, not a gate.
//   node .tools/lighthouse.mjs <dist> <port> <chromium>   (tasks.mjs builds and passes these)
// LIGHTHOUSE_PAGES=en/07-cpython-memory,… runs those pages only; LIGHTHOUSE_REPORTS=<dir> keeps each
// page's full report there (<page>.json: the main-thread breakdown, long tasks, DOM size).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';

const [dist, port, chromePath, base = '/stack-and-heap/'] = process.argv.slice(2);
const GOALS = { performance: 98, accessibility: 100, 'best-practices': 100 };

/** The book's pages: every index.html under a language folder of dist/. */
function pagesOf(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (!['_astro', 'pagefind', 'pyodide'].includes(name)) walk(full);
      } else if (name === 'index.html') out.push(relative(dir, d).split('\\').join('/'));
    }
  };
  walk(dir);
  // Embed pages repeat the chapters' islands one by one: the chapters stand for them.
  return out.filter((p) => /^(en|ko)(\/|$)/.test(p) && !p.includes('/embed/')).sort();
}

async function waitFor(url, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer`);
}

// The build measured is the one named, not the project's own dist/ (so two builds can be compared).
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', port, '--host', 'localhost', '--outDir', resolve(dist)], {
  env: { ...process.env, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
});
let failed = 0;
try {
  const origin = `http://localhost:${port}${base}`;
  await waitFor(`${origin}en/`);
  const chrome = await chromeLauncher.launch({
    // A system Chromium (CHROMIUM_PATH, Debian's) or else Playwright's own.
    chromePath: chromePath || chromium.executablePath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const only = process.env.LIGHTHOUSE_PAGES?.split(',');
    const pages = pagesOf(dist).filter((p) => !only || only.includes(p));
    console.log(`\nLighthouse (mobile, simulated throttling) on ${pages.length} pages; goals: performance ≥ ${GOALS.performance}, accessibility ${GOALS.accessibility}, best practices ${GOALS['best-practices']}`);
    for (const page of pages) {
      const result = await lighthouse(`${origin}${page}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(GOALS),
        formFactor: 'mobile',
        throttlingMethod: 'simulate',
      });
      if (process.env.LIGHTHOUSE_REPORTS) {
        mkdirSync(process.env.LIGHTHOUSE_REPORTS, { recursive: true });
        writeFileSync(join(process.env.LIGHTHOUSE_REPORTS, `${page.replaceAll('/', '_') || 'root'}.json`), JSON.stringify(result.lhr));
      }
      const scores = Object.fromEntries(Object.keys(GOALS).map((c) => [c, Math.round((result?.lhr.categories[c]?.score ?? 0) * 100)]));
      const under = Object.entries(GOALS).filter(([c, goal]) => scores[c] < goal);
      if (under.length > 0) failed++;
      // What costs, for a page under its performance goal.
      const costs =
        scores.performance < GOALS.performance
          ? ['largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
              .map((id) => `${id.split('-').map((w) => w[0]).join('').toUpperCase()} ${result.lhr.audits[id]?.displayValue ?? '?'}`)
              .join(', ')
          : '';
      const failedAudits = under.some(([c]) => c !== 'performance')
        ? Object.values(result.lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
            .map((a) => a.id)
            .join(', ')
        : '';
      console.log(
        `${page.padEnd(24)} perf ${String(scores.performance).padStart(3)}  a11y ${String(scores.accessibility).padStart(3)}  bp ${String(scores['best-practices']).padStart(3)}` +
          `${under.length ? '  UNDER GOAL' : ''}${costs ? `  (${costs})` : ''}${failedAudits ? `  [${failedAudits}]` : ''}`,
      );
    }
    console.log(`${pages.length - failed} of ${pages.length} pages meet every goal`);
  } finally {
    await chrome.kill();
  }
} finally {
  server.kill();
}
