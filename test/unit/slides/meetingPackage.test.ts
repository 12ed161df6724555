// The meeting package builder: the project goes into the page as JSON that no data text can break out of
// (a layer named `</script><script>alert(1)</script>` stays text), reads back identical, carries the slides
// (or one per layer group when the project has none), and the sample package has every layer inline.
import { describe, expect, it } from 'vitest';
import { createProjectDocument, type ProjectLayer } from '../../../src/domain/model/projectDocument.ts';
import {
  assembleMeetingPackage,
  buildMeetingPackageHtml,
  jsonForScriptElement,
  MEETING_DATA_MARKER,
  MEETING_TITLE_MARKER,
  readMeetingPackage,
} from '../../../src/domain/slides/meetingPackage.ts';
import { decodeBase64, encodeBase64 } from '../../../src/domain/slides/base64.ts';
import { MEETING_LAYER_GROUPS } from '../../../src/domain/slides/slidesForLayerGroups.ts';
import { viewForBounds } from '../../../src/domain/slides/viewForBounds.ts';
import { makePackage, sampleProject } from '../../../scripts/cli/package.ts';

const EVIL = '</script><script>alert(1)</script>';
const TEMPLATE = `<!doctype html><html><head><title>${MEETING_TITLE_MARKER}</title><script type="module">/* app */</script></head><body><div id="root"></div><script type="application/json" id="noxh-meeting-data">${MEETING_DATA_MARKER}</script></body></html>`;

const layer = (id: string, name: string): ProjectLayer => ({
  id,
  role: 'candidate_site',
  title: { vi: name, en: name },
  source: { kind: 'inline', data: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: `${name} <!-- $& $1 & \u2028` }, geometry: { type: 'Point', coordinates: [108.8, 15.1] } }] } },
  visible: true,
  style: {},
  metadata: { illustrative: false, note: { vi: '', en: '' } },
});

/** What the browser's HTML tokenizer takes as the data element's text: up to the first `</script`. */
function dataElementText(html: string): string {
  const open = '<script type="application/json" id="noxh-meeting-data">';
  const start = html.indexOf(open) + open.length;
  return html.slice(start, html.toLowerCase().indexOf('</script', start));
}

