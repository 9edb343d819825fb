// Two plain SVG bar charts; each value is also written as text beside its bar (and the tables
// below give the same figures), so nothing is told by colour or length alone.
import { HorizontalBars } from '../../components/HorizontalBars';

interface RateRow {
  label: string;
  rate: number | null;
}

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 300;

export function RateChart({ title, rows }: { title: string; rows: RateRow[] }) {
  const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)} %`);
  return (
    <figure className="sessions-chart">
      <figcaption>{title}</figcaption>
      <HorizontalBars
        role="img"
        aria-label={`${title} : ${rows.map((r) => `${r.label} ${percent(r.rate)}`).join(', ')}`}
        rows={rows.map((r) => ({ label: r.label, fraction: r.rate ?? 0, value: percent(r.rate) }))}
        labelWidth={LABEL_WIDTH}
        barWidth={BAR_WIDTH}
        barHeight={BAR_HEIGHT}
        valueWidth={60}
      />
    </figure>
  );
}

export function SectorsPerSessionChart({ title, rows }: { title: string; rows: Array<{ label: string; value: number }> }) {
  const max = Math.max(4, ...rows.map((r) => r.value));
  const columnWidth = 46;
  const chartHeight = 140;
  const width = Math.max(rows.length * columnWidth + 20, 200);
  return (
    <figure className="sessions-chart">
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={`${title} : ${rows.map((r) => `${r.label} ${r.value}`).join(', ')}`} width={width} height={chartHeight + 60} viewBox={`0 0 ${width} ${chartHeight + 60}`}>
        {rows.map((r, i) => {
          const h = Math.round((r.value / max) * chartHeight);
          const x = 10 + i * columnWidth;
          return (
            <g key={`${r.label}-${i}`}>
              <rect x={x} y={10 + chartHeight - h} width={columnWidth - 12} height={h} className="sessions-chart-bar" />
              <text x={x + (columnWidth - 12) / 2} y={chartHeight + 5 - h} textAnchor="middle" className="sessions-chart-label">
                {r.value}
              </text>
              <text x={x + (columnWidth - 12) / 2} y={chartHeight + 30} textAnchor="middle" className="sessions-chart-small">
                {r.label.split(' ').slice(-1)[0]?.slice(0, 5)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
