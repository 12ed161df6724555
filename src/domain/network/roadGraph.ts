// The road graph: nodes where lines meet (shared or snapped vertices, at-grade crossings, interchanges) and
// every other vertex, edges along the lines between them. Built by buildRoadGraph.ts from a transport layer;
// searched by findCostsToTargets.ts; its problems listed by findGraphProblems.ts.
import type Flatbush from 'flatbush';

/** Which ways an edge may be travelled: from → to, to → from, or both. */
export const FORWARD = 1;
export const BACKWARD = 2;

/** A metric frame for the graph's geometry tests: metres east/north of (lon0, lat0). */
export interface GraphFrame {
  lon0: number;
  lat0: number;
  kx: number;
  ky: number;
}

/** Two lines that cross without a node, because one is grade-separated (no interchange near the crossing). */
export interface SeparatedCrossing {
  lon: number;
  lat: number;
  /** The source feature numbers (in the features given to buildRoadGraph). */
  featureA: number;
  featureB: number;
  /** Why they do not connect: which of the two is an expressway, a bridge or a tunnel. */
  why: 'expressway' | 'bridge' | 'tunnel';
}

export interface RoadGraph {
  nodeCount: number;
  nodeLon: Float64Array;
  nodeLat: Float64Array;
  edgeCount: number;
  edgeFrom: Uint32Array;
  edgeTo: Uint32Array;
  /** Length along the ground (WGS84 scale factors at the segment's mid-latitude). */
  edgeLengthM: Float64Array;
  /** Index into `classes` (the source line's `class`; '' when it has none). */
  edgeClass: Uint16Array;
  classes: string[];
  /** FORWARD | BACKWARD bits (`oneway` yes → FORWARD only, -1 → BACKWARD only). */
  edgeDirection: Uint8Array;
  /** The source feature each edge comes from. */
  edgeFeature: Uint32Array;
  /** Node n's incident edges (each edge at both of its nodes): nodeEdges[nodeEdgeStarts[n] … nodeEdgeStarts[n+1]]. */
  nodeEdgeStarts: Uint32Array;
  nodeEdges: Uint32Array;
  /** R-tree over edge boxes in lon/lat, in edge order (null when there are no edges). */
  edgeIndex: Flatbush | null;
  frame: GraphFrame;
  separatedCrossings: SeparatedCrossing[];
  /** The snapping tolerance the graph was built with (m). */
  snapM: number;
}