describe('the meeting package builder', () => {
  const project = {
    ...createProjectDocument([layer('evil', EVIL)], `Họp ${EVIL}`),
    slides: [{ id: 's1', title: `Trang 1 ${EVIL}`, caption: EVIL, view: { center: [108.8, 15.1] as [number, number], zoom: 12, bearing: 0, pitch: 0 }, visibleLayerIds: ['evil'] }],
  };
  const pkg = assembleMeetingPackage(project, () => undefined, { language: 'vi', now: new Date('2026-12-05T09:00:00Z') });
  const html = buildMeetingPackageHtml(TEMPLATE, pkg);

  it.each([
    ['gzipped (as shipped)', html],
    ['plain JSON', buildMeetingPackageHtml(TEMPLATE, pkg, { compress: false })],
  ])('%s: a layer name that closes the script tag stays text — no new script, the same data back', (_name, page) => {
    // As many script elements as the template has: the data opened none.
    expect(page.match(/<script/gi)?.length).toBe(TEMPLATE.match(/<script/gi)?.length);
    expect(page.match(/<\/script/gi)?.length).toBe(TEMPLATE.match(/<\/script/gi)?.length);
    const text = dataElementText(page);
    expect(text).not.toMatch(/[<>]/);
    const back = readMeetingPackage(text);
    expect(back.project.layers[0].title.vi).toBe(EVIL);
    const source = back.project.layers[0].source;
    expect(source.kind === 'inline' && source.data.features[0].properties?.name).toBe(`${EVIL} <!-- $& $1 & \u2028`);
    expect(back.project.slides?.[0].caption).toBe(EVIL);
  });

  it('base64 round-trips every byte value and every padding length', () => {
    for (const n of [0, 1, 2, 3, 4, 255, 256, 257, 70_000]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 151 + 7) % 256);
      const text = encodeBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(decodeBase64(text)).toEqual(bytes);
    }
    expect(() => decodeBase64('ab<d')).toThrow('invalid character');
  });

  it('the page title is the first slide\'s, escaped', () => {
    expect(html).toContain(`<title>Trang 1 &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>`);
  });

  it('escapes for a script element without changing the JSON', () => {
    const value = { a: '</script>', b: '<!--', c: 'a & b', d: '\u2028\u2029' };
    const json = jsonForScriptElement(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('refuses a template without its placeholders (a stale or foreign file)', () => {
    expect(() => buildMeetingPackageHtml('<html></html>', pkg)).toThrow(MEETING_TITLE_MARKER);
  });

  it('a project with no slides gets one per layer group; the sample package has every layer inline', () => {
    const { project: sample, note } = sampleProject();
    const { pkg: built } = makePackage(sample, note, new Date('2026-12-05T09:00:00Z'));
    expect(built.project.layers.length).toBe(sample.layers.length);
    expect(built.project.layers.every((l) => l.source.kind === 'inline')).toBe(true);
    expect(built.project.slides?.map((s) => s.title)).toEqual(MEETING_LAYER_GROUPS.map((g) => g.title));
    // Each slide shows its group's layers and only those.
    const roleOf = new Map(sample.layers.map((l) => [l.id, l.role]));
    built.project.slides?.forEach((slide, i) => {
      expect(slide.visibleLayerIds.map((id) => roleOf.get(id)).sort()).toEqual([...MEETING_LAYER_GROUPS[i].roles].sort());
    });
    expect(built.datasetNote?.vi).toContain('minh họa');
  });
});

describe('viewForBounds', () => {
  it('fits the whole world into one 512 px tile at zoom 0 (no padding)', () => {
    const view = viewForBounds([-180, -85.05, 180, 85.05], 512, 512, 0);
    expect(view.zoom).toBeCloseTo(0, 2);
    expect(view.center[0]).toBeCloseTo(0, 6);
    expect(view.center[1]).toBeCloseTo(0, 4);
  });

  it('halving the span adds one zoom level; the centre is the middle in Mercator', () => {
    const a = viewForBounds([108, 14, 109, 15], 1280, 720);
    const b = viewForBounds([108.25, 14.25, 108.75, 14.75], 1280, 720);
    expect(b.zoom - a.zoom).toBeCloseTo(1, 1);
    expect(a.center[0]).toBeCloseTo(108.5, 9);
    expect(a.center[1]).toBeGreaterThan(14.5); // Mercator stretches the north
    expect(a.center[1]).toBeLessThan(14.51);
  });

  it('more padding at the bottom moves the centre south, so the bounds sit above the caption', () => {
    const even = viewForBounds([108, 14, 109, 15], 1280, 720, { top: 50, right: 50, bottom: 50, left: 50 });
    const caption = viewForBounds([108, 14, 109, 15], 1280, 720, { top: 50, right: 50, bottom: 170, left: 50 });
    expect(caption.zoom).toBeLessThan(even.zoom);
    expect(caption.center[1]).toBeLessThan(even.center[1]);
    // The bounds' north edge is 50 px from the top: (y(north) − y(centre)) × world size = 50 − 360.
    const y = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
    const worldPx = 512 * 2 ** caption.zoom;
    const northPx = 360 + (y(15) - y(caption.center[1])) * worldPx;
    const southPx = 360 + (y(14) - y(caption.center[1])) * worldPx;
    expect(Math.min(northPx - 50, 720 - 170 - southPx)).toBeCloseTo(0, 6); // the tighter side touches its padding
    expect((northPx - 50) - (720 - 170 - southPx)).toBeCloseTo(0, 6); // and the box is centred vertically
  });
});
