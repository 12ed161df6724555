// Edits one polygon on the MapLibre map with terra-draw's select mode: drag a vertex, drag an edge
// midpoint to add a vertex, right-click a vertex to delete it. Every change is reported at once.
// Only one terra-draw session runs on the map at a time (drawing a new site or editing a shape).
import { useEffect, useRef, useState } from 'react';
import type { Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { TerraDraw, TerraDrawPolygonMode, TerraDrawSelectMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import { EDIT_PRECISION } from './checkEditableShape.ts';

let endOtherSession: (() => void) | null = null;

/**
 * Takes the map's single terra-draw slot: the session holding it is told to end (`end` is how this
 * one is told later). Returns the release to call when this session stops.
 */
export function claimMapDrawing(end: () => void): () => void {
  const previous = endOtherSession;
  endOtherSession = end;
  if (previous && previous !== end) previous();
  return () => {
    if (endOtherSession === end) endOtherSession = null;
  };
}

const PREFIX = 'noxh-edit';
const SOURCES = ['point', 'linestring', 'polygon'].map((k) => `${PREFIX}-${k}`);
const LAYERS: [string, string, 'circle' | 'symbol' | 'line' | 'fill'][] = [
  [`${PREFIX}-point`, `${PREFIX}-point`, 'circle'],
  [`${PREFIX}-point-marker`, `${PREFIX}-point`, 'symbol'],
  [`${PREFIX}-linestring`, `${PREFIX}-linestring`, 'line'],
  [`${PREFIX}-polygon`, `${PREFIX}-polygon`, 'fill'],
  [`${PREFIX}-polygon-outline`, `${PREFIX}-polygon`, 'line'],
];

/**
 * The app's style updates (a diff) drop layers they do not know, such as terra-draw's. The adapter
 * removes its layers when it stops and MapLibre reports a missing one as an error, so put empty
 * stand-ins back first.
 */
function restoreMissingLayers(map: MapLibreMap): void {
  for (const id of SOURCES) if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  for (const [id, source, type] of LAYERS) if (!map.getLayer(id)) map.addLayer({ id, source, type } as Parameters<MapLibreMap['addLayer']>[0]);
}

const BLUE = '#0b5cad';
const ORANGE = '#e8590c';

export interface ShapeEditor {
  /** Ends the session now (idempotent); also happens when `initial` becomes null or on unmount. */
  stop(): void;
}

/**
 * While `initial` is a polygon, it is editable on the map; `onChange` gets each edited shape.
 * `onEnd` is called when the session ends from outside (another drawing took the map) or cannot start.
 */
export function useShapeEditor(
  map: MapLibreMap | undefined,
  initial: Polygon | null,
  onChange: (shape: Polygon) => void,
  onEnd: (reason: LocalText | null) => void,
): ShapeEditor {
  const current = useRef<Polygon | null>(initial);
  const callbacks = useRef({ onChange, onEnd });
  const session = useRef<{ stop: () => void } | null>(null);
  // Bumped when a style update removed the editor's layers: the session restarts with the current shape.
  const [restarts, setRestarts] = useState(0);
  useEffect(() => {
    callbacks.current = { onChange, onEnd };
  });
  useEffect(() => {
    current.current = initial;
  }, [initial]);

  useEffect(() => {
    if (!map || !initial) return;
    const select = new TerraDrawSelectMode({
      flags: {
        polygon: {
          feature: {
            draggable: false,
            // A crossing edit is allowed on the map and refused at save, with a message saying why.
            selfIntersectable: true,
            coordinates: { draggable: true, midpoints: true, deletable: true },
          },
        },
      },
      keyEvents: { deselect: null, delete: null, rotate: null, scale: null },
      allowManualDeselection: false,
      styles: {
        selectedPolygonColor: BLUE,
        selectedPolygonFillOpacity: 0.12,
        selectedPolygonOutlineColor: BLUE,
        selectedPolygonOutlineWidth: 3,
        selectionPointColor: '#ffffff',
        selectionPointOutlineColor: BLUE,
        selectionPointWidth: 6,
        selectionPointOutlineWidth: 2,
        midPointColor: ORANGE,
        midPointOutlineColor: '#ffffff',
        midPointWidth: 4,
        midPointOutlineWidth: 1,
      },
    });
    const draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: PREFIX, coordinatePrecision: EDIT_PRECISION }),
      modes: [new TerraDrawPolygonMode(), select],
    });
    let stopped = false;
    const onStyleData = () => {
      if (!stopped && !map.getSource(`${PREFIX}-polygon`)) setRestarts((n) => n + 1);
    };
    const stop = () => {
      if (stopped) return;
      stopped = true;
      map.off('styledata', onStyleData);
      release();
      restoreMissingLayers(map);
      draw.stop();
    };
    const release = claimMapDrawing(() => {
      stop();
      callbacks.current.onEnd(null);
    });
    session.current = { stop };
    draw.start();
    draw.setMode('select');
    const id = draw.getFeatureId();
    const [added] = draw.addFeatures([{ id, type: 'Feature', geometry: current.current ?? initial, properties: { mode: 'polygon' } }]);
    if (!added?.valid) {
      stop();
      callbacks.current.onEnd({ vi: `Hình dạng không đưa lên bản đồ được: ${added?.reason ?? ''}`, en: `The shape could not be put on the map: ${added?.reason ?? ''}` });
      return;
    }
    draw.selectFeature(id);
    draw.on('change', (ids) => {
      if (!ids.includes(id)) return;
      const snapshot = draw.getSnapshotFeature(id);
      if (snapshot?.geometry.type !== 'Polygon') return;
      const shape: Polygon = { type: 'Polygon', coordinates: snapshot.geometry.coordinates as Polygon['coordinates'] };
      current.current = shape;
      callbacks.current.onChange(shape);
    });
    map.on('styledata', onStyleData);
    return stop;
  }, [map, initial, restarts]);

  return { stop: () => session.current?.stop() };
}
