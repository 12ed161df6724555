// src/domain must run unchanged in tests, workers and the CLI: no React, map libraries or DOM globals.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const FORBIDDEN_IMPORTS = /from\s+['"](react|react-dom|maplibre-gl|@deck\.gl\/[^'"]+|deck\.gl|terra-draw[^'"]*)['"]/;
const FORBIDDEN_GLOBALS = /\b(window|document|localStorage|navigator|HTMLElement)\s*[.[(]/;

describe('src/domain is pure TypeScript', () => {
  const files = listFiles('src/domain').filter((f) => /\.tsx?$/.test(f));

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files)('%s imports no React, map library or DOM', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).not.toMatch(FORBIDDEN_IMPORTS);
    expect(source).not.toMatch(FORBIDDEN_GLOBALS);
    expect(file.endsWith('.tsx')).toBe(false);
  });
});
