// public/ is served as is (Vite's publicDir): the app icon index.html links, and the licence of the bundled
// sample data, which must say what data/manifest.json says.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as { layers: { metadata: { license: string; source: string } }[] };

describe('public/', () => {
  it('holds the icon index.html links, an SVG that loads nothing from elsewhere', () => {
    const html = readFileSync('index.html', 'utf8');
    const href = /<link rel="icon"[^>]*href="\/([^"]+)"/.exec(html)?.[1];
    expect(href).toBe('favicon.svg');
    const svg = readFileSync(`public/${href}`, 'utf8');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.replace('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:|href=/);
  });

  it('states the sample data licence and source of every layer in data/manifest.json', () => {
    expect(existsSync('public/licenses/sample-data.txt')).toBe(true);
    const notice = readFileSync('public/licenses/sample-data.txt', 'utf8');
    // Served as text/plain without a charset: the byte-order mark makes browsers read it as UTF-8.
    expect(notice.startsWith('\uFEFF')).toBe(true);
    expect(manifest.layers.length).toBeGreaterThan(0);
    for (const { metadata } of manifest.layers) {
      expect(notice).toContain(`Licence: ${metadata.license}`);
      expect(notice).toContain(metadata.source);
    }
  });
});
