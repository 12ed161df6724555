import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

// The read-only meeting viewer (src/viewer) as ONE html file — JS, CSS and the bundled Noto fonts inlined by
// vite-plugin-singlefile — the template of the offline meeting package (src/domain/slides/meetingPackage.ts).
// Built by scripts/meetingViewerTemplate.ts (the CLI and `vite build` of the app call it) into
// node_modules/.cache/noxh-meeting-viewer/index.html.

/**
 * MapController points MapLibre at its worker file (`?url`); the viewer runs the worker from a blob: URL made
 * from the inlined code instead, so the file is not inlined a second time (as a data: URL).
 */
function noWorkerFileUrl(): Plugin {
  return {
    name: 'noxh-no-worker-file-url',
    enforce: 'pre',
    resolveId: (id) => (id.includes('maplibre-gl-worker.mjs?url') ? '\0noxh-no-worker-url' : null),
    load: (id) => (id === '\0noxh-no-worker-url' ? 'export default "";' : null),
  };
}

export const VIEWER_OUT_DIR = 'node_modules/.cache/noxh-meeting-viewer';

export default defineConfig({
  root: 'src/viewer',
  base: './',
  publicDir: false,
  plugins: [noWorkerFileUrl(), react(), viteSingleFile()],
  // No test hook on window in the package, whatever the mode.
  mode: 'production',
  build: { target: 'es2022', outDir: `../../${VIEWER_OUT_DIR}`, emptyOutDir: true, chunkSizeWarningLimit: 10000, sourcemap: false, reportCompressedSize: false },
  logLevel: 'warn',
});
