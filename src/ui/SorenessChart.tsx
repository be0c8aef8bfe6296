import { type CheckIn, SORENESS_LEVELS } from '../checkins/check-in';
import { dayNumber, localWallClock, wallClockMs } from '../history/wall-clock';
import { dayText } from '../words/history-words';
import { t } from '../words/language';
import { signalLabel } from '../words/signal-words';

const WIDTH = 320;
const HEIGHT = 138;
const PAD = 16;
/** Room for the level names on the left. */
const LEFT = 72;
/** Room for the dates under the time axis. */
const BOTTOM = 34;
/** At most this many dates along the axis: more would not fit 320 px. */
const MOST_DATES = 4;

interface Point {
  x: number;
  y: number;
  level: number;
  key: string;
  day: number;
  label: string;
  checkIn: CheckIn;
}

/**
 * Soreness after each checked-in run, oldest to newest: our own small SVG, no chart library.
 * Dates run along the time axis; each point names its day and soreness on hover and on
 * keyboard focus; the same answers are in a table for screen readers.
 */
export function SorenessChart({ checkIns }: { checkIns: readonly CheckIn[] }) {
  const levelY = (level: number) => HEIGHT - BOTTOM - (level * (HEIGHT - BOTTOM - PAD)) / (SORENESS_LEVELS.length - 1);
  const points: Point[] = [...checkIns]
    .sort((a, b) => when(a) - when(b))
    .map((checkIn, index, all) => {
      const x = all.length === 1 ? (LEFT + WIDTH - PAD) / 2 : LEFT + (index * (WIDTH - LEFT - PAD)) / (all.length - 1);
      const level = SORENESS_LEVELS.indexOf(checkIn.soreness);
      const day = dayNumber(when(checkIn));
      const label = `${dayText(day)}: ${t(`checkIn.soreness.${checkIn.soreness}`)}`;
      return { x, y: levelY(level), level, key: checkIn.key, day, label, checkIn };
    });
  const dated = datedPoints(points);
  // The first and last dates keep within the chart; one alone sits under its point.
  const anchor = (index: number) =>
    dated.length === 1 ? 'middle' : index === 0 ? 'start' : index === dated.length - 1 ? 'end' : 'middle';
  const axisY = HEIGHT - BOTTOM;
  return (
    <figure class="bs-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-label={t('insights.chart')} data-testid="soreness-chart">
        {SORENESS_LEVELS.map((level, index) => (
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the axis labels are not focusable; each point says its level itself.
          <g key={level} aria-hidden="true">
            <text x={LEFT - 8} y={levelY(index) + 3} class="bs-chart-label" text-anchor="end">
              {t(`checkIn.soreness.${level}`)}
            </text>
            <line x1={LEFT} x2={WIDTH - PAD} y1={levelY(index)} y2={levelY(index)} class="bs-chart-grid" />
          </g>
        ))}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the dates are not focusable; each point says its day itself. */}
        <g aria-hidden="true" data-testid="soreness-dates">
          {dated.map((point, index) => (
            <text key={point.key} x={point.x} y={axisY + 14} class="bs-chart-label" text-anchor={anchor(index)}>
              {dayText(point.day, 'short')}
            </text>
          ))}
        </g>
        {points.length > 1 && (
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a line is not focusable; it only joins the points.
          <polyline
            class="bs-chart-line"
            aria-hidden="true"
            points={points.map((point) => `${point.x},${point.y}`).join(' ')}
          />
        )}
        {points.map((point) => (
          // Focusable, so a keyboard reaches each answer; its label shows on hover and focus alike.
          // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a chart point is read, not operated, yet has to be reachable by keyboard.
          <g key={point.key} class="bs-chart-point" tabindex={0} role="img" aria-label={point.label}>
            <title>{point.label}</title>
            <circle cx={point.x} cy={point.y} r={5} class={`bs-chart-dot bs-level-${point.level}`} />
            <text
              x={Math.min(Math.max(point.x, LEFT + 30), WIDTH - 40)}
              y={HEIGHT - 4}
              class="bs-chart-point-label"
              text-anchor="middle"
            >
              {point.label}
            </text>
          </g>
        ))}
      </svg>
      <details class="bs-chart-table">
        <summary>{t('insights.asTable')}</summary>
        <table data-testid="soreness-table">
          <caption>{t('insights.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.column.day')}</th>
              <th scope="col">{t('insights.column.soreness')}</th>
              <th scope="col">{t('insights.column.kinds')}</th>
            </tr>
          </thead>
          <tbody>
            {[...points].reverse().map((point) => (
              <tr key={point.key}>
                <th scope="row">{dayText(point.day)}</th>
                <td>{t(`checkIn.soreness.${point.checkIn.soreness}`)}</td>
                <td>{point.checkIn.signals.map(signalLabel).join(', ') || t('insights.everyday')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** The points whose dates go under the axis: the first, the last, and evenly between, never two on one day. */
function datedPoints(points: readonly Point[]): Point[] {
  if (points.length <= MOST_DATES) return uniqueDays(points);
  const step = (points.length - 1) / (MOST_DATES - 1);
  return uniqueDays(Array.from({ length: MOST_DATES }, (_, index) => points[Math.round(index * step)] as Point));
}

const uniqueDays = (points: readonly Point[]) =>
  points.filter((point, index) => points.findIndex((other) => other.day === point.day) === index);

/** When the run was, on its own wall clock; when it was answered, for a check-in without a start time. */
function when(checkIn: CheckIn): number {
  return wallClockMs(checkIn.run.startTime) ?? localWallClock(checkIn.recordedAt);
}
