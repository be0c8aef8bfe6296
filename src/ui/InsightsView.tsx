import { useEffect, useState } from 'preact/hooks';
import type { CheckIn } from '../checkins/check-in';
import { loadCheckIns, watchCheckIns } from '../checkins/check-in-item';
import { associations, painLinkedSignals } from '../checkins/insights';
import type { SignalId } from '../detect/signal';
import { t } from '../i18n/translate';
import { SorenessChart } from './SorenessChart';

export const signalWord = (id: SignalId) => t(`signal.${id}`).toLowerCase();

/** How this runner's back has felt after their runs, and which kinds of run it tends to follow. */
export function InsightsView() {
  const [checkIns, setCheckIns] = useState<CheckIn[] | undefined>();
  useEffect(() => {
    void loadCheckIns().then(setCheckIns);
    return watchCheckIns(setCheckIns);
  }, []);
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
