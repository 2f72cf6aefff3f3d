import { defineConfig, devices } from '@playwright/test';

// The e2e suite runs against the production build served by `astro preview` under a
// non-root base path, as a fork on GitHub Pages would be. `npm test` sets these variables.
const base = process.env.BASE_PATH ?? '/stack-and-heap/';
const port = Number(process.env.E2E_PORT ?? 4329);
const executablePath = process.env.CHROMIUM_PATH;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${port}${base}`,
    trace: 'retain-on-failure',
    // The book's service worker would precache the whole site in every test's fresh context;
    // e2e/offline.spec.ts, which tests it, allows it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: executablePath
          ? {
              executablePath,
              // A system Chromium (Debian's) in a container: no sandbox, no GPU, no calls home.
              args: [
                '--no-sandbox',
                '--disable-gpu',
                '--disable-dev-shm-usage',
                '--disable-background-networking',
                '--disable-component-update',
                '--disable-sync',
                '--no-first-run',
              ],
            }
          : {},
      },
    },
  ],
  webServer: {
    command: `node node_modules/astro/bin/astro.mjs preview --port ${port} --host localhost`,
    url: `http://localhost:${port}${base}en/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
