import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * The studio: built into dist/web, which the API serves at `/` (src/studio).
 * `npm run dev:web` serves it with hot reload and forwards the API's paths to
 * a running API (STUDIO_API_URL, by default the one `npm run dev` starts).
 * `.mts`, so that it is an ES module whatever package.json says (Vite loads it natively).
 */
const api = process.env.STUDIO_API_URL ?? 'http://127.0.0.1:8001';
const forward = { target: api, changeOrigin: false };

export default defineConfig({
  root: import.meta.dirname,
  plugins: [vue()],
  build: {
    outDir: resolve(import.meta.dirname, '../dist/web'),
    emptyOutDir: true,
    // Hashed names under /assets/: the API serves them as immutable.
    assetsDir: 'assets',
    // Nothing inlined as data: URLs into scripts, so that the page's CSP needs no exceptions.
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': forward,
      '/preview': forward,
      '/healthz': forward,
      '/ws': { ...forward, ws: true },
    },
  },
});
