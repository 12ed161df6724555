// A cadastre layer's loaded data (the store's `layerData` for a layer whose source is `packed-file`): the parcels
// packed into typed arrays, the mesh the map draws, and the file they came from. No GeoJSON feature is kept: a
// feature's columns are read from the file when asked for (the attribute panel, the ranking's top rows).
import type { ParcelMesh } from '../domain/geo/buildParcelMesh.ts';
import type { FlatGeobufInfo } from '../domain/import/packFlatGeobuf.ts';
import type { PackedParcels } from '../domain/scoring/packParcels.ts';
import type { ParcelsInTransit } from '../domain/scoring/parcelsInTransit.ts';

export interface PackedLayerData {
  status: 'packed';
  parcels: PackedParcels;
  mesh: ParcelMesh;
  /** The opened file (a handle: its bytes stay on disk) and the byte offset of each feature in it. */
  file: Blob & { name: string };
  featureOffsets: Float64Array;
  info: FlatGeobufInfo;
  /**
   * The scoring worker's copy of the parcels (made in the import worker), waiting to be moved there: the first
   * send takes it (`transit` becomes null) and the worker keeps it for every later send. Only after the scoring
   * worker crashed is a copy made here again (scoringSession.ts).
   */
  scoringCopy: { transit: ParcelsInTransit | null };
}
