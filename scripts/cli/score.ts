// `npm run noxh -- score --project <p.noxh.json> --scenario <id> --out <scored.geojson>`
// `npm run noxh -- score --parcels <f> --layer <role>=<f> … --preset <id> [--scenario-file <s.json>] --out <f>`
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection } from 'geojson';
import type { CliCommand } from '../cli.ts';
import { optionalOption, parseArgs, requireOption } from './_args.ts';
import { isLayerRole } from '../../src/domain/model/layerRoles.ts';
import { migrateProjectDocument, type ProjectLayer } from '../../src/domain/model/projectDocument.ts';
import { UserError } from '../../src/domain/model/userError.ts';
import { msg } from '../../src/i18n/message.ts';
import { renderMessage } from '../../src/i18n/renderMessage.ts';
import type { ScoringLayer } from '../../src/domain/scoring/measureContext.ts';
import { parseScenario } from '../../src/domain/scoring/parseScenario.ts';
import { PRESET_SCENARIOS, presetScenario } from '../../src/domain/scoring/presets.ts';
import { scoreParcels, scoredFeatureCollection } from '../../src/domain/scoring/scoreParcels.ts';
import { scoreParcelsInThreads } from './_measureInThreads.ts';
import { writeFeatureCollection } from './_writeFeatureCollection.ts';
import type { Scenario } from '../../src/domain/scoring/scenario.ts';

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UserError(msg('cli.file-unreadable', { path, quoted: false }));
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UserError(msg('cli.not-json', { path, quoted: false }));
  }
}

function readFeatures(path: string): Feature[] {
  const fc = readJsonFile(path) as FeatureCollection;
  if (!fc || !Array.isArray(fc.features)) {
    throw new UserError(msg('cli.not-feature-collection', { path, quoted: false }));
  }
  return fc.features;
}

function layerFeatures(layer: ProjectLayer): Feature[] {
  return layer.source.kind === 'inline' ? layer.source.data.features : readFeatures(join(DATA_DIR, layer.source.file));
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

export const command: CliCommand = {
  summary: 'score candidate parcels with a scenario → GeoJSON with score, rank, excluded, criteria',
  usage: [
    'With a project file:',
    '  --project <p.noxh.json> --scenario <id> --out <scored.geojson>',
    'Without one:',
    '  --parcels <candidate_sites.geojson> --layer <role>=<file.geojson> [--layer …]',
    '  (--preset worker_housing|urban_low_income | --scenario-file <scenario.json>) --out <scored.geojson>',
    'Roles: industrial_zone, transport, facility, hazard, land_use_plan, utility, urban_area, …',
    'Each output feature keeps its properties and adds score (0–100, null when excluded), rank, excluded, criteria,',
    'and warnings [{ id, reason, reference }] when it breaks a warning constraint (it keeps its score and rank).',
    `[--threads <n>]  measuring threads (default: ${THREADS_DEFAULT_FROM.toLocaleString('en-US')} parcels or more → one per CPU core, fewer → 1); same values either way`,
  ].join('\n'),
  async run(args) {
    const parsed = parseArgs(args);
    const out = requireOption(parsed, 'out');
    let parcels: Feature[];
    let layers: ScoringLayer[];
    let scenario: Scenario;
    const projectPath = optionalOption(parsed, 'project');
    if (projectPath) {
      const doc = migrateProjectDocument(readJsonFile(projectPath));
      const all = doc.layers.map((l) => ({ id: l.id, role: l.role, features: layerFeatures(l) }));
      parcels = all.filter((l) => l.role === 'candidate_site').flatMap((l) => l.features);
      layers = all.filter((l) => l.role !== 'candidate_site');
      const id = optionalOption(parsed, 'scenario') ?? 'worker_housing';
      scenario = doc.scenarios?.find((s) => s.id === id || s.label.vi === id || s.label.en === id) ?? findPreset(id);
    } else {
      parcels = readFeatures(requireOption(parsed, 'parcels'));
      layers = (parsed.options.get('layer') ?? []).map((spec, i) => {
        const eq = spec.indexOf('=');
        const role = spec.slice(0, eq);
        if (eq < 1 || !isLayerRole(role)) {
          throw new UserError(msg('cli.layer-spec-invalid', { position: i + 1, spec }));
        }
        return { id: `${role}-${i + 1}`, role, features: readFeatures(resolve(spec.slice(eq + 1))) };
      });
      const file = optionalOption(parsed, 'scenario-file');
      scenario = file ? parseScenario(readJsonFile(file)) : findPreset(optionalOption(parsed, 'preset') ?? optionalOption(parsed, 'scenario') ?? 'worker_housing');
    }
    if (parcels.length === 0) throw new UserError(msg('cli.no-parcels'));
    const threads = threadCount(optionalOption(parsed, 'threads'), parcels.length);
    const started = performance.now();
    const run = threads > 1 ? await scoreParcelsInThreads(parcels, layers, scenario, threads) : scoreParcels(parcels, layers, scenario);
    const scoredMs = performance.now() - started;
    const scored = scoredFeatureCollection(parcels, scenario, run);
    writeFeatureCollection(out, scored.features, true);
    const excluded = scored.features.filter((f) => f.properties!.excluded !== null).length;
    console.error(`${scenario.label.vi} / ${scenario.label.en}: ${parcels.length} thửa/parcels, ${excluded} bị loại/excluded, chấm điểm/scoring ${scoredMs.toFixed(0)} ms${threads > 1 ? ` (${threads} luồng/threads)` : ''}, tổng/total ${(performance.now() - started).toFixed(0)} ms → ${out}`);
    for (const [key, n] of run.context.sourceCounts) if (n === 0 && !key.startsWith('area')) console.error(`  Lưu ý / Note: no source features for measure ${key}`);
    for (const note of run.parcels.invalid) console.error(`  ${renderMessage('vi', note.message)} / ${renderMessage('en', note.message)}`);
    const top = scored.features.filter((f) => f.properties!.rank !== null).sort((a, b) => a.properties!.rank - b.properties!.rank).slice(0, 5);
    const warning = (f: Feature) => (f.properties!.warnings as { reason: string }[] | undefined)?.map((w) => ` ⚠ ${w.reason}`).join('') ?? '';
    for (const f of top) console.error(`  #${f.properties!.rank} ${f.properties!.id ?? ''} ${f.properties!.name ?? ''}: ${f.properties!.score}${warning(f)}`);
    return 0;
  },
};
