// The per-cell view every measure works on (see measureCell.ts): a grid cell's parcels in the cell's
// local metric frame, and buffers reused from cell to cell (one set per measuring run, no module state).
import type { LocalScaleDrift } from '../../geo/localScaleDrift.ts';
import type { PackedParcels } from '../packParcels.ts';
import type { CellScratch } from './cellScratch.ts';

/** A box in degrees or in a cell frame's metres: x0, y0, x1, y1. */
export type Box = [number, number, number, number];
/** A cell's local metric frame: metres east and north of (lon0, lat0), WGS84 scale factors at lat0. */
export interface Frame {
  lon0: number;
  lat0: number;
  kx: number;
  ky: number;
  /** The scale factors north and south of lat0, relative to kx, ky (see localScaleDrift). */
  drift: LocalScaleDrift;
}
/** What a measure receives for one grid cell: its parcels in the cell frame and the run's reused buffers. */
export interface CellGeometry {
  /** The cell's parcels, numbered 0 … count−1 (see CellParcels). */
  parcels: PackedParcels;
  /** Their vertices in the cell frame (metres), same layout as parcels.coords. */
  local: Float64Array;
  frame: Frame;
  cellBox: Box;
  /** 0 … count−1: the cell's parcel numbers, to loop over. */
  cellParcels: Uint32Array;
  scratch: CellScratch;
  /** Where parcelSegmentDistanceSq / parcelPointDistanceSq found their minimum (see NearestEdge). */
  nearestEdge: NearestEdge;
  /** Grid cell number and row (cells are measured in row-major order). */
  cellIndex: number;
  cellRow: number;
}

/**
 * The parcel edge (vertex j → vertex i) where parcelSegmentDistanceSq / parcelPointDistanceSq found their
 * minimum (written there, no allocation per call; unset when they return 0). One per measuring run.
 */
export interface NearestEdge {
  j: number;
  i: number;
}
