// The system Chromium as the browser benchmarks run it: headless, software WebGL (SwiftShader, as the browser tests),
// every host but 127.0.0.1 unreachable (the app must not fetch anything from outside).
import { chromium, type BrowserContext } from 'playwright-core';

export function launchBenchChromium(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
}
