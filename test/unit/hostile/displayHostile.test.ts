// Huge geometry is thinned for drawing only (issue 16, point 4): the layer's data stays exact.
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { DISPLAY_MAX_VERTICES, simplifyForDisplay } from '../../../src/domain/geo/simplifyForDisplay.ts';
import { twistedCircle } from '../../../scripts/testdata/makeHostileFiles.ts';

describe('simplifyForDisplay', () => {
  it('thins a million-vertex ring to the display limit, closed, and leaves the data and small parcels untouched', () => {
    const huge = twistedCircle(1_000_000);
    const small = twistedCircle(12);
    const data: FeatureCollection = { type: 'FeatureCollection', features: [small, huge] };
    const hugeRing = (huge.geometry as Polygon).coordinates[0];
    const display = simplifyForDisplay(data);
    expect(display).not.toBe(data);
    expect(display.features[0]).toBe(small);
    const ring = (display.features[1].geometry as Polygon).coordinates[0];
    expect(ring).toHaveLength(DISPLAY_MAX_VERTICES);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(display.features[1].properties).toBe(huge.properties);
    // The data is as it was.
    expect((data.features[1].geometry as Polygon).coordinates[0]).toBe(hugeRing);
    expect(hugeRing).toHaveLength(1_000_001);
  });

  it('returns the same object when nothing is huge (deck.gl keeps its buffers)', () => {
    const data: FeatureCollection = { type: 'FeatureCollection', features: [twistedCircle(100)] };
    expect(simplifyForDisplay(data)).toBe(data);
  });
});
