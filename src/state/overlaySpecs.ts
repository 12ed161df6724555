// What a feature panel asks the map to draw over the project layers, as plain data (no deck.gl
// objects): the store keeps these, `src/map/buildOverlayLayers` turns them into deck.gl layers.
// Large arrays (geometry, scores) are passed by reference: while one keeps its identity, the map keeps
// its GPU buffers.
import type { Feature, FeatureCollection, Geometry, LineString, Polygon } from 'geojson';
import type { HighlightKind, HighlightProperties } from '../domain/reserved_land/types.ts';
import type { ParcelMesh } from '../domain/geo/buildParcelMesh.ts';
import type { PackedParcels } from '../domain/scoring/packParcels.ts';
import type { ScoreLayerValues } from '../domain/slides/meetingPackage.ts';

/**
 * The score layer (a project layer whose source is the scoring result, see `isDerivedLayer`): the data it is
 * rebuilt from, kept in the store beside the loaded layers and drawn in the layer order by
 * `src/map/buildScoreLayers`. Every candidate layer coloured by score class (or by P(top k)), excluded parcels
 * hatched, the top N labelled with their rank and the compared sites outlined and lettered A–D.
 */
export interface ScoreLayerSpec extends ScoreLayerValues {
  kind: 'score-layer';
  /** The candidate layers' own collections (same identity as the loaded layer data). */
  candidateLayers: { id: string; data: FeatureCollection }[];
  /** The best parcels, best first, as the scoring worker sends them (topRankedIndices to TOP_RANKED_LIMIT); absent: scanned from `ranks`. */
  topRanked?: number[];
  /** A cadastre scored from typed arrays (then `candidateLayers` is empty): drawn from its mesh, parcel index = feature index. */
  packedLayer?: {
    id: string;
    mesh: ParcelMesh;
    parcels: PackedParcels;
    /** The score colours per mesh vertex, painted in the scoring worker (paintParcelVertices). */
    vertexColors?: Uint8Array;
  };
}

/** The selected project of the reserved-land audit: its boundary, reserved parcels and failing parts. */
export interface AuditOverlaySpec {
  kind: 'audit';
  highlights: Feature<Geometry, HighlightProperties>[];
  /** Kinds the user has hidden in the legend. */
  hiddenKinds: HighlightKind[];
}

/** A site just drawn on the map (not yet kept in a layer). */
export interface DrawnSiteOverlaySpec {
  kind: 'drawn-site';
  feature: Feature<Polygon>;
}

/** The Targets tab's commune/ward choropleth: each commune filled by its class, the picked one outlined. */
export interface ChoroplethOverlaySpec {
  kind: 'choropleth';
  /** The communes' polygons (same identity while the admin layer is the same: the geometry is kept). */
  communes: FeatureCollection;
  /** The class of each commune (an index into `colors`), in feature order. */
  classIndex: number[];
  /** Each class's fill, CSS hex (src/map/choroplethColors.ts). */
  colors: string[];
  /** The commune picked in the table (feature index), -1 for none. */
  highlight: number;
  /** Changes whenever the classes or colours change: the fills are recomputed, the geometry is not. */
  version: number;
}

/** Isochrones from one place (the Travel tab): the ground and the road pieces of each band, and the place. */
export interface IsochroneOverlaySpec {
  kind: 'isochrones';
  bandsMin: number[];
  ground: Feature<Polygon, { band_min: number }>[];
  roads: Feature<LineString, { band_min: number }>[];
  origin: Geometry;
}

/** The road graph's problems (the Travel tab), one marker each; `selected` is drawn larger. */
export interface GraphProblemsOverlaySpec {
  kind: 'graph-problems';
  problems: { kind: 'disconnected_part' | 'dangling_end' | 'crossing_without_node'; lon: number; lat: number }[];
  selected: number | null;
}

export type OverlaySpec = AuditOverlaySpec | DrawnSiteOverlaySpec | ChoroplethOverlaySpec | IsochroneOverlaySpec | GraphProblemsOverlaySpec;
