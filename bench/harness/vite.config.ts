import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
export default defineConfig({ root: __dirname, plugins: [react()], worker: { format: 'es' }, build: { outDir: '/tmp/mc-harness-dist', emptyOutDir: true } });
