import { CHECK_INS_ITEM } from '../checkins/check-in-item';
import { associations, painLinkedSignals } from '../checkins/insights';
import { t } from '../words/language';
import { signalWord } from '../words/signal-words';
import { SorenessChart } from './SorenessChart';
import { useStored } from './use-stored';
import { WeeklyVolumeChart } from './WeeklyVolumeChart';

/**
 * How this runner's back has felt after their runs, which kinds of run it tends to follow,
 * and their running week by week (the week of `markWeekOf`, a run's start time, marked).
 */
export function InsightsView({ markWeekOf }: { markWeekOf?: string | undefined }) {
  return (
    <>
      <BackAfterRuns />
      <WeeklyVolumeChart markWeekOf={markWeekOf} />
    </>
  );
}

function BackAfterRuns() {
  const checkIns = useStored(CHECK_INS_ITEM);
  if (!checkIns) return <p class="bs-empty">{t('loading')}</p>;
  const patterns = associations(checkIns);
  const linked = painLinkedSignals(checkIns);
  return (
    <section aria-labelledby="insights-title" data-testid="insights">
      <h2 id="insights-title">{t('insights.title')}</h2>
      {checkIns.length === 0 ? (
        <p class="bs-empty">{t('insights.none')}</p>
      ) : (
        <>
          <SorenessChart checkIns={checkIns} />
          <h3>{t('insights.patterns')}</h3>
          {patterns.length === 0 ? (
            <p class="bs-empty">{t('insights.noPatterns')}</p>
          ) : (
            <ul class="bs-patterns">
              {patterns.map(({ signal, withSignal, withoutSignal }) => (
                <li key={signal} data-signal-id={signal}>
                  {t('insights.pattern', {
                    signal: signalWord(signal),
                    hurtWith: withSignal.hurt,
                    runsWith: withSignal.runs,
                    hurtWithout: withoutSignal.hurt,
                    runsWithout: withoutSignal.runs,
                  })}
                </li>
              ))}
            </ul>
          )}
          {linked.length > 0 && <p>{t('insights.linked', { signals: linked.map(signalWord).join(', ') })}</p>}
          <p class="bs-empty">{t('insights.caution')}</p>
        </>
      )}
    </section>
  );
}
