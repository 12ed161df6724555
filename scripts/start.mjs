// `npm start`: builds the app when the sources changed since the last build, then serves it on
// http://127.0.0.1:$PORT (default 4173) with the built-in sample data. No internet needed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const vite = join('node_modules', 'vite', 'bin', 'vite.js');

function newestMtimeMs(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtimeMs(join(path, name))));
}

const sources = Math.max(...['src', 'data', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'].map(newestMtimeMs));
const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
if (built < sources) {
  console.log('Đang dựng ứng dụng / Building the app…');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const server = spawn(process.execPath, [vite, 'preview', '--host', host, '--port', String(port), '--strictPort'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let announced = false;
server.stdout.on('data', (chunk) => {
  if (!announced && /Local|http:\/\//.test(String(chunk))) {
    announced = true;
    console.log(`\nNOXH Atlas đang chạy tại / is running at: http://${host}:${port}/\n(Ctrl+C để dừng / to stop)`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
