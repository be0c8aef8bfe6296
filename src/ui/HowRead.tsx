import { formatDistance, formatDuration, formatElevation, formatTemperature, type UnitSystem } from '../run/format';
import type { FactField, RunFacts } from '../run/run-facts';
import { currentLocale, t } from '../words/language';
import type { MessageKey } from '../words/messages/en';

const maybe = <T,>(value: T | undefined, say: (value: T) => string) => (value === undefined ? undefined : say(value));

/** The fields shown, in this order, each with how to say its value. */
const FIELDS: readonly (readonly [FactField, (run: RunFacts, units: UnitSystem) => string | undefined])[] = [
  // A sport the page did not say is a placeholder ("other"), not something read.
  [
    'sport',
    (run) => (run.sources !== undefined && run.sources.sport === undefined ? undefined : t(`sport.${run.sport}`)),
  ],
  ['distanceM', (run, units) => maybe(run.distanceM, (m) => formatDistance(m, units, currentLocale()))],
  ['movingTimeS', (run) => maybe(run.movingTimeS, formatDuration)],
  ['elapsedTimeS', (run) => maybe(run.elapsedTimeS, formatDuration)],
  ['elevationGainM', (run, units) => maybe(run.elevationGainM, (m) => formatElevation(m, units, currentLocale()))],
  ['avgHeartRate', (run) => maybe(run.avgHeartRate, (bpm) => `${Math.round(bpm)} bpm`)],
  ['maxHeartRate', (run) => maybe(run.maxHeartRate, (bpm) => `${Math.round(bpm)} bpm`)],
  ['avgCadenceSpm', (run) => maybe(run.avgCadenceSpm, (spm) => `${Math.round(spm)} spm`)],
  ['temperatureC', (run, units) => maybe(run.temperatureC, (c) => formatTemperature(c, units))],
  ['commute', (run) => maybe(run.commute, (commute) => t(commute ? 'value.yes' : 'value.no'))],
  ['workoutType', (run) => maybe(run.workoutType, (type) => t(type === null ? 'workout.none' : `workout.${type}`))],
  [
    'gear',
    (run, units) =>
      maybe(run.gear, (gear) =>
        gear.distanceM === undefined
          ? gear.name
          : `${gear.name} (${formatDistance(gear.distanceM, units, currentLocale())})`,
      ),
  ],
  ['startTime', (run) => run.startTime?.replace('T', ' ').slice(0, 16)],
  ['units', (run) => maybe(run.units, (units) => t(`units.${units}`))],
  ['athlete', (run) => maybe(run.athlete, (athlete) => t(`athlete.${athlete}`))],
];

/** Each value read from the page and where it came from: how a runner can check Backstride's reading. */
export function HowRead({ run, units }: { run: RunFacts; units: UnitSystem }) {
  const rows = FIELDS.map(([field, say]) => [field, say(run, units)] as const).filter(
    ([, value]) => value !== undefined,
  );
  return (
    <section class="bs-how-read" aria-labelledby="how-read-title" data-testid="how-read">
      <h2 id="how-read-title">{t('sidepanel.howRead')}</h2>
      <p class="bs-empty">{t('sidepanel.howReadIntro')}</p>
      <dl class="bs-facts">
        {rows.map(([field, value]) => {
          const source = run.sources?.[field];
          return (
            <div key={field} class="bs-fact" data-field={field} data-source={source}>
              <dt>{t(`field.${field}` as MessageKey)}</dt>
              <dd>
                {value}
                {source && <span class="bs-source"> — {t(`source.${source}`)}</span>}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
