/** Types of serveBuiltApp.mjs (a plain .mjs so run-e2e.mjs runs it without a TypeScript loader). */
export function serveBuiltApp(folderPrefix: string, buildArgs?: string[]): Promise<{ baseUrl: string; outDir: string; stop(): void } | null>;
