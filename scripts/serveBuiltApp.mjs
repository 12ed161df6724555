// Builds the app in mode `e2e` into a private temporary folder (so a run never races `npm start` or another run
// over dist/; mode `e2e`, not `production`, keeps the `window.__noxhAtlas` hook the tests and benches read) and
// serves it with `vite preview` on a free loopback port. Used by the browser tests and the browser benchmark.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const vite = join('node_modules', 'vite', 'bin', 'vite.js');

/**
 * @param {string} folderPrefix
 * @param {string[]} [buildArgs] more `vite build` options (the browser bench builds with `--minify false`, so a
 *   profile names functions)
 * @returns {Promise<{ baseUrl: string, outDir: string, stop(): void } | null>} null when the build failed.
 */
export async function serveBuiltApp(folderPrefix, buildArgs = []) {
  const outDir = mkdtempSync(join(tmpdir(), folderPrefix));
  const build = spawnSync(process.execPath, [vite, 'build', '--mode', 'e2e', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir', ...buildArgs], { stdio: 'inherit' });
  if (build.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    return null;
  }
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  const server = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], { stdio: 'ignore' });
  const baseUrl = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(baseUrl)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    baseUrl,
    outDir,
    stop() {
      server.kill();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
