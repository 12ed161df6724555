import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { importFiles } from '../../../src/domain/import/importFiles.ts';
import { loadFixtures } from './_load.ts';

describe('KML / KMZ import', () => {
  it('reads a KMZ: placemarks with names, ExtendedData as properties, folder names kept, styles dropped', async () => {
    const result = await importFiles(loadFixtures('kcn.kmz'), { xmlParser: new DOMParser() });
    const [layer] = result.layers;
    expect(layer.sourceFormat).toBe('kmz');
    expect(layer.features.map((f) => f.properties?.name)).toEqual(['VSIP Quảng Ngãi', 'Cảng Dung Quất', 'Ga Quảng Ngãi']);
    expect(layer.features[0].properties).toEqual({ name: 'VSIP Quảng Ngãi', DienTich: '1226', Loai: 'KCN', folder: 'Khu công nghiệp' });
    expect(layer.features[0].geometry.type).toBe('Polygon');
    expect(layer.bbox).toEqual([108.73, 15.117, 108.791, 15.4]);
  });

  it('reports broken KML as an error note', async () => {
    const result = await importFiles([{ name: 'bad.kml', bytes: new TextEncoder().encode('<kml><Placemark><name>x</Placemark>') }]);
    expect(result.layers).toHaveLength(0);
    expect(result.notes[0]).toMatchObject({ level: 'error', code: 'kml-invalid' });
  });
});
