// `npm run noxh -- package --project <workspace.noxh.json> --out <meeting.html> [--parcels <cadastre.fgb>]`
// `npm run noxh -- package --sample --out <meeting.html>`
// The offline meeting package: one HTML file with the read-only viewer, the project's layers (inline), styles,
// slides and the score layer's values, opened by double-click with no internet and no server. Same builder as the
// app's button (src/domain/slides/meetingPackage.ts); the score layer is computed here, by the engine, with the
// project's active scenario (scoreForMeetingPackage.ts); the viewer template is built with Vite when missing or stale.
import { closeSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { CliCommand } from '../cli.ts';
import { parseArgs, requireOption } from './_args.ts';
import { openForReading, readFeatureFile, readJsonFile } from './_readGeoJsonFile.ts';
import { FileBytes } from './_readParcels.ts';
import { checkOutputPath, writeOutputFile } from './_writeOutput.ts';
import { migrateProjectDocument, type ProjectDocument, type ProjectLayer } from '../../src/domain/model/projectDocument.ts';
import { createSampleProject } from '../../src/domain/model/createSampleProject.ts';
import type { SampleManifest } from '../../src/domain/model/sampleManifest.ts';
import { UserError } from '../../src/domain/model/userError.ts';
import { withScoreLayerTitle } from '../../src/domain/model/scoreResultLayer.ts';
import { validateLayerData } from '../../src/domain/model/validateLayerData.ts';
import { readFlatGeobufHeader } from '../../src/domain/import/readFlatGeobufHeader.ts';
import { assembleMeetingPackage, buildMeetingPackageHtml, type MeetingPackage } from '../../src/domain/slides/meetingPackage.ts';
import { scoreForMeetingPackage, type PackageScoring } from '../../src/domain/slides/scoreForMeetingPackage.ts';
import { msg } from '../../src/i18n/message.ts';
import { renderMessage } from '../../src/i18n/renderMessage.ts';
import { ensureViewerTemplate } from '../meetingViewerTemplate.ts';

const DATA_DIR = 'data';

/**
 * Most parcels a package holds from a cadastre file (`--parcels`): every parcel goes inline, as GeoJSON, into one
 * HTML file the browser parses at once; 200,000 is the size the app's browser test opens (cadastre.e2e).
 */
export const PACKAGE_PARCELS_MAX = 200_000;

/** A sample layer's features, read from data/ and checked as the app does (rejected features left out). */
function readSampleLayer(layer: ProjectLayer): FeatureCollection | undefined {
  if (layer.source.kind !== 'sample') return undefined;
  const raw = readJsonFile(join(DATA_DIR, layer.source.file));
  const { valid, invalid } = validateLayerData(raw, layer.title.vi);
  if (invalid.length) {
    const m = msg('cli.package-features-left-out', { layer: layer.title, count: invalid.length });
    console.warn(`${renderMessage('vi', m)} / ${renderMessage('en', m)}`);
  }
  return { type: 'FeatureCollection', features: valid };
}

/**
 * The package for a project (sample layers read from data/ once); a project with no slides gets one per layer
 * group. A project with a score layer gets its values: its candidate parcels scored with its active scenario
 * (`cadastreLayerId`: the cadastre given with --parcels is then the candidate set, as in the app).
 */
export function makePackage(
  project: ProjectDocument,
  datasetNote: MeetingPackage['datasetNote'],
  now = new Date(),
  options: { cadastreLayerId?: string } = {},
): { pkg: MeetingPackage; scoring: PackageScoring | null } {
  const loaded = new Map<string, FeatureCollection | undefined>();
  const dataOf = (layer: ProjectLayer) => {
    if (layer.source.kind === 'inline') return layer.source.data;
    if (!loaded.has(layer.id)) loaded.set(layer.id, readSampleLayer(layer));
    return loaded.get(layer.id);
  };
  const scoring = scoreForMeetingPackage(project, dataOf, options);
  const titled = scoring ? withScoreLayerTitle(project, scoring.scenario.label) : project;
  const pkg = assembleMeetingPackage(titled, dataOf, { language: 'vi', now, datasetNote, ...(scoring ? { scoreLayers: scoring.scoreLayers } : {}) });
  return { pkg, scoring };
}

export function sampleProject(): { project: ProjectDocument; note: MeetingPackage['datasetNote'] } {
  const manifest = readJsonFile(join(DATA_DIR, 'manifest.json')) as SampleManifest;
  return { project: { ...createSampleProject(manifest), title: 'NOXH Atlas — Quảng Ngãi (dữ liệu minh họa)' }, note: manifest.note };
}

/** The features a FlatGeobuf header announces (0: not said), read without reading the features. */
function announcedFeatureCount(path: string): number {
  if (!/\.fgb$/i.test(path)) return 0;
  const fd = openForReading(path);
  try {
    return readFlatGeobufHeader(new FileBytes(fd, path), path).featureCount;
  } finally {
    closeSync(fd);
  }
}

/**
 * A cadastre layer (`packed-file`: its parcels are not in the project file) gets its features from the file given
 * with --parcels (same base name as the project records, or the one file for the one cadastre); without it the
 * package is refused, saying which file to give. Returns the project with those layers inline.
 */
export async function inlineCadastres(project: ProjectDocument, files: string[]): Promise<{ project: ProjectDocument; cadastreLayerId?: string }> {
  const cadastres = project.layers.filter((l) => l.source.kind === 'packed-file');
  const used = new Set<string>();
  const layers: ProjectLayer[] = [];
  for (const layer of project.layers) {
    if (layer.source.kind !== 'packed-file') {
      layers.push(layer);
      continue;
    }
    const { fileName, featureCount } = layer.source;
    const path = files.find((f) => basename(f) === fileName) ?? (cadastres.length === 1 && files.length === 1 ? files[0] : undefined);
    if (!path) throw new UserError(msg('cli.package-cadastre-needs-file', { layer: layer.title, file: fileName, count: featureCount, max: PACKAGE_PARCELS_MAX }));
    used.add(path);
    const announced = announcedFeatureCount(path);
    if (announced > PACKAGE_PARCELS_MAX) throw new UserError(msg('cli.package-parcels-too-many', { path, count: announced, max: PACKAGE_PARCELS_MAX }));
    const features = await readFeatureFile(path);
    if (features.length > PACKAGE_PARCELS_MAX) throw new UserError(msg('cli.package-parcels-too-many', { path, count: features.length, max: PACKAGE_PARCELS_MAX }));
    layers.push({ ...layer, source: { kind: 'inline', data: { type: 'FeatureCollection', features } } });
  }
  const unused = files.find((f) => !used.has(f));
  if (unused) throw new UserError(msg('cli.package-parcels-unmatched', { path: unused, files: cadastres.map((l) => (l.source.kind === 'packed-file' ? l.source.fileName : '')).join(', ') || '—' }));
  // As the app: the first cadastre among the candidate layers is the candidate set.
  const cadastreLayerId = cadastres.find((l) => l.role === 'candidate_site')?.id;
  return { project: { ...project, layers }, ...(cadastreLayerId ? { cadastreLayerId } : {}) };
}

export const command: CliCommand = {
  summary: 'The offline meeting package: one HTML file (map, layers, scores, slides) that opens by double-click',
  usage: [
    '--project <workspace.noxh.json> --out <meeting.html>   a saved workspace (its slides, or one per layer group);',
    '                                                       its score layer is scored with its active scenario',
    '--sample --out <meeting.html>                          the built-in sample data, one slide per layer group',
    `[--parcels <cadastre.fgb>]   the file of a cadastre layer (kept by file name, not in the workspace; at most ${PACKAGE_PARCELS_MAX.toLocaleString('en-US')} parcels)`,
    '[--rebuild-viewer]   build the viewer template again (it is built automatically when missing or stale)',
  ].join('\n'),
  async run(args) {
    const started = performance.now();
    const parsed = parseArgs(args, ['sample', 'rebuild-viewer'], ['out', 'parcels', 'project']);
    const out = requireOption(parsed, 'out');
    checkOutputPath(out);
    // --project wins over --sample; neither is the missing --project.
    const fromSample = parsed.options.has('sample') && !parsed.options.has('project');
    const { project: read, note } = fromSample ? sampleProject() : { project: migrateProjectDocument(readJsonFile(requireOption(parsed, 'project'))), note: undefined };
    // Before the viewer is built: a missing cadastre file is said at once.
    const { project, cadastreLayerId } = await inlineCadastres(read, parsed.options.get('parcels') ?? []);
    const template = await ensureViewerTemplate({ force: parsed.options.has('rebuild-viewer'), log: (line) => console.log(line) });
    const { pkg, scoring } = makePackage(project, note ?? (project.layers.some((l) => l.source.kind === 'sample') ? sampleProject().note : undefined), new Date(), cadastreLayerId ? { cadastreLayerId } : {});
    writeOutputFile(out, buildMeetingPackageHtml(template, pkg));
    if (scoring) {
      const { label } = scoring.scenario;
      console.log(`${label.vi} / ${label.en}: ${scoring.parcelCount} thửa/parcels, ${scoring.excludedCount} bị loại/excluded`);
    }
    const sizeMb = statSync(out).size / 1e6;
    const seconds = (performance.now() - started) / 1000;
    console.log(`${out}: ${pkg.project.layers.length} lớp/layers, ${pkg.project.slides?.length ?? 0} trang/slides, ${sizeMb.toFixed(1)} MB, ${seconds.toFixed(1)} s`);
    return 0;
  },
};
