// Browser tests: builds the app, serves it on a free loopback port and runs test/e2e in the system
// Chromium. Without a Chromium they are skipped with a notice — unless CI=true, where they are required.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
const chromium = candidates.find((path) => existsSync(path));
const required = process.env.CI === 'true' || process.env.CI === '1';
if (!chromium) {
  if (required) {
    console.error('CI=true but no Chromium was found (install Debian "chromium" or set CHROMIUM_PATH).');
    process.exit(1);
  }
  console.log('Browser tests skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');
  process.exit(0);
}

const vite = join('node_modules', 'vite', 'bin', 'vite.js');
// A private build folder, so a test run never races `npm start` or another run over dist/. Mode `e2e` (not
// `production`) keeps the `window.__noxhAtlas` hook the tests read the map and store through (src/ui/MapPane.tsx).
const outDir = mkdtempSync(join(tmpdir(), 'noxh-e2e-dist-'));
const build = spawnSync(process.execPath, [vite, 'build', '--mode', 'e2e', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

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

const extra = process.argv.slice(2);
const tests = spawnSync(process.execPath, [join('node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'vitest.e2e.config.ts', ...extra], {
  stdio: 'inherit',
  env: { ...process.env, NOXH_BASE_URL: baseUrl, NOXH_DIST_DIR: outDir, CHROMIUM_PATH: chromium },
});
server.kill();
rmSync(outDir, { recursive: true, force: true });
process.exit(tests.status ?? 1);
