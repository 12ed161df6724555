// Names a stretch of main-thread work in the browser's performance timeline (`performance.measure('noxh:<name>')`),
// so the cadastre benchmark (scripts/bench/cadastre.browser.ts) can say which phase a long task belongs to. Costs a
// clock read; does nothing where there is no `performance.measure` (Node before 16, some workers).
export function measurePhase<T>(name: string, run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    if (typeof performance.measure === 'function') performance.measure(`noxh:${name}`, { start, end: performance.now() });
  }
}
