import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [svelte()],
  resolve: {
    ...(process.env.VITEST ? { conditions: ['browser'] } : {}),
    alias: { '@course-config': fileURLToPath(new URL('./src/course.config.ts', import.meta.url)) },
  },
  test: {
    include: ['src/**/*.test.ts', '.tools/**/*.test.mjs'],
    environment: 'node',
    // Property tests run thousands of cases; on a loaded 2-core CI machine 5 s is too tight.
    testTimeout: 30_000,
  },
});
