import { describe, expect, it } from 'vitest';
import { guessCrsFromCoordinates } from '../../../src/domain/projection/guessCrsFromCoordinates.ts';
import { messageText } from '../renderText.ts';

describe('guessCrsFromCoordinates', () => {
  it('eastings ~587 000 and northings ~1 672 000 (Quảng Ngãi city) → VN-2000 TM-3 108° first', () => {
    const guess = guessCrsFromCoordinates([580000, 1665000, 595000, 1680000]);
    expect(guess.units).toBe('metres');
    expect(guess.suggestions[0].crs.id).toBe('EPSG:5898');
    expect(guess.suggestions[0].swapped).toBe(false);
    expect(guess.suggestions[0].insideRegion).toBe(true);
    expect(messageText(guess.suggestions[0].reason, 'vi')).toContain('Quảng Ngãi');
    const [lon, lat] = guess.suggestions[0].centerLonLat;
    expect(lon).toBeCloseTo(108.81, 1);
    expect(lat).toBeCloseTo(15.12, 1);
    // Other meridians are offered, never degrees.
    expect(guess.suggestions.map((s) => s.crs.id)).toContain('EPSG:9216');
    expect(guess.suggestions.every((s) => !s.crs.isGeographic)).toBe(true);
  });

  it('X ≈ 1 672 000, Y ≈ 587 000 (Vietnamese X = northing) → the same system, swapped', () => {
    const guess = guessCrsFromCoordinates([1665000, 580000, 1680000, 595000]);
    expect(guess.suggestions[0].crs.id).toBe('EPSG:5898');
    expect(guess.suggestions[0].swapped).toBe(true);
    expect(messageText(guess.suggestions[0].reason, 'vi')).toMatch(/tọa độ Bắc/);
    expect(guess.suggestions.some((s) => !s.swapped)).toBe(false);
  });

  it('UTM 49N ranges (E ≈ 265 000 near Quảng Ngãi) → VN-2000 UTM 49N ranks first, as the only in-region reading', () => {
    const guess = guessCrsFromCoordinates([260000, 1668000, 270000, 1678000]);
    const first = guess.suggestions[0];
    expect(first.crs.id).toBe('EPSG:3406');
    expect(first.insideRegion).toBe(true);
  });

  it('degrees in Vietnam → WGS84; lat/lon swapped → WGS84 swapped first', () => {
    expect(guessCrsFromCoordinates([108.7, 15.0, 108.9, 15.2]).suggestions[0]).toMatchObject({ swapped: false, insideRegion: true });
    const swapped = guessCrsFromCoordinates([15.0, 108.7, 15.2, 108.9]);
    expect(swapped.units).toBe('degrees');
    expect(swapped.suggestions[0]).toMatchObject({ swapped: true, insideRegion: true });
  });

  it('metres that fit no VN-2000 system give no suggestion and ask the user', () => {
    const guess = guessCrsFromCoordinates([5000000, 5000000, 5001000, 5001000]);
    expect(guess.units).toBe('metres');
    expect(guess.suggestions).toHaveLength(0);
    expect(messageText(guess.note, 'vi')).toMatch(/chọn hệ tọa độ/);
  });
});
