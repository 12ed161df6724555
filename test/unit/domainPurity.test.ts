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
const FORBIDDEN_GLOBALS = /(?<![.\w])(window|document|localStorage|navigator|HTMLElement)\s*[.[(]/;

/** Comments may talk about "the project document"; only code counts. */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('src/domain is pure TypeScript', () => {
  const files = listFiles('src/domain').filter((f) => /\.tsx?$/.test(f));

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files)('%s imports no React, map library or DOM', (file) => {
    const source = stripComments(readFileSync(file, 'utf8'));
    expect(source).not.toMatch(FORBIDDEN_IMPORTS);
    expect(source).not.toMatch(FORBIDDEN_GLOBALS);
    expect(file.endsWith('.tsx')).toBe(false);
  });
});

describe('the purity check itself', () => {
  it('catches a React import and a DOM global, but not a comment about the project document', () => {
    expect("import { useState } from 'react';").toMatch(FORBIDDEN_IMPORTS);
    expect("import { Map } from 'maplibre-gl';").toMatch(FORBIDDEN_IMPORTS);
    expect(stripComments('const w = window.innerWidth;')).toMatch(FORBIDDEN_GLOBALS);
    expect(stripComments('// the project document.layers')).not.toMatch(FORBIDDEN_GLOBALS);
    expect(stripComments('const a = doc.document.x;')).not.toMatch(FORBIDDEN_GLOBALS);
  });
});
