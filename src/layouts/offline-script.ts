// The offline script (offline-client.js) as BaseLayout inlines it on every page: minified once per
// build, since every page pays for its bytes (0.5 KB gzip).
import { transformSync } from 'esbuild';
import source from './offline-client.js?raw';

export const OFFLINE_SCRIPT: string = transformSync(source, { minify: true }).code.trim();
