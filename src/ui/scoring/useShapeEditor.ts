// Edits one polygon on the MapLibre map with terra-draw's select mode: drag a vertex, drag an edge
// midpoint to add a vertex, right-click a vertex to delete it. Every change is reported at once.
// It runs in the map's one drawing slot (MapController.startDrawing): drawing a new site ends it.
import { useEffect, useRef, useState } from 'react';
import type { Polygon } from 'geojson';
import { TerraDrawPolygonMode, TerraDrawSelectMode } from 'terra-draw';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { MapController } from '../../map/MapController.ts';
import { EDIT_PRECISION } from './checkEditableShape.ts';
import { msg } from '../../i18n/message.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';

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
  controller: MapController | null,
  initial: Polygon | null,
  onChange: (shape: Polygon) => void,
  onEnd: (reason: LocalText | null) => void,
): ShapeEditor {
  const current = useRef<Polygon | null>(initial);
  const callbacks = useRef({ onChange, onEnd });
  const session = useRef<{ stop: () => void } | null>(null);
  // Bumped when a style update removed the editor's layers.
  const [restarts, setRestarts] = useState(0);
  useEffect(() => {
    callbacks.current = { onChange, onEnd };
  });
  useEffect(() => {
    current.current = initial;
  }, [initial]);

  useEffect(() => {
    if (!controller || !initial) return;
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
    // A style update that removed the editor's layers restarts the session with the current shape.
    const { draw, stop } = controller.startDrawing({
      modes: [new TerraDrawPolygonMode(), select],
      prefixId: 'noxh-edit',
      coordinatePrecision: EDIT_PRECISION,
      onEnd: () => callbacks.current.onEnd(null),
      onLayersLost: () => setRestarts((n) => n + 1),
    });
    session.current = { stop };
    draw.setMode('select');
    const id = draw.getFeatureId();
    const [added] = draw.addFeatures([{ id, type: 'Feature', geometry: current.current ?? initial, properties: { mode: 'polygon' } }]);
    if (!added?.valid) {
      stop();
      callbacks.current.onEnd(renderBoth(msg('shape.not-drawn', { reason: added?.reason ?? '' })));
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
    return stop;
  }, [controller, initial, restarts]);

  return { stop: () => session.current?.stop() };
}
