// The meeting viewer template (one HTML file: src/viewer built by vite.viewer.config.ts with
// vite-plugin-singlefile), for the CLI's `package` command and the app's build (vite.config.ts emits it as
// meeting-viewer.html, which the app's "Đóng gói trình chiếu" button fetches). Built with Vite's JS API
// when it is missing or older than any source it is made from; otherwise the cached file is used.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const VIEWER_TEMPLATE_PATH = join(ROOT, 'node_modules', '.cache', 'noxh-meeting-viewer', 'index.html');
const VIEWER_CONFIG = join(ROOT, 'vite.viewer.config.ts');

function newestMtimeMs(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtimeMs(join(path, entry)));
  return newest;
}

/** True when the cached template is missing or older than src/, the viewer's config or the installed packages. */
export function viewerTemplateIsStale(): boolean {
  if (!existsSync(VIEWER_TEMPLATE_PATH)) return true;
  const built = statSync(VIEWER_TEMPLATE_PATH).mtimeMs;
  const sources = [join(ROOT, 'src'), VIEWER_CONFIG, join(ROOT, 'package-lock.json')].filter(existsSync);
  return sources.some((path) => newestMtimeMs(path) > built);
}

/** The template's text, built first when missing or stale (`force`: always rebuilt). */
export async function ensureViewerTemplate(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<string> {
  if (options.force || viewerTemplateIsStale()) {
    options.log?.('Building the meeting viewer (vite.viewer.config.ts)…');
    const { build } = await import('vite');
    await build({ configFile: VIEWER_CONFIG, root: join(ROOT, 'src', 'viewer'), logLevel: 'warn' });
  }
  return readFileSync(VIEWER_TEMPLATE_PATH, 'utf8');
}
