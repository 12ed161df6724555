import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is served from its own origin only: every asset (sample data, worker, fonts) is bundled.
// public/ holds files served as they are, at the root of the app: the icon and the sample data's licence.
// `vite build --mode e2e` (scripts/run-e2e.mjs) keeps the test hook that production builds leave out.
export default defineConfig({
  plugins: [react()],
  base: './',
  publicDir: 'public',
  build: { target: 'es2022', chunkSizeWarningLimit: 4000, sourcemap: false },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
