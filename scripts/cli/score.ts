// `npm run noxh -- score --project <p.noxh.json> --scenario <id> --out <scored.geojson|scored.fgb> [--explain]`
// `npm run noxh -- score --parcels <f> --layer <role>=<f> … --preset <id> [--scenario-file <s.json>] --out <f>`
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature } from 'geojson';
import type { CliCommand } from '../cli.ts';
import { optionalOption, parseArgs, requireOption } from './_args.ts';
import { ALL_ROLES, isLayerRole } from '../../src/domain/model/layerRoles.ts';
import { migrateProjectDocument, type ProjectLayer } from '../../src/domain/model/projectDocument.ts';
import { UserError } from '../../src/domain/model/userError.ts';
import { msg } from '../../src/i18n/message.ts';
import { renderMessage, uiText } from '../../src/i18n/renderMessage.ts';
import type { ScoringLayer } from '../../src/domain/scoring/measureContext.ts';
import { parseScenario } from '../../src/domain/scoring/parseScenario.ts';
import { PRESET_SCENARIOS, presetScenario } from '../../src/domain/scoring/presets.ts';
import { scoreParcels } from '../../src/domain/scoring/scoreParcels.ts';
import { parcelAttributeKeys } from '../../src/domain/scoring/measureSession.ts';
import { scoreParcelsInThreads } from './_measureInThreads.ts';
import { parcelInputOf, readParcelInput, type ParcelInput } from './_readParcels.ts';
import { writeScoredOutput } from './_writeScored.ts';
import { checkFeatureOutputPath, writeOutputFile } from './_writeOutput.ts';
import { writeScenarioSql } from '../../src/domain/export/writeScenarioSql.ts';
import { readFeatureFile, readJsonFile } from './_readGeoJsonFile.ts';
import { measureKey, type Scenario } from '../../src/domain/scoring/scenario.ts';
import { NOT_EXCLUDED } from '../../src/domain/scoring/combineScores.ts';

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

/** The sample files a project may name: those of data/manifest.json, nothing else (no path ever reaches the disk). */
function sampleFiles(): string[] {
  return (readJsonFile(join(DATA_DIR, 'manifest.json')) as { layers: { file: string }[] }).layers.map((l) => l.file);
}

async function layerFeatures(layer: ProjectLayer, known: string[]): Promise<Feature[]> {
  // A derived layer (the score result) has no features of its own.
  if (layer.source.kind === 'scenario-result') return [];
  if (layer.source.kind === 'inline') return layer.source.data.features;
  // A cadastre opened in the app is not in the project file (too large): its file must be given itself.
  if (layer.source.kind === 'packed-file') throw new UserError(msg('cadastre.reopen-file', { file: layer.source.fileName, count: layer.source.featureCount }));
  const file = layer.source.file;
  if (!known.includes(file)) throw new UserError(msg('cli.sample-unknown', { file, known: known.join(', ') }));
  return readFeatureFile(join(DATA_DIR, file));
}

function findPreset(id: string): Scenario {
  const s = presetScenario(id);
  if (!s) {
    const ids = PRESET_SCENARIOS.map((p) => p.id).join(', ');
    throw new UserError(msg('cli.preset-unknown', { id, ids }));
  }
  return s;
}

/**
 * Below this many parcels a one-off run gains nothing from threads: starting them (≈ 0.5 s) and
 * warming up their compiled code cost what they save (measured at 200,000: 2.2 s either way).
 */
const THREADS_DEFAULT_FROM = 500000;

function threadCount(option: string | undefined, parcelCount: number): number {
  if (option === undefined) return parcelCount >= THREADS_DEFAULT_FROM ? availableParallelism() : 1;
  const n = Number(option);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new UserError(msg('cli.threads-invalid', { value: option }));
  }
  return n;
}

