import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  // No `window.__svelte` version tag in every page's JS: nothing here reads it.
  compilerOptions: { discloseVersion: false },
};
