// A road graph from any transport layer (WGS84 GeoJSON features).
//
// - Railways (`class` rail/railway) are never roads: left out, so nothing connects to them.
// - Lines connect where they share a vertex, and where a line's end lies within `snapM` of another line
//   (snapped to that line's vertex, or splitting its segment: a T-junction).
// - Lines that cross between vertices get a node at the crossing ("at grade"), unless either is an
//   expressway, a bridge or a tunnel (`bridge` / `tunnel` yes): those connect only at shared vertices or
//   where a transport point of `class` interchange lies within `interchangeRadiusM` of the crossing or
//   the T-junction. The crossings left without a node are listed (SeparatedCrossing).
// - `oneway` yes/true/1 allows travel in the line's direction only, -1 against it.
// Every vertex becomes a node (a 20,000-segment network is searched in milliseconds, so there is no
// need to merge the chains between junctions).
import Flatbush from 'flatbush';
import type { Feature, Position } from 'geojson';
import { localScaleM } from '../geo/localScaleM.ts';
import { BACKWARD, FORWARD, type GraphFrame, type RoadGraph, type SeparatedCrossing } from './roadGraph.ts';

export interface RoadGraphOptions {
  /** Line ends this close to another line connect to it (m). Default 3. */
  snapM?: number;
  /** A crossing or T-junction of an expressway, bridge or tunnel connects when an interchange point is this close (m). Default 150. */
  interchangeRadiusM?: number;
}

const RAIL_CLASSES = new Set(['rail', 'railway']);

function isYes(v: unknown): boolean {
  if (v === true || v === 1) return true;
  return typeof v === 'string' && ['yes', 'true', '1', 'có', 'co'].includes(v.trim().toLowerCase());
}

function directionOf(v: unknown): number {
  if (v === -1 || (typeof v === 'string' && ['-1', 'reverse'].includes(v.trim().toLowerCase()))) return BACKWARD;
  return isYes(v) ? FORWARD : FORWARD | BACKWARD;
}

interface Line {
  feature: number;
  cls: string;
  direction: number;
  /** null = at grade; otherwise why crossings do not connect. */
  separated: SeparatedCrossing['why'] | null;
  /** Point numbers of its vertices. */
  points: number[];
}

