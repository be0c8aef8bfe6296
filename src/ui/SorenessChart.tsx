import { type CheckIn, SORENESS_LEVELS } from '../checkins/check-in';
import { t } from '../words/language';

const WIDTH = 320;
const HEIGHT = 120;
const PAD = 16;
/** Room for the level names on the left. */
const LEFT = 72;

/** Soreness after each checked-in run, oldest to newest: our own small SVG, no chart library. */
export function SorenessChart({ checkIns }: { checkIns: readonly CheckIn[] }) {
  const points = [...checkIns]
    .sort((a, b) => when(a) - when(b))
    .map((checkIn, index, all) => {
      const x = all.length === 1 ? (LEFT + WIDTH - PAD) / 2 : LEFT + (index * (WIDTH - LEFT - PAD)) / (all.length - 1);
      const level = SORENESS_LEVELS.indexOf(checkIn.soreness);
      const y = HEIGHT - PAD - (level * (HEIGHT - 2 * PAD)) / (SORENESS_LEVELS.length - 1);
      return { x, y, level, key: checkIn.key };
    });
  return (
    <figure class="bs-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('insights.chart')} data-testid="soreness-chart">
        {SORENESS_LEVELS.map((level, index) => {
          const y = HEIGHT - PAD - (index * (HEIGHT - 2 * PAD)) / (SORENESS_LEVELS.length - 1);
          return (
            <g key={level}>
              <text x={LEFT - 8} y={y + 3} class="bs-chart-label" text-anchor="end">
                {t(`checkIn.soreness.${level}`)}
              </text>
              <line x1={LEFT} x2={WIDTH - PAD} y1={y} y2={y} class="bs-chart-grid" />
            </g>
          );
        })}
        {points.length > 1 && (
          <polyline class="bs-chart-line" points={points.map((point) => `${point.x},${point.y}`).join(' ')} />
        )}
        {points.map((point) => (
          <circle key={point.key} cx={point.x} cy={point.y} r={4} class={`bs-chart-dot bs-level-${point.level}`} />
        ))}
      </svg>
    </figure>
  );
}

function when(checkIn: CheckIn): number {
  const start = checkIn.run.startTime ? Date.parse(checkIn.run.startTime) : Number.NaN;
  return Number.isFinite(start) ? start : checkIn.recordedAt;
}