/** `--sql`: the scenario as a PostGIS script (no parcels or layers are read; they are loaded into the database). */
function writeSql(parsed: ReturnType<typeof parseArgs>, out: string): number {
  const projectPath = optionalOption(parsed, 'project');
  const id = optionalOption(parsed, 'scenario') ?? optionalOption(parsed, 'preset') ?? 'worker_housing';
  const file = optionalOption(parsed, 'scenario-file');
  const scenario = projectPath
    ? (migrateProjectDocument(readJsonFile(projectPath)).scenarios?.find((s) => s.id === id || s.label.vi === id || s.label.en === id) ?? findPreset(id))
    : file ? parseScenario(readJsonFile(file)) : findPreset(id);
  writeOutputFile(out, writeScenarioSql(scenario));
  console.error(`${scenario.label.vi} / ${scenario.label.en}: SQL cho PostGIS / SQL for PostGIS → ${out} (docs/POSTGIS.md)`);
  return 0;
}

export const command: CliCommand = {
  summary: 'score candidate parcels with a scenario → GeoJSON, FlatGeobuf or GeoParquet with score, rank, excluded (criteria with --explain)',
  usage: [
    'With a project file:',
    '  --project <p.noxh.json> --scenario <id> --out <scored.geojson>',
    'Without one:',
    '  --parcels <candidate_sites.geojson> --layer <role>=<file.geojson> [--layer …]',
    '  (--preset worker_housing|urban_low_income | --scenario-file <scenario.json>) --out <scored.geojson>',
    'Roles: industrial_zone, transport, facility, hazard, land_use_plan, utility, urban_area, …',
    'Each output feature keeps its properties and adds score (0–100, null when excluded), rank, excluded (the reason,',
    'Vietnamese / English, or null), excluded_by (the constraint id), and warnings [{ id, reason, reference }] when it',
    'breaks a warning constraint (it keeps its score and rank).',
    '--explain        also add criteria: { id: { raw, unit, normalized, weight, contribution } } per parcel (about 4× the output)',
    'Parcels and layers: GeoJSON FeatureCollection (.geojson/.json), FlatGeobuf (.fgb) or GeoParquet (.parquet) in WGS84.',
    '--sql            write the scenario as SQL for PostGIS / Citus to --out (no parcels or layers needed: they are loaded',
    '                 into the tables noxh_parcels and noxh_features; see docs/POSTGIS.md); road-network measures are refused',
    '--out <file>     .fgb writes FlatGeobuf (WGS84; QGIS and GDAL read it), .parquet GeoParquet 1.1, anything else GeoJSON',
    'The parcels are packed into typed arrays as they are read (never all as objects), and the output is written in a',
    'second pass over the parcels file, feature by feature: files of millions of parcels need little memory.',
    `[--threads <n>]  measuring threads (default: ${THREADS_DEFAULT_FROM.toLocaleString('en-US')} parcels or more → one per CPU core, fewer → 1); same values either way`,
  ].join('\n'),
  async run(args) {
    const parsed = parseArgs(args, ['explain', 'sql'], ['layer', 'out', 'parcels', 'preset', 'project', 'scenario', 'scenario-file', 'threads']);
    const out = requireOption(parsed, 'out');
    checkFeatureOutputPath(out);
    if (parsed.options.has('sql')) return writeSql(parsed, out);
    let input: ParcelInput;
    let layers: ScoringLayer[];
    let scenario: Scenario;
    const readStarted = performance.now();
    const projectPath = optionalOption(parsed, 'project');
    const threadsOption = optionalOption(parsed, 'threads');
    if (threadsOption !== undefined) threadCount(threadsOption, 0);
    // Packed on shared memory whenever threads may measure (nothing is copied to share them then).
    const shared = threadsOption === undefined || Number(threadsOption) > 1;
    if (projectPath) {
      const doc = migrateProjectDocument(readJsonFile(projectPath));
      const known = sampleFiles();
      const id = optionalOption(parsed, 'scenario') ?? 'worker_housing';
      scenario = doc.scenarios?.find((s) => s.id === id || s.label.vi === id || s.label.en === id) ?? findPreset(id);
      const all = await Promise.all(doc.layers.map(async (l) => ({ id: l.id, role: l.role, features: await layerFeatures(l, known) })));
      input = parcelInputOf(all.filter((l) => l.role === 'candidate_site').flatMap((l) => l.features), { attributeKeys: parcelAttributeKeys(scenario), shared });
      layers = all.filter((l) => l.role !== 'candidate_site');
    } else {
      const file = optionalOption(parsed, 'scenario-file');
      scenario = file ? parseScenario(readJsonFile(file)) : findPreset(optionalOption(parsed, 'preset') ?? optionalOption(parsed, 'scenario') ?? 'worker_housing');
      const specs = (parsed.options.get('layer') ?? []).map((spec, i) => {
        const eq = spec.indexOf('=');
        const role = spec.slice(0, eq);
        if (eq < 1) throw new UserError(msg('cli.layer-spec-invalid', { position: i + 1, spec }));
        if (!isLayerRole(role)) throw new UserError(msg('cli.layer-role-unknown', { position: i + 1, role, roles: ALL_ROLES.join(', ') }));
        return { id: `${role}-${i + 1}`, role, path: resolve(spec.slice(eq + 1)) };
      });
      // The layers (roads, zones, facilities …) are small: read as features. The parcels are packed as they are read.
      layers = await Promise.all(specs.map(async (l) => ({ id: l.id, role: l.role, features: await readFeatureFile(l.path) })));
      input = await readParcelInput(requireOption(parsed, 'parcels'), { attributeKeys: parcelAttributeKeys(scenario), shared });
    }
    try {
      const parcels = input.packed;
      if (parcels.count === 0) throw new UserError(msg('cli.no-parcels'));
      const threads = threadCount(threadsOption, parcels.count);
      const readMs = performance.now() - readStarted;
      const started = performance.now();
      const run = threads > 1 ? await scoreParcelsInThreads(parcels, layers, scenario, threads) : scoreParcels(parcels, layers, scenario);
      const scoredMs = performance.now() - started;
      const top: number[] = [];
      run.ranks.forEach((rank, i) => rank <= 5 && top.push(i));
      top.sort((a, b) => run.ranks[a] - run.ranks[b]);
      const writeStarted = performance.now();
      // A second pass over the input, feature by feature (_writeScored.ts).
      const { skipped, kept } = await writeScoredOutput(out, input, scenario, run, { explain: parsed.options.has('explain'), keep: new Set(top) });
      if (skipped > 0) console.error(`  ${skipped} thửa không có hình học, FlatGeobuf không chứa được: không ghi / ${skipped} parcels without geometry not written (FlatGeobuf cannot hold them)`);
      const writeMs = performance.now() - writeStarted;
      let excluded = 0;
      for (const e of run.combined.excludedBy) if (e !== NOT_EXCLUDED) excluded++;
      console.error(`${scenario.label.vi} / ${scenario.label.en}: ${parcels.count} thửa/parcels, ${excluded} bị loại/excluded, đọc/read ${readMs.toFixed(0)} ms, chấm điểm/scoring ${scoredMs.toFixed(0)} ms${threads > 1 ? ` (${threads} luồng/threads)` : ''}, ghi/write ${writeMs.toFixed(0)} ms → ${out}`);
      // Criteria and constraints whose source layer or filter found nothing (as the scoring panel says it).
      const empty = new Set([...run.context.sourceCounts].filter(([key, n]) => n === 0 && run.context.specs.get(key)?.kind !== 'area').map(([key]) => key));
      const namedEmpty = [
        ...scenario.criteria.filter((c) => empty.has(measureKey(c.measure))).map((c) => c.label),
        ...scenario.constraints.filter((c) => c.enabled !== false && empty.has(measureKey(c.measure))).map((c) => c.reason),
      ];
      if (namedEmpty.length > 0) {
        console.error(`  ${uiText('vi').scoring.emptySources}: ${namedEmpty.map((t) => t.vi).join('; ')}`);
        console.error(`  ${uiText('en').scoring.emptySources}: ${namedEmpty.map((t) => t.en).join('; ')}`);
      }
      for (const note of run.parcels.invalid) console.error(`  ${renderMessage('vi', note.message)} / ${renderMessage('en', note.message)}`);
      for (const i of top) {
        const f = kept.get(i)!;
        const warnings = (f.properties!.warnings as { reason: string }[] | undefined)?.map((w) => ` ⚠ ${w.reason}`).join('') ?? '';
        console.error(`  #${f.properties!.rank} ${f.properties!.id ?? ''} ${f.properties!.name ?? ''}: ${f.properties!.score}${warnings}`);
      }
    } finally {
      input.close();
    }
    return 0;
  },
};
