import type { SymbolShape } from '../map/roleStyles.ts';

/** A small SVG swatch matching how the map draws the item. */
export function LegendSymbol({ shape, color }: { shape: SymbolShape; color: string }) {
  return (
    <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" className="legend-symbol">
      {shape === 'fill' && <rect x="1" y="1" width="20" height="12" fill={color} fillOpacity="0.75" stroke={color} />}
      {shape === 'outline' && <rect x="2" y="2" width="18" height="10" fill="none" stroke={color} strokeWidth="2.5" />}
      {shape === 'line' && <line x1="1" y1="7" x2="21" y2="7" stroke={color} strokeWidth="3" />}
      {shape === 'dashed-line' && <line x1="1" y1="7" x2="21" y2="7" stroke={color} strokeWidth="2.5" strokeDasharray="4 3" />}
      {shape === 'circle' && <circle cx="11" cy="7" r="5" fill={color} stroke="#fff" strokeWidth="1.2" />}
    </svg>
  );
}
