// The grid a measuring run walks: parcels grouped into cells of ~24 (by their bbox centre), so each
// cell's source candidates are searched once and shared by its parcels.
import type { PackedParcels } from '../packParcels.ts';

const PARCELS_PER_CELL = 24;
const MAX_CELL_DEG = 0.0135;

export interface CellGrid {
  /** Columns and rows; cell number c is at row ⌊c / nx⌋ (row-major). */
  nx: number;
  ny: number;
  /** Parcel numbers grouped by cell: cell c's are order[cellStarts[c]] … order[cellStarts[c + 1] − 1]. */
  order: Uint32Array;
  cellStarts: Uint32Array;
  /** The cells that hold parcels, in row-major order (the order a run measures them in). */
  nonEmpty: number[];
  /** Parcels with no usable geometry (no finite bbox): in no cell. */
  unplaced: number[];
}

/** The grid over the valid parcels' bbox centres: cells of ~24 parcels, no wider than ~1.5 km. */
export function buildCellGrid(parcels: PackedParcels): CellGrid {
  const n = parcels.count;
  const { bbox } = parcels;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  let valid = 0;
  for (let p = 0; p < n; p++) {
    const cx = (bbox[4 * p] + bbox[4 * p + 2]) / 2;
    const cy = (bbox[4 * p + 1] + bbox[4 * p + 3]) / 2;
    if (!Number.isFinite(cx)) continue;
    valid++;
    if (cx < minX) minX = cx;
    if (cy < minY) minY = cy;
    if (cx > maxX) maxX = cx;
    if (cy > maxY) maxY = cy;
  }
  const wantCells = Math.max(1, Math.ceil(valid / PARCELS_PER_CELL));
  const w = Math.max(maxX - minX, 1e-9);
  const h = Math.max(maxY - minY, 1e-9);
  // Cells of ~24 parcels, but no wider than ~1.5 km: the candidate band of a cell grows with its size.
  const cellSize = Math.min(Math.sqrt((w * h) / wantCells) || 1, MAX_CELL_DEG);
  const nx = Math.max(1, Math.min(2048, Math.ceil(w / cellSize)));
  const ny = Math.max(1, Math.min(2048, Math.ceil(h / cellSize)));
  const cellOf = new Int32Array(n).fill(-1);
  const cellStarts = new Uint32Array(nx * ny + 1);
  const unplaced: number[] = [];
  for (let p = 0; p < n; p++) {
    const cx = (bbox[4 * p] + bbox[4 * p + 2]) / 2;
    const cy = (bbox[4 * p + 1] + bbox[4 * p + 3]) / 2;
    if (!Number.isFinite(cx)) {
      unplaced.push(p);
      continue;
    }
    const ix = Math.min(nx - 1, Math.floor(((cx - minX) / w) * nx));
    const iy = Math.min(ny - 1, Math.floor(((cy - minY) / h) * ny));
    const c = iy * nx + ix;
    cellOf[p] = c;
    cellStarts[c + 1]++;
  }
  for (let c = 0; c < nx * ny; c++) cellStarts[c + 1] += cellStarts[c];
  const order = new Uint32Array(valid);
  const fill = cellStarts.slice(0, nx * ny);
  for (let p = 0; p < n; p++) {
    const c = cellOf[p];
    if (c >= 0) order[fill[c]++] = p;
  }
  const nonEmpty: number[] = [];
  for (let c = 0; c < nx * ny; c++) if (cellStarts[c + 1] > cellStarts[c]) nonEmpty.push(c);
  return { nx, ny, order, cellStarts, nonEmpty, unplaced };
}
