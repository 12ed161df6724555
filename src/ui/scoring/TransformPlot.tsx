// A small SVG plot of a transform's curve (raw value → 0–1), sampled with the engine's applyTransform.
import type { Transform } from '../../domain/scoring/scenario.ts';
import { formatNumber } from '../../i18n/format.ts';
import { plotTransform } from './transformCurve.ts';
import { useLanguage } from '../useAppState.ts';

const W = 220;
const H = 70;
const PAD = { l: 22, r: 6, t: 6, b: 16 };

export function TransformPlot({ transform, unit }: { transform: Transform; unit: string }) {
  const language = useLanguage();
  const plot = plotTransform(transform);
  const iw = W - PAD.l - PAD.r;
  const ih = H - PAD.t - PAD.b;
  const y = (v: number) => PAD.t + ih * (1 - v);
  if (plot.kind === 'bars') {
    // Wide enough for every code's label (about 26 px each).
    const width = Math.max(W, PAD.l + PAD.r + plot.bars.length * 26);
    const bw = (width - PAD.l - PAD.r) / Math.max(1, plot.bars.length);
    return (
      <svg className="sc-plot" width={width} height={H + 4} role="img" aria-label="curve" data-testid="transform-plot">
        <line x1={PAD.l} x2={width - PAD.r} y1={y(0)} y2={y(0)} stroke="#9aa5b1" />
        <text x={2} y={y(1) + 4} className="sc-plot-label">1</text>
        <text x={2} y={y(0) + 3} className="sc-plot-label">0</text>
        {plot.bars.map((b, i) => (
          <g key={b.code}>
            <rect x={PAD.l + i * bw + 1} y={y(b.value01)} width={Math.max(1, bw - 2)} height={ih * b.value01} fill="#0b5cad" opacity={b.code === '*' ? 0.45 : 0.8} />
            <text x={PAD.l + i * bw + bw / 2} y={H + 2} textAnchor="middle" className="sc-plot-label">{b.code}</text>
          </g>
        ))}
      </svg>
    );
  }
  const x = (v: number) => PAD.l + (iw * (v - plot.xMin)) / (plot.xMax - plot.xMin || 1);
  const d = plot.points.map(([px, py], i) => `${i ? 'L' : 'M'}${x(px).toFixed(1)},${y(Number.isNaN(py) ? 0 : py).toFixed(1)}`).join('');
  return (
    <svg className="sc-plot" width={W} height={H} role="img" aria-label="curve" data-testid="transform-plot">
      <line x1={PAD.l} x2={W - PAD.r} y1={y(0)} y2={y(0)} stroke="#9aa5b1" />
      <line x1={PAD.l} x2={PAD.l} y1={y(0)} y2={y(1)} stroke="#9aa5b1" />
      <text x={2} y={y(1) + 4} className="sc-plot-label">1</text>
      <text x={2} y={y(0) + 3} className="sc-plot-label">0</text>
      <path d={d} fill="none" stroke="#0b5cad" strokeWidth={2} />
      <text x={PAD.l} y={H - 2} className="sc-plot-label">{formatNumber(plot.xMin, language, 1)}</text>
      <text x={W - PAD.r} y={H - 2} textAnchor="end" className="sc-plot-label">
        {formatNumber(plot.xMax, language, 1)} {unit}
      </text>
    </svg>
  );
}
