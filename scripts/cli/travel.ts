// `npm run noxh -- travel --roads <transport.geojson> --to <targets.geojson> --parcels <parcels.geojson>
//   [--mode motorbike|walk|car] [--speeds <speeds.json>] [--snap-m <m>] --out <out.geojson>`
// Each parcel with its properties and straight_m, network_m, travel_min, reachable (false with a reason):
// the scoring measure's own code (a distance_to_nearest straight, in road metres and in travel minutes).
import type { Feature } from 'geojson';
import { UserError } from '../../src/domain/model/userError.ts';
import { readCollection } from './_readCollection.ts';
import { readJsonFile } from './_readGeoJsonFile.ts';
import { buildRoadGraph } from '../../src/domain/network/buildRoadGraph.ts';
import { findGraphProblems } from '../../src/domain/network/findGraphProblems.ts';
import { TRAVEL_MODES, type TravelMode } from '../../src/domain/network/roadSpeeds.ts';
import { createMeasureContext } from '../../src/domain/scoring/measureContext.ts';
import { measureParcels } from '../../src/domain/scoring/measureParcels.ts';
import { packParcels } from '../../src/domain/scoring/packParcels.ts';
import { measureKey, type MeasureSpec } from '../../src/domain/scoring/scenario.ts';
import { msg } from '../../src/i18n/message.ts';
import { renderBoth, renderMessage } from '../../src/i18n/renderMessage.ts';
import type { CliCommand } from '../cli.ts';
import { optionalOption, parseArgs, requireOption } from './_args.ts';
import { writeFeatureCollection } from './_writeFeatureCollection.ts';


const round = (x: number, digits: number) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : null);

export const command: CliCommand = {
  summary: 'Khoảng cách theo đường bộ / road distance and travel minutes from parcels to the nearest target (--roads --to --parcels --out)',
  usage: [
    '--roads <transport.geojson> --to <targets.geojson> --parcels <parcels.geojson> --out <out.geojson>',
    '[--mode motorbike|walk|car] (default motorbike) [--speeds <speeds.json>] ({ "<class>": km/h, …, "access": km/h })',
    '[--snap-m <m>] (line ends this close join; default 3). Graph problems are listed on stderr.',
  ].join('\n'),
  async run(args) {
    const parsed = parseArgs(args, [], ['mode', 'out', 'parcels', 'roads', 'snap-m', 'speeds', 'to']);
    const roads = readCollection(requireOption(parsed, 'roads'));
    const targets = readCollection(requireOption(parsed, 'to'));
    const parcels = readCollection(requireOption(parsed, 'parcels'));
    const out = requireOption(parsed, 'out');
    const mode = (optionalOption(parsed, 'mode') ?? 'motorbike') as TravelMode;
    if (!TRAVEL_MODES.includes(mode)) throw new UserError(msg('cli.travel-mode-invalid', { value: mode }));
    const speedsPath = optionalOption(parsed, 'speeds');
    const speedsKmh = speedsPath ? (readJsonFile(speedsPath) as Record<string, number>) : undefined;
    const snapText = optionalOption(parsed, 'snap-m');
    const snapM = snapText === undefined ? undefined : Number(snapText);
    if (snapM !== undefined && !(snapM >= 0)) throw new UserError(msg('cli.not-non-negative', { option: 'snap-m' }));

    const graph = buildRoadGraph(roads.features, { snapM });
    const problems = findGraphProblems(graph);
    console.error(`${graph.nodeCount} nút/nodes, ${graph.edgeCount} cạnh/edges; ${problems.length} vấn đề/problem(s)`);
    for (const p of problems.slice(0, 50)) console.error(`  ${renderMessage('en', msg('network.problem', { problem: p }))}`);

    const source = { role: 'facility' as const };
    const straight: MeasureSpec = { kind: 'distance_to_nearest', source };
    const road: MeasureSpec = { ...straight, distanceMode: 'road_m', travelMode: mode, ...(speedsKmh ? { speedsKmh } : {}) };
    const minutes: MeasureSpec = { ...road, distanceMode: 'travel_min' };
    const layers = [
      { id: 'roads', role: 'transport' as const, features: roads.features },
      { id: 'targets', role: 'facility' as const, features: targets.features },
    ];
    const context = createMeasureContext(layers, [straight, road, minutes], { snapM });
    const m = measureParcels(context, packParcels(parcels.features));
    const [s, n, t] = [straight, road, minutes].map((x) => m.values[measureKey(x)]);
    const features = parcels.features.map((f, i): Feature => {
      const reachable = Number.isFinite(n[i]);
      const reason = reachable
        ? null
        : renderBoth(msg('scoring.network.note', { straightM: round(s[i], 1), unreachable: Number.isFinite(s[i]), distanceMode: 'road_m', travelMode: mode }));
      return {
        ...f,
        properties: { ...f.properties, straight_m: round(s[i], 1), network_m: round(n[i], 1), travel_min: round(t[i], 2), reachable, ...(reason ? { reason: reason.vi, reason_en: reason.en } : {}) },
      };
    });
    writeFeatureCollection(out, features, true);
    console.log(`${features.filter((f) => f.properties!.reachable).length} / ${features.length} parcels reach a target by ${mode} → ${out}`);
    return 0;
  },
};
