import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The bare React Flow page of the benchmark, built to `.tmp/bench-bare` (never part of the app's dist). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { target: 'es2022', outDir: fileURLToPath(new URL('../../.tmp/bench-bare', import.meta.url)), emptyOutDir: true },
});
