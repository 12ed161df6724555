// Check 6: every separate piece of the reserve touches or lies within the set distance (50 m by default)
// of a road (Housing Law Art. 83(4): NOXH land must connect to technical infrastructure).
// Railways, stations and ports in the transport layer do not count as access. The distance is the
// tool's threshold, not the law's: a piece beyond it is a warning (verdict at most "review"), never a fail.
// The nearest school, health station and market (Art. 83(4): social infrastructure) are reported as information.
import type { LineString, MultiLineString, Polygon } from 'geojson';
import { polygonToLineDistanceM } from '../../geo/polygonToLineDistanceM.ts';
import { msg, type Message } from '../../../i18n/message.ts';
import { roundFigure } from '../formatFigures.ts';
import { readString } from '../readProperties.ts';
import type { ReservedLandRules } from '../rules.ts';
import type { AuditLayers, CheckResult, ProjectContext } from '../types.ts';
import { findNearestFacilities } from '../findNearestFacilities.ts';
import { highlight, makeCheck } from './checkResult.ts';

const id = 'road_access';

interface Road {
  name: string;
  geometry: LineString | MultiLineString;
}

export function checkRoadAccess(ctx: ProjectContext, layers: AuditLayers, rules: ReservedLandRules): CheckResult {
  if (ctx.obligation === 'payment') {
    return makeCheck(id, 'n/a', msg('audit.road.payment'), 'decree261Art19', {});
  }
  if (!ctx.reservedUnion) return makeCheck(id, 'n/a', msg('audit.no-parcel'), 'law83Infrastructure', {});
  const roads = collectRoads(layers, rules);
  const limit = rules.roadConnectionDistanceM;
  if (roads.length === 0) {
    return makeCheck(
      id,
      'warning',
      msg('audit.road.no-layer'),
      'roadAccessTolerance',
      { connection_distance_m: limit },
    );
  }
  const pieces: Polygon[] =
    ctx.reservedUnion.type === 'Polygon'
      ? [ctx.reservedUnion]
      : ctx.reservedUnion.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const results = pieces.map((piece) => {
    let best = { distanceM: Infinity, road: '' };
    for (const road of roads) {
      const d = polygonToLineDistanceM(piece, road.geometry);
      if (d < best.distanceM) best = { distanceM: d, road: road.name };
      if (d === 0) break;
    }
    return { piece, ...best };
  });
  const unconnected = results.filter((r) => r.distanceM > limit);
  const worst = results.reduce((a, b) => (b.distanceM > a.distanceM ? b : a));
  const nearby = layers.facilities ? findNearestFacilities(ctx.reservedUnion, layers.facilities, rules) : [];
  const nearbyFigures = Object.fromEntries(
    nearby.flatMap((n) => [
      [`nearest_${n.group}`, n.name],
      [`nearest_${n.group}_m`, roundFigure(n.distanceM, 0)],
    ]),
  );
  const withNearby = (m: Message): Message =>
    nearby.length > 0 ? msg('audit.sentences', { sentences: [m, msg('audit.road.nearby', { facilities: nearby.map((n) => ({ group: n.group, name: n.name, distanceM: n.distanceM })) })] }) : m;
  const figures = {
    ...nearbyFigures,
    connection_distance_m: limit,
    pieces: pieces.length,
    unconnected_pieces: unconnected.length,
    farthest_piece_distance_m: roundFigure(worst.distanceM, 1),
    nearest_road: worst.road || null,
  };
  if (unconnected.length > 0) {
    return makeCheck(
      id,
      'warning',
      withNearby(msg('audit.road.not-connected', { unconnected: unconnected.length, pieces: pieces.length, road: worst.road, distanceM: worst.distanceM, limitM: limit })),
      'roadAccessTolerance',
      figures,
      unconnected.map((u) =>
        highlight('not_connected', u.piece, ctx.id, msg('audit.highlight.not-connected', { distanceM: u.distanceM }), id, {
          distance_m: roundFigure(u.distanceM, 1),
          nearest_road: u.road,
        }),
      ),
    );
  }
  return makeCheck(
    id,
    'pass',
    withNearby(msg('audit.road.connected', { road: worst.road, distanceM: worst.distanceM, limitM: limit })),
    'roadAccessTolerance',
    figures,
  );
}

function collectRoads(layers: AuditLayers, rules: ReservedLandRules): Road[] {
  const roads: Road[] = [];
  layers.roads?.features.forEach((f, i) => {
    const g = f.geometry;
    if (!g || (g.type !== 'LineString' && g.type !== 'MultiLineString')) return;
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const cls = readString(props, 'class');
    if (cls && rules.nonRoadClasses.includes(cls)) return;
    roads.push({ name: readString(props, 'name') ?? readString(props, 'ref') ?? `#${i + 1}`, geometry: g });
  });
  return roads;
}
