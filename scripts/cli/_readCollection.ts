// Reads a GeoJSON FeatureCollection given on the command line, with a message that says what is wrong.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { UserError } from '../../src/domain/model/userError.ts';
import { msg } from '../../src/i18n/message.ts';

export function readCollection(path: string): FeatureCollection {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UserError(msg('cli.file-unreadable', { path, quoted: true }));
  }
  try {
    const json = JSON.parse(text.replace(/^\uFEFF/, '')) as FeatureCollection;
    if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) throw new Error('not a FeatureCollection');
    return json;
  } catch {
    throw new UserError(msg('cli.not-valid-feature-collection', { path }));
  }
}
