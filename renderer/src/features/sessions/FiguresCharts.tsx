// Two plain SVG bar charts; each value is also written as text beside its bar (and the tables
// below give the same figures), so nothing is told by colour or length alone.
interface RateRow {
  label: string;
  rate: number | null;
}

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 300;

export function RateChart({ title, rows }: { title: string; rows: RateRow[] }) {
  const height = rows.length * (BAR_HEIGHT + 8) + 8;
  return (
    <figure className="sessions-chart">
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={`${title} : ${rows.map((r) => `${r.label} ${r.rate === null ? '—' : Math.round(r.rate * 100) + ' %'}`).join(', ')}`} width={LABEL_WIDTH + BAR_WIDTH + 60} height={height} viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 60} ${height}`}>
        {rows.map((r, i) => {
          const y = 8 + i * (BAR_HEIGHT + 8);
          const width = Math.round((r.rate ?? 0) * BAR_WIDTH);
          return (
            <g key={r.label}>
              <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2 + 5} textAnchor="end" className="sessions-chart-label">
                {r.label}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={BAR_WIDTH} height={BAR_HEIGHT} className="sessions-chart-track" />
              <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} className="sessions-chart-bar" />
              <text x={LABEL_WIDTH + BAR_WIDTH + 6} y={y + BAR_HEIGHT / 2 + 5} className="sessions-chart-label">
                {r.rate === null ? '—' : `${Math.round(r.rate * 100)} %`}
              </text>
            </g>
          );
        })}
      </svg>
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
