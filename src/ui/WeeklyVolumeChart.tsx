import { HISTORY_ITEM } from '../history/history-item';
import { dayNumber, localWallClock, wallClockMs } from '../history/wall-clock';
import { mondayOf, weeklyVolumes } from '../history/weekly-volume';
import { formatDistance, type UnitSystem } from '../run/format';
import { resolveUnits } from '../settings/settings';
import { SETTINGS_ITEM } from '../settings/settings-item';
import { dayText, weeklyChangeText, weeklyChartLabel } from '../words/history-words';
import { currentLocale, t } from '../words/language';
import { useStored } from './use-stored';

const WEEKS = 12;
const WIDTH = 320;
const HEIGHT = 130;
const TOP = 14;
/** Room for the week labels under the bars. */
const BOTTOM = 18;
const LEFT = 4;
const RIGHT = 4;
/** Every this many weeks a date under the bars: more would not fit 360 px. */
const LABEL_EVERY = 4;

/**
 * The runner's running distance, week by week, for the last 12 weeks: our own SVG, with the
 * same numbers in a table for screen readers and keyboards. The week of the run on screen
 * (`markWeekOf`, its start time) is marked.
 */
export function WeeklyVolumeChart({ markWeekOf }: { markWeekOf?: string | undefined }) {
  const history = useStored(HISTORY_ITEM);
  const settings = useStored(SETTINGS_ITEM);
  if (history === undefined || settings === undefined) return null;
  const units = resolveUnits(settings.units, undefined);
  const weeks = weeklyVolumes(history, localWallClock(Date.now()), WEEKS);
  const markedWhen = wallClockMs(markWeekOf);
  const markedWeek = markedWhen === undefined ? undefined : mondayOf(dayNumber(markedWhen));
  const empty = weeks.every((week) => week.runs === 0);
  const change = weeklyChangeText(weeks, units);
  return (
    <section class="bs-weekly" aria-labelledby="weekly-title" data-testid="weekly-volume">
      <h2 id="weekly-title">{t('weekly.title')}</h2>
      {empty ? (
        <p class="bs-empty">{t('weekly.none')}</p>
      ) : (
        <>
          <p class="bs-hint">{t('weekly.intro', { weeks: WEEKS })}</p>
          <Bars weeks={weeks} units={units} markedWeek={markedWeek} />
          {change && <p data-testid="weekly-change">{change}</p>}
          <WeekTable weeks={weeks} units={units} markedWeek={markedWeek} />
        </>
      )}
    </section>
  );
}

interface WeeksProps {
  weeks: ReturnType<typeof weeklyVolumes>;
  units: UnitSystem;
  markedWeek: number | undefined;
}

function Bars({ weeks, units, markedWeek }: WeeksProps) {
  const mostM = Math.max(...weeks.map((week) => week.distanceM), 1);
  const slot = (WIDTH - LEFT - RIGHT) / weeks.length;
  const barWidth = slot * 0.7;
  const baseline = HEIGHT - BOTTOM;
  return (
    <figure class="bs-chart bs-weekly-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-label={weeklyChartLabel(weeks, units)}>
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={baseline} y2={baseline} class="bs-chart-grid" />
        <text x={LEFT} y={TOP - 4} class="bs-chart-label">
          {formatDistance(mostM, units, currentLocale())}
        </text>
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={TOP} y2={TOP} class="bs-chart-grid bs-weekly-top" />
        {weeks.map((week, index) => {
          const height = (week.distanceM / mostM) * (baseline - TOP);
          const x = LEFT + index * slot + (slot - barWidth) / 2;
          const marked = week.weekStartDay === markedWeek;
          const label = weekLabel(week, units);
          return (
            // Focusable, so a keyboard reaches each week; its label shows on hover and focus alike.
            // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a bar is read, not operated, yet has to be reachable by keyboard.
            <g key={week.weekStartDay} class="bs-chart-point" tabindex={0} role="img" aria-label={label}>
              <title>{label}</title>
              {/* The whole week's column answers the pointer, not only a bar that may be tiny. */}
              <rect x={LEFT + index * slot} y={TOP} width={slot} height={baseline - TOP} class="bs-chart-hit" />
              <rect
                x={x}
                y={baseline - height}
                width={barWidth}
                height={height}
                rx={2}
                class={marked ? 'bs-weekly-bar bs-weekly-marked' : 'bs-weekly-bar'}
                data-week={week.weekStartDay}
                data-runs={week.runs}
                data-marked={marked ? 'true' : undefined}
              />
              {marked && <path d={`M${x + barWidth / 2 - 4} ${baseline + 9} l4 -6 l4 6 z`} class="bs-weekly-marker" />}
              {!marked && (weeks.length - 1 - index) % LABEL_EVERY === 0 && (
                <text x={x + barWidth / 2} y={HEIGHT - 4} class="bs-chart-label" text-anchor="middle">
                  {dayText(week.weekStartDay, 'short')}
                </text>
              )}
              <text x={WIDTH - RIGHT} y={TOP - 4} class="bs-chart-point-label" text-anchor="end">
                {label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** "Week of Mar 16, 2026: 32.0 km · Runs: 3", a bar's label. */
function weekLabel(week: WeeksProps['weeks'][number], units: UnitSystem): string {
  const distance = formatDistance(week.distanceM, units, currentLocale());
  return `${t('weekly.column.week')} ${dayText(week.weekStartDay, 'long')}: ${distance} · ${t('weekly.column.runs')}: ${week.runs}`;
}

function WeekTable({ weeks, units, markedWeek }: WeeksProps) {
  return (
    <table class="bs-weekly-table" data-testid="weekly-table">
      <caption>{t('weekly.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('weekly.column.week')}</th>
          <th scope="col">{t('weekly.column.distance')}</th>
          <th scope="col">{t('weekly.column.runs')}</th>
        </tr>
      </thead>
      <tbody>
        {[...weeks].reverse().map((week) => {
          const marked = week.weekStartDay === markedWeek;
          return (
            <tr
              key={week.weekStartDay}
              class={marked ? 'bs-weekly-marked-row' : undefined}
              data-marked={marked ? 'true' : undefined}
            >
              <th scope="row">
                {dayText(week.weekStartDay, 'long')}
                {marked && <span class="bs-weekly-mark-note"> ({t('weekly.markedWeek')})</span>}
              </th>
              <td>{formatDistance(week.distanceM, units, currentLocale())}</td>
              <td>{week.runs}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
