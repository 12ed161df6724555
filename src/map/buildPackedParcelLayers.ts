// A cadastre's parcels (a ParcelMesh of typed arrays) as deck.gl layers with binary attributes: the fill is a
// SolidPolygonLayer over the mesh's positions with its own triangles (`_normalize: false`, no per-feature
// object, no tessellation on the map thread), the outlines a PathLayer over the same positions (rings are
// stored closed). One polygon per parcel, so a pick's index is the parcel's index. Every array is given in the
// layout deck.gl uploads as it is (float32 positions, the parcel of each vertex as its `rowIndexes`, RGBA bytes
// per vertex for the score colours): at 2M parcels deck.gl's own conversions held the page for seconds. A new
// colouring is a new `data` object over the same arrays, and `dataComparator` tells deck.gl the geometry is the
// same: only the colour buffer is uploaded again. Excluded parcels come marked and are hatched by the GPU
// (hatchMarkedFill.ts). The binary `data` objects are cached per mesh (and per colours): same identity, same buffers.
// The positions are float32 Web Mercator offsets from the mesh's origin (buildParcelMesh.ts), drawn with
// COORDINATE_SYSTEM.CARTESIAN and the origin as `coordinateOrigin`: about 1 cm off, where float32 lon/lat was 0.4 m.
import { COORDINATE_SYSTEM, type Layer } from '@deck.gl/core';
import { PathLayer, SolidPolygonLayer } from '@deck.gl/layers';
import type { ParcelMesh } from '../domain/geo/buildParcelMesh.ts';
import { MarkedHatchExtension } from './hatchMarkedFill.ts';
import type { Rgba } from './scoreColors.ts';
import { createIdentityNumbers } from '../state/createIdentityNumbers.ts';

interface BinaryData {
  length: number;
  startIndices: Uint32Array;
  attributes: Record<string, { value: ArrayBufferView; size: number; normalized?: boolean }>;
}

const fillData = new WeakMap<ParcelMesh, BinaryData>();
const colouredData = new WeakMap<Uint8Array, { mesh: ParcelMesh; data: BinaryData }>();
const meshOfData = new WeakMap<BinaryData, ParcelMesh>();
const outlineData = new WeakMap<ParcelMesh, BinaryData>();

function fillOf(mesh: ParcelMesh): BinaryData {
  let data = fillData.get(mesh);
  if (!data) {
    const positions = { value: mesh.positions, size: 2 };
    data = {
      length: mesh.count,
      startIndices: mesh.parcelStarts,
      attributes: {
        getPolygon: positions,
        // The object deck.gl's tessellator would set here itself (the positions as given): set beforehand, so a
        // re-coloured copy of these attributes has it too and deck.gl never looks for positions of its own.
        vertexPositions: positions,
        indices: { value: mesh.indices, size: 1 },
        // Named so deck.gl's tessellator does not allocate its own copy of every vertex (V × 3 doubles, 240 MB at
        // 2M parcels) that it never fills when the triangles are given: it skips arrays the data already has.
        positions: { value: mesh.positions, size: 2 },
        // The picking row of each vertex, which deck.gl would otherwise fill through an accessor, vertex by vertex.
        rowIndexes: { value: mesh.vertexParcels, size: 1 },
      },
    };
    fillData.set(mesh, data);
    meshOfData.set(data, mesh);
  }
  return data;
}

/** The fill data with per-vertex colours: the same geometry arrays (the same objects), one more attribute. */
function colouredOf(mesh: ParcelMesh, colors: Uint8Array): BinaryData {
  const cached = colouredData.get(colors);
  if (cached?.mesh === mesh) return cached.data;
  const base = fillOf(mesh);
  const data = { ...base, attributes: { ...base.attributes, getFillColor: { value: colors, size: 4, normalized: true } } };
  colouredData.set(colors, { mesh, data });
  meshOfData.set(data, mesh);
  return data;
}

/** Two fill data are the same geometry when they are over the same mesh (their colours may differ). */
const sameMesh = (a: unknown, b: unknown) => a !== undefined && meshOfData.get(a as BinaryData) === meshOfData.get(b as BinaryData);

function outlinesOf(mesh: ParcelMesh): BinaryData {
  let data = outlineData.get(mesh);
  if (!data) {
    data = { length: mesh.ringStarts.length - 1, startIndices: mesh.ringStarts, attributes: { getPath: { value: mesh.positions, size: 2 } } };
    outlineData.set(mesh, data);
  }
  return data;
}

const markedHatch = new MarkedHatchExtension();

const origins = new WeakMap<ParcelMesh, [number, number, number]>();
/** The mesh's origin as deck.gl's `coordinateOrigin` (one array per mesh: an unchanged prop across renders). */
function originOf(mesh: ParcelMesh): [number, number, number] {
  let origin = origins.get(mesh);
  if (!origin) {
    origin = [mesh.origin[0], mesh.origin[1], 0];
    origins.set(mesh, origin);
  }
  return origin;
}

/** A number naming a colour array (deck.gl compares a trigger's arrays element by element). */
const colorsKey = createIdentityNumbers<Uint8Array>();

export interface PackedParcelStyle {
  /** Layer id prefix: the project layer's id (a pick's `layerId`). */
  id: string;
  /** Suffix of the fill layer's id (`parcels` for the base layer, `score` for the score layer). */
  suffix: string;
  visible: boolean;
  /** A fixed fill, or RGBA bytes per mesh vertex (meshVertexColors; excluded parcels marked to be hatched). */
  fill: Rgba | Uint8Array;
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
  const perVertex = fill instanceof Uint8Array;
  const layers: Layer[] = [
    new SolidPolygonLayer({
      id: `${style.id}:${style.suffix}`,
      data: (perVertex ? colouredOf(mesh, fill) : fillOf(mesh)) as never,
      dataComparator: sameMesh as never,
      _normalize: false,
      positionFormat: 'XY',
      coordinateSystem: COORDINATE_SYSTEM.CARTESIAN,
      coordinateOrigin: originOf(mesh),
      visible: style.visible,
      pickable: true,
      filled: true,
      // With per-vertex colours in the data this constant is not used (the binary attribute wins).
      getFillColor: perVertex ? [0, 0, 0, 0] : fill,
      // A number, never the colours themselves: deck.gl compares triggers element by element (9 s for 56 MB).
      updateTriggers: { getFillColor: perVertex ? colorsKey(fill) : 0 },
      // Always there (a change of extensions rebuilds the layer's models): it only acts on marked colours.
      extensions: [markedHatch],
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
      coordinateSystem: COORDINATE_SYSTEM.CARTESIAN,
      coordinateOrigin: originOf(mesh),
      visible: style.visible,
      pickable: false,
      getColor: style.line,
      getWidth: 1,
      widthUnits: 'pixels',
    }),
  );
  return layers;
}
