// A cadastre's parcels (a ParcelMesh of typed arrays) as deck.gl layers with binary attributes: the fill is a
// SolidPolygonLayer over the mesh's positions with its own triangles (`_normalize: false`, no per-feature
// object, no tessellation on the map thread), the outlines a PathLayer over the same positions (rings are
// stored closed). One polygon per parcel, so a pick's index is the parcel's index. Colours come from an
// accessor over the score arrays (deck.gl fills its per-vertex colour buffer; `updateTriggers` re-colour
// without touching the geometry). The binary `data` objects are cached per mesh: same identity, same GPU buffers.
import type { Layer } from '@deck.gl/core';
import { PathLayer, SolidPolygonLayer } from '@deck.gl/layers';
import type { ParcelMesh } from '../domain/geo/buildParcelMesh.ts';
import type { Rgba } from './scoreColors.ts';

interface BinaryData {
  length: number;
  startIndices: Uint32Array;
  attributes: Record<string, { value: ArrayBufferView; size: number }>;
}

const fillData = new WeakMap<ParcelMesh, BinaryData>();
const outlineData = new WeakMap<ParcelMesh, BinaryData>();

function fillOf(mesh: ParcelMesh): BinaryData {
  let data = fillData.get(mesh);
  if (!data) {
    data = {
      length: mesh.count,
      startIndices: mesh.parcelStarts,
      attributes: {
        getPolygon: { value: mesh.positions, size: 2 },
        indices: { value: mesh.indices, size: 1 },
        // Named so deck.gl's tessellator does not allocate its own copy of every vertex (V × 3 doubles, 240 MB at
        // 2M parcels) that it never fills when the triangles are given: it skips arrays the data already has.
        positions: { value: mesh.positions, size: 2 },
      },
    };
    fillData.set(mesh, data);
  }
  return data;
}

function outlinesOf(mesh: ParcelMesh): BinaryData {
  let data = outlineData.get(mesh);
  if (!data) {
    data = { length: mesh.ringStarts.length - 1, startIndices: mesh.ringStarts, attributes: { getPath: { value: mesh.positions, size: 2 } } };
    outlineData.set(mesh, data);
  }
  return data;
}

export interface PackedParcelStyle {
  /** Layer id prefix: the project layer's id (a pick's `layerId`). */
  id: string;
  /** Suffix of the fill layer's id (`parcels` for the base layer, `score` for the score layer). */
  suffix: string;
  visible: boolean;
  /** A fixed fill, or one per parcel index (written into `target` to allocate nothing). */
  fill: Rgba | ((index: number) => Rgba);
  /** Changes when `fill`'s colours change. */
  fillTrigger?: unknown;
  line: Rgba;
  /** The map zoom: outlines only from OUTLINE_MIN_ZOOM, where a parcel is a few pixels wide. */
  zoom: number;
}

/**
 * Parcels of 40–150 m are under 10 px below zoom 15: their outlines would only grey the fill, and a million
 * outline segments cost the GPU (and software WebGL) more than the fill itself.
 */
export const OUTLINE_MIN_ZOOM = 15;

export function buildPackedParcelLayers(mesh: ParcelMesh, style: PackedParcelStyle): Layer[] {
  const { fill } = style;
  const getFillColor = typeof fill === 'function' ? (_: unknown, { index }: { index: number }) => fill(index) : fill;
  const layers: Layer[] = [
    new SolidPolygonLayer({
      id: `${style.id}:${style.suffix}`,
      data: fillOf(mesh) as never,
      _normalize: false,
      positionFormat: 'XY',
      visible: style.visible,
      pickable: true,
      filled: true,
      getFillColor: getFillColor as never,
      updateTriggers: { getFillColor: style.fillTrigger },
      autoHighlight: true,
      highlightColor: [0, 229, 255, 140],
    }),
  ];
  // Created only when shown: below that zoom a cadastre's outline buffers would take memory and time for nothing.
  if (style.zoom < OUTLINE_MIN_ZOOM) return layers;
  layers.push(
    new PathLayer({
      id: `${style.id}:${style.suffix}-outlines`,
      data: outlinesOf(mesh) as never,
      // The rings are stored closed: each path is drawn as it is.
      _pathType: 'open',
      positionFormat: 'XY',
      visible: style.visible,
      pickable: false,
      getColor: style.line,
      getWidth: 1,
      widthUnits: 'pixels',
    }),
  );
  return layers;
}