export function buildRoadGraph(features: Feature[], options: RoadGraphOptions = {}): RoadGraph {
  const snapM = options.snapM ?? 3;
  const interchangeRadiusM = options.interchangeRadiusM ?? 150;

  // 1. Lines and interchange points.
  const rawLines: { feature: number; coords: Position[]; props: Record<string, unknown> }[] = [];
  const interchangesLonLat: number[] = [];
  let minLat = Infinity, maxLat = -Infinity, minLon = Infinity, maxLon = -Infinity;
  features.forEach((f, i) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const cls = String(props.class ?? '');
    const g = f.geometry;
    if (!g) return;
    if (g.type === 'Point' || g.type === 'MultiPoint') {
      if (cls !== 'interchange') return;
      const pts = g.type === 'Point' ? [g.coordinates] : g.coordinates;
      for (const p of pts) interchangesLonLat.push(+p[0], +p[1]);
      return;
    }
    if (RAIL_CLASSES.has(cls)) return;
    const parts = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    for (const coords of parts) {
      const clean = coords.filter((p) => Number.isFinite(+p[0]) && Number.isFinite(+p[1]));
      if (clean.length < 2) continue;
      rawLines.push({ feature: i, coords: clean, props });
      for (const p of clean) {
        if (+p[0] < minLon) minLon = +p[0];
        if (+p[0] > maxLon) maxLon = +p[0];
        if (+p[1] < minLat) minLat = +p[1];
        if (+p[1] > maxLat) maxLat = +p[1];
      }
    }
  });
  const lat0 = rawLines.length ? (minLat + maxLat) / 2 : 0;
  const lon0 = rawLines.length ? (minLon + maxLon) / 2 : 0;
  const scale = localScaleM(lat0);
  const frame: GraphFrame = { lon0, lat0, kx: scale.kx, ky: scale.ky };
  const toX = (lon: number) => (lon - lon0) * frame.kx;
  const toY = (lat: number) => (lat - lat0) * frame.ky;

  // 2. Points (every vertex; crossings are added later) and a union-find over them.
  const px: number[] = [], py: number[] = [], plon: number[] = [], plat: number[] = [];
  const parent: number[] = [];
  const addPoint = (lon: number, lat: number) => {
    plon.push(lon);
    plat.push(lat);
    px.push(toX(lon));
    py.push(toY(lat));
    parent.push(parent.length);
    return parent.length - 1;
  };
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  };
  const union = (a: number, b: number) => {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byCoordinate = new Map<string, number>();
  const lines: Line[] = rawLines.map(({ feature, coords, props }) => {
    const cls = String(props.class ?? '');
    const separated = cls === 'expressway' ? 'expressway' : isYes(props.bridge) ? 'bridge' : isYes(props.tunnel) ? 'tunnel' : null;
    const points = coords.map((c) => {
      const p = addPoint(+c[0], +c[1]);
      const key = `${+c[0]},${+c[1]}`;
      const shared = byCoordinate.get(key);
      if (shared === undefined) byCoordinate.set(key, p);
      else union(p, shared);
      return p;
    });
    return { feature, cls, direction: directionOf(props.oneway), separated, points };
  });

  // Segments: line l, vertex k → k+1.
  const segLine: number[] = [], segK: number[] = [];
  lines.forEach((line, l) => {
    for (let k = 0; k + 1 < line.points.length; k++) {
      segLine.push(l);
      segK.push(k);
    }
  });
  const segCount = segLine.length;
  const segA = (s: number) => lines[segLine[s]].points[segK[s]];
  const segB = (s: number) => lines[segLine[s]].points[segK[s] + 1];
  let segIndex: Flatbush | null = null;
  if (segCount > 0) {
    segIndex = new Flatbush(segCount);
    for (let s = 0; s < segCount; s++) {
      const a = segA(s), b = segB(s);
      segIndex.add(Math.min(px[a], px[b]), Math.min(py[a], py[b]), Math.max(px[a], px[b]), Math.max(py[a], py[b]));
    }
    segIndex.finish();
  }
  const interchanges: number[] = [];
  for (let i = 0; i < interchangesLonLat.length; i += 2) interchanges.push(toX(interchangesLonLat[i]), toY(interchangesLonLat[i + 1]));
  const nearInterchange = (x: number, y: number) => {
    for (let i = 0; i < interchanges.length; i += 2) {
      if (Math.hypot(interchanges[i] - x, interchanges[i + 1] - y) <= interchangeRadiusM) return true;
    }
    return false;
  };
  const connects = (la: Line, lb: Line, x: number, y: number) => (la.separated === null && lb.separated === null) || nearInterchange(x, y);

  // Split points inserted into segments: segment → [t, point].
  const splits = new Map<number, [number, number][]>();
  const addSplit = (s: number, t: number, p: number) => {
    const list = splits.get(s);
    if (list) list.push([t, p]);
    else splits.set(s, [[t, p]]);
  };
  const separatedCrossings: SeparatedCrossing[] = [];
  const fromX = (x: number) => lon0 + x / frame.kx;
  const fromY = (y: number) => lat0 + y / frame.ky;

  // 3. Line ends within snapM of another line: join its vertex, or split its segment (a T-junction).
  lines.forEach((line, l) => {
    for (const e of [line.points[0], line.points[line.points.length - 1]]) {
      if (!segIndex) break;
      const x = px[e], y = py[e];
      let best = Infinity, bestS = -1, bestT = 0;
      for (const s of segIndex.search(x - snapM, y - snapM, x + snapM, y + snapM)) {
        if (segLine[s] === l) continue;
        const a = segA(s), b = segB(s);
        if (find(a) === find(e) || find(b) === find(e)) { best = -1; break; } // already joined here
        const dx = px[b] - px[a], dy = py[b] - py[a];
        const len2 = dx * dx + dy * dy;
        const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - px[a]) * dx + (y - py[a]) * dy) / len2)) : 0;
        const d = Math.hypot(px[a] + t * dx - x, py[a] + t * dy - y);
        if (d < best) { best = d; bestS = s; bestT = t; }
      }
      if (best < 0 || bestS < 0 || best > snapM) continue;
      const a = segA(bestS), b = segB(bestS);
      const da = Math.hypot(px[a] - x, py[a] - y), db = Math.hypot(px[b] - x, py[b] - y);
      if (Math.min(da, db) <= snapM) union(e, da <= db ? a : b);
      else if (connects(line, lines[segLine[bestS]], x, y)) addSplit(bestS, bestT, e);
    }
  });

  // 4. Crossings: a node when at grade, otherwise listed (once, though a crossing at a vertex meets two segments).
  const seenCrossings = new Set<string>();
  for (let s = 0; s < segCount && segIndex; s++) {
    const a = segA(s), b = segB(s);
    const ax = px[a], ay = py[a], bx = px[b], by = py[b];
    for (const r of segIndex.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by))) {
      if (r <= s || segLine[r] === segLine[s]) continue;
      const c = segA(r), d = segB(r);
      const cx = px[c], cy = py[c], dx = px[d], dy = py[d];
      const den = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
      if (den === 0) continue;
      const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / den;
      const u = ((cx - ax) * (by - ay) - (cy - ay) * (bx - ax)) / den;
      if (t < 0 || t > 1 || u < 0 || u > 1) continue;
      const x = ax + t * (bx - ax), y = ay + t * (by - ay);
      // At (or within snapping distance of) a vertex, that vertex is the segment's node; else the segment is split.
      const vertexNear = (p: number, q: number) => {
        const dp = Math.hypot(px[p] - x, py[p] - y), dq = Math.hypot(px[q] - x, py[q] - y);
        return Math.min(dp, dq) <= snapM ? (dp <= dq ? p : q) : -1;
      };
      const vs = vertexNear(a, b), vr = vertexNear(c, d);
      if (vs >= 0 && vr >= 0 && find(vs) === find(vr)) continue; // already joined (a shared or snapped vertex)
      const la = lines[segLine[s]], lb = lines[segLine[r]];
      if (connects(la, lb, x, y)) {
        const p = vs >= 0 ? vs : vr >= 0 ? vr : addPoint(fromX(x), fromY(y));
        if (vs < 0) addSplit(s, t, p);
        else union(vs, p);
        if (vr < 0) addSplit(r, u, p);
        else union(vr, p);
      } else if (!seenCrossings.has(`${la.feature}:${lb.feature}:${Math.round(x)}:${Math.round(y)}`)) {
        seenCrossings.add(`${la.feature}:${lb.feature}:${Math.round(x)}:${Math.round(y)}`);
        separatedCrossings.push({ lon: fromX(x), lat: fromY(y), featureA: la.feature, featureB: lb.feature, why: (la.separated ?? lb.separated)! });
      }
    }
  }

  // 5. Nodes (one per joined point) and edges along each segment through its split points.
  const nodeOf = new Int32Array(parent.length).fill(-1);
  const nodeLon: number[] = [], nodeLat: number[] = [];
  const node = (p: number) => {
    const root = find(p);
    if (nodeOf[root] < 0) {
      nodeOf[root] = nodeLon.length;
      nodeLon.push(plon[root]);
      nodeLat.push(plat[root]);
    }
    return nodeOf[root];
  };
  const classes: string[] = [];
  const classIndex = new Map<string, number>();
  const eFrom: number[] = [], eTo: number[] = [], eLen: number[] = [], eClass: number[] = [], eDir: number[] = [], eFeature: number[] = [];
  for (let s = 0; s < segCount; s++) {
    const line = lines[segLine[s]];
    let ci = classIndex.get(line.cls);
    if (ci === undefined) {
      ci = classes.length;
      classes.push(line.cls);
      classIndex.set(line.cls, ci);
    }
    const chain = [segA(s), ...(splits.get(s) ?? []).sort((p, q) => p[0] - q[0]).map(([, p]) => p), segB(s)].map(node);
    for (let k = 0; k + 1 < chain.length; k++) {
      const from = chain[k], to = chain[k + 1];
      if (from === to) continue;
      const mid = localScaleM((nodeLat[from] + nodeLat[to]) / 2);
      eFrom.push(from);
      eTo.push(to);
      eLen.push(Math.hypot((nodeLon[to] - nodeLon[from]) * mid.kx, (nodeLat[to] - nodeLat[from]) * mid.ky));
      eClass.push(ci);
      eDir.push(line.direction);
      eFeature.push(line.feature);
    }
  }
  const nodeCount = nodeLon.length;
  const edgeCount = eFrom.length;
  const nodeEdgeStarts = new Uint32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    nodeEdgeStarts[eFrom[e] + 1]++;
    nodeEdgeStarts[eTo[e] + 1]++;
  }
  for (let n = 0; n < nodeCount; n++) nodeEdgeStarts[n + 1] += nodeEdgeStarts[n];
  const fill = nodeEdgeStarts.slice(0, nodeCount);
  const nodeEdges = new Uint32Array(2 * edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    nodeEdges[fill[eFrom[e]]++] = e;
    nodeEdges[fill[eTo[e]]++] = e;
  }
  let edgeIndex: Flatbush | null = null;
  if (edgeCount > 0) {
    edgeIndex = new Flatbush(edgeCount);
    for (let e = 0; e < edgeCount; e++) {
      const a = eFrom[e], b = eTo[e];
      edgeIndex.add(Math.min(nodeLon[a], nodeLon[b]), Math.min(nodeLat[a], nodeLat[b]), Math.max(nodeLon[a], nodeLon[b]), Math.max(nodeLat[a], nodeLat[b]));
    }
    edgeIndex.finish();
  }
  return {
    nodeCount,
    nodeLon: Float64Array.from(nodeLon),
    nodeLat: Float64Array.from(nodeLat),
    edgeCount,
    edgeFrom: Uint32Array.from(eFrom),
    edgeTo: Uint32Array.from(eTo),
    edgeLengthM: Float64Array.from(eLen),
    edgeClass: Uint16Array.from(eClass),
    classes,
    edgeDirection: Uint8Array.from(eDir),
    edgeFeature: Uint32Array.from(eFeature),
    nodeEdgeStarts,
    nodeEdges,
    edgeIndex,
    frame,
    separatedCrossings,
    snapM,
  };
}
