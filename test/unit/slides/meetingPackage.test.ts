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

  it('a layer name that closes the script tag stays text: one data element, no new script, same JSON back', () => {
    // As many script elements as the template has: the data opened none.
    expect(html.match(/<script/gi)?.length).toBe(TEMPLATE.match(/<script/gi)?.length);
    expect(html.match(/<\/script/gi)?.length).toBe(TEMPLATE.match(/<\/script/gi)?.length);
    const text = dataElementText(html);
    expect(text).not.toMatch(/[<>]/);
    const back = readMeetingPackage(text);
    expect(back.project.layers[0].title.vi).toBe(EVIL);
    const source = back.project.layers[0].source;
    expect(source.kind === 'inline' && source.data.features[0].properties?.name).toBe(`${EVIL} <!-- $& $1 & \u2028`);
    expect(back.project.slides?.[0].caption).toBe(EVIL);
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
    const built = makePackage(sample, note, new Date('2026-12-05T09:00:00Z'));
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
});
