// Browser tests: builds the app, serves it on a free loopback port and runs test/e2e in the system
// Chromium. Without a Chromium they are skipped with a notice — unless CI=true, where they are required.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveBuiltApp } from './serveBuiltApp.mjs';

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

const served = await serveBuiltApp('noxh-e2e-dist-');
if (!served) process.exit(1);
const { baseUrl, outDir } = served;

const extra = process.argv.slice(2);
const tests = spawnSync(process.execPath, [join('node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'vitest.e2e.config.ts', ...extra], {
  stdio: 'inherit',
  env: { ...process.env, NOXH_BASE_URL: baseUrl, NOXH_DIST_DIR: outDir, CHROMIUM_PATH: chromium },
});
served.stop();
process.exit(tests.status ?? 1);
