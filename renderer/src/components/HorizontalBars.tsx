// Horizontal SVG bars with their label before and their value written after each bar, so nothing
// is told by colour or length alone (participation rates, situation counts).
import type { SVGProps } from 'react';

export interface BarRow {
  label: string;
  /** The bar's length, 0 to 1. */
  fraction: number;
  /** The value as written beside the bar. */
  value: string;
}

interface Geometry {
  labelWidth: number;
  barWidth: number;
  barHeight: number;
  /** Room after the bar for the written value. */
  valueWidth: number;
}

export function HorizontalBars({ rows, labelWidth, barWidth, barHeight, valueWidth, ...svg }: { rows: BarRow[] } & Geometry & Omit<SVGProps<SVGSVGElement>, 'width' | 'height' | 'viewBox'>) {
  const width = labelWidth + barWidth + valueWidth;
  const height = rows.length * (barHeight + 8) + 8;
  return (
    <svg {...svg} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {rows.map((r, i) => {
        const y = 8 + i * (barHeight + 8);
        return (
          <g key={r.label}>
            <text x={labelWidth - 8} y={y + barHeight / 2 + 5} textAnchor="end" className="sessions-chart-label">
              {r.label}
            </text>
            <rect x={labelWidth} y={y} width={barWidth} height={barHeight} className="sessions-chart-track" />
            <rect x={labelWidth} y={y} width={Math.round(r.fraction * barWidth)} height={barHeight} className="sessions-chart-bar" />
            <text x={labelWidth + barWidth + 6} y={y + barHeight / 2 + 5} className="sessions-chart-label">
              {r.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
