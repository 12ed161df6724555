// `npm run noxh -- package --project <workspace.noxh.json> --out <meeting.html>`
// `npm run noxh -- package --sample --out <meeting.html>`
// The offline meeting package: one HTML file with the read-only viewer, the project's layers (inline), styles
// and slides, opened by double-click with no internet and no server. Same builder as the app's button
// (src/domain/slides/meetingPackage.ts); the viewer template is built with Vite when missing or stale.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { CliCommand } from '../cli.ts';
import { parseArgs, requireOption } from './_args.ts';
import { readJsonFile } from './_readGeoJsonFile.ts';
import { checkOutputPath, writeOutputFile } from './_writeOutput.ts';
import { migrateProjectDocument, type ProjectDocument, type ProjectLayer } from '../../src/domain/model/projectDocument.ts';
import { createSampleProject } from '../../src/domain/model/createSampleProject.ts';
import type { SampleManifest } from '../../src/domain/model/sampleManifest.ts';
import { validateLayerData } from '../../src/domain/model/validateLayerData.ts';
import { assembleMeetingPackage, buildMeetingPackageHtml, type MeetingPackage } from '../../src/domain/slides/meetingPackage.ts';
import { ensureViewerTemplate } from '../meetingViewerTemplate.ts';

const DATA_DIR = 'data';

/** A sample layer's features, read from data/ and checked as the app does (rejected features left out). */
function readSampleLayer(layer: ProjectLayer): FeatureCollection | undefined {
  if (layer.source.kind !== 'sample') return undefined;
  const raw = readJsonFile(join(DATA_DIR, layer.source.file));
  const { valid, invalid } = validateLayerData(raw, layer.title.vi);
  if (invalid.length) console.warn(`${layer.id}: ${invalid.length} feature(s) left out (invalid)`);
  return { type: 'FeatureCollection', features: valid };
}

/** The package for a project (sample layers read from data/); a project with no slides gets one per layer group. */
export function makePackage(project: ProjectDocument, datasetNote: MeetingPackage['datasetNote'], now = new Date()): MeetingPackage {
  return assembleMeetingPackage(project, readSampleLayer, { language: 'vi', now, datasetNote });
}

export function sampleProject(): { project: ProjectDocument; note: MeetingPackage['datasetNote'] } {
  const manifest = readJsonFile(join(DATA_DIR, 'manifest.json')) as SampleManifest;
  return { project: { ...createSampleProject(manifest), title: 'NOXH Atlas — Quảng Ngãi (dữ liệu minh họa)' }, note: manifest.note };
}

export const command: CliCommand = {
  summary: 'The offline meeting package: one HTML file (map, layers, slides) that opens by double-click',
  usage: [
    '--project <workspace.noxh.json> --out <meeting.html>   a saved workspace (its slides, or one per layer group)',
    '--sample --out <meeting.html>                          the built-in sample data, one slide per layer group',
    '[--rebuild-viewer]   build the viewer template again (it is built automatically when missing or stale)',
  ].join('\n'),
  async run(args) {
    const started = performance.now();
    const parsed = parseArgs(args, ['sample', 'rebuild-viewer'], ['out', 'project']);
    const out = requireOption(parsed, 'out');
    checkOutputPath(out);
    // --project wins over --sample; neither is the missing --project.
    const { project, note } = parsed.options.has('sample') && !parsed.options.has('project')
      ? sampleProject()
      : { project: migrateProjectDocument(readJsonFile(requireOption(parsed, 'project'))), note: undefined };
    const template = await ensureViewerTemplate({ force: parsed.options.has('rebuild-viewer'), log: (line) => console.log(line) });
    const pkg = makePackage(project, note ?? (project.layers.some((l) => l.source.kind === 'sample') ? sampleProject().note : undefined));
    writeOutputFile(out, buildMeetingPackageHtml(template, pkg));
    const sizeMb = statSync(out).size / 1e6;
    const seconds = (performance.now() - started) / 1000;
    console.log(`${out}: ${pkg.project.layers.length} layers, ${pkg.project.slides?.length ?? 0} slides, ${sizeMb.toFixed(1)} MB, ${seconds.toFixed(1)} s`);
    return 0;
  },
};
