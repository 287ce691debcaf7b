// The dashboard build: plain TypeScript modules and Plot, bundled into web/dist (no CDN at run time).
import { defineConfig } from 'vite';

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  logLevel: 'warn',
});
