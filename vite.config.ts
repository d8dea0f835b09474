import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  // the repository, wherever vite or vitest is started from
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  // assets/generated holds the body GLBs that `npm run assets` builds; served at /generated/.
  publicDir: 'assets',
  build: {
    chunkSizeWarningLimit: 1500,
    // no polyfill in the first view's JavaScript: every browser that runs the atlas's WebGL 2 view
    // but lacks modulepreload (Firefox before 115, Safari before 17) still loads each chunk when
    // imported, only without the head start
    modulePreload: { polyfill: false },
    sourcemap: false,
    // bench/control.html: the one-sphere page the benchmark compares the first frame with
    rollupOptions: { input: { main: 'index.html', control: 'bench/control.html' } },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}', 'tests/scene/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
