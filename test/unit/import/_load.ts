// Test helpers: read fixture files as ImportFile objects.
import { readFileSync } from 'node:fs';
import type { ImportFile } from '../../../src/domain/import/importTypes.ts';

export const FIXTURES = 'test/fixtures/import/';

export function loadFixtures(...paths: string[]): ImportFile[] {
  return paths.map((p) => ({ name: p.split('/').pop()!, bytes: new Uint8Array(readFileSync(FIXTURES + p)) }));
}

export const shapefileParts = (dir: string, stem: string, exts: string[]) => loadFixtures(...exts.map((e) => `${dir}/${stem}.${e}`));
