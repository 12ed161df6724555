import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { ensureViewerTemplate } from './scripts/meetingViewerTemplate.ts';

/**
 * The meeting viewer template (src/viewer as one HTML file, see vite.viewer.config.ts) beside the app as
 * `meeting-viewer.html`: the "Đóng gói trình chiếu" button fetches it and fills in the project. Built with
 * Vite's JS API when missing or stale (scripts/meetingViewerTemplate.ts, shared with the CLI).
 */
function meetingViewer(): Plugin {
  return {
    name: 'noxh-meeting-viewer',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'meeting-viewer.html', source: await ensureViewerTemplate() });
    },
    configureServer(server) {
      server.middlewares.use('/meeting-viewer.html', (_req, res, next) => {
        ensureViewerTemplate().then((html) => {
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(html);
        }, next);
      });
    },
  };
}

// The app is served from its own origin only: every asset (sample data, worker, fonts) is bundled.
// public/ holds files served as they are, at the root of the app: the icon and the sample data's licence.
// `vite build --mode e2e` (scripts/run-e2e.mjs) keeps the test hook that production builds leave out.
export default defineConfig({
  plugins: [react(), meetingViewer()],
  base: './',
  publicDir: 'public',
  build: { target: 'es2022', chunkSizeWarningLimit: 4000, sourcemap: false },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
