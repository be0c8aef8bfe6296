import { useEffect, useState } from 'preact/hooks';
import type { Experience } from '../../detect/classify';
import { type FirstRunHints, firstRunHints } from '../../history/first-run-hints';
import { HISTORY_ITEM } from '../../history/history-item';
import { localWallClock } from '../../history/wall-clock';
import type { UnitSystem } from '../../run/format';
import { distanceInUnits, formatDuration, paceInUnits } from '../../run/format';
import { applyFirstRunAnswers, type FirstRunAnswers, type FirstRunProblem } from '../../settings/first-run';
import type { Settings, SettingsChange } from '../../settings/settings';
import { t } from '../../words/language';
import { firstRunProblemText } from '../../words/settings-words';
import { useStored } from '../use-stored';

interface FirstRunCardProps {
  settings: Settings;
  units: UnitSystem;
  onSave: (change: SettingsChange) => void;
}

/** Three optional questions that tune "long" and "fast" to this runner. Skippable. */
export function FirstRunCard({ settings, units, onSave }: FirstRunCardProps) {
  const [answers, setAnswers] = useState<FirstRunAnswers>({ typicalLongRun: '', easyPace: '', experience: 'unknown' });
  // The runner's lists or an import may already say: the answers are filled in from them, to change at will.
  const history = useStored(HISTORY_ITEM);
  const [hints, setHints] = useState<FirstRunHints>();
  useEffect(() => {
    if (hints || !history) return;
    const found = firstRunHints(history, localWallClock(Date.now()));
    if (!found) return;
    setHints(found);
    setAnswers((typed) => ({
      ...typed,
      typicalLongRun:
        typed.typicalLongRun || found.typicalLongRunM === undefined
          ? typed.typicalLongRun
          : String(Math.round(distanceInUnits(found.typicalLongRunM, units))),
      easyPace:
        typed.easyPace || found.usualPaceSPerKm === undefined
          ? typed.easyPace
          : formatDuration(paceInUnits(found.usualPaceSPerKm, units)),
    }));
  }, [history, hints, units]);
  const [problems, setProblems] = useState<readonly FirstRunProblem[]>([]);
  const problemText = (problem: FirstRunProblem) =>
    problems.includes(problem) ? firstRunProblemText(problem, units) : undefined;
  const distanceUnit = units === 'imperial' ? 'unit.mi' : 'unit.km';

  const save = (event: Event) => {
    event.preventDefault();
    const result = applyFirstRunAnswers(settings, answers, units);
    setProblems(result.problems);
    if (result.problems.length > 0) return;
    // Only what the answers set: the other marks stay as they are stored.
    const { longDistanceM, fastPaceSPerKm } = result.settings.thresholds;
    const { experience, firstRunDone } = result.settings;
    onSave({ thresholds: { longDistanceM, fastPaceSPerKm }, experience, firstRunDone });
  };

  return (
    <section class="bs-card" aria-labelledby="first-run-title" data-testid="first-run">
      <h2 id="first-run-title">{t('options.firstRun.title')}</h2>
      <p>{t('options.firstRun.intro')}</p>
      {hints && (
        <p class="bs-hint" data-testid="first-run-from-history">
          {t('options.firstRun.fromHistory', { count: hints.runs })}
        </p>
      )}
      <form onSubmit={save} noValidate>
        <label class="bs-field">
          <span>{t('options.firstRun.typicalLongRun')}</span>
          <input
            name="typicalLongRun"
            inputMode="decimal"
            value={answers.typicalLongRun}
            aria-invalid={problemText('typicalLongRun') ? 'true' : undefined}
            aria-describedby={problemText('typicalLongRun') ? 'typical-long-run-problem' : undefined}
            onInput={(event) => setAnswers({ ...answers, typicalLongRun: event.currentTarget.value })}
          />
          <span>{t(distanceUnit)}</span>
        </label>
        {problemText('typicalLongRun') && (
          <p id="typical-long-run-problem" class="bs-problem" role="alert">
            {problemText('typicalLongRun')}
          </p>
        )}
        <label class="bs-field">
          <span>{t('options.firstRun.easyPace')}</span>
          <input
            name="easyPace"
            placeholder="6:00"
            value={answers.easyPace}
            aria-invalid={problemText('easyPace') ? 'true' : undefined}
            aria-describedby={problemText('easyPace') ? 'easy-pace-problem' : undefined}
            onInput={(event) => setAnswers({ ...answers, easyPace: event.currentTarget.value })}
          />
          <span>{t(units === 'imperial' ? 'unit.minPerMi' : 'unit.minPerKm')}</span>
        </label>
        {problemText('easyPace') && (
          <p id="easy-pace-problem" class="bs-problem" role="alert">
            {problemText('easyPace')}
          </p>
        )}
        <fieldset>
          <legend>{t('options.firstRun.new')}</legend>
          {(
            [
              ['new', t('options.firstRun.new.yes')],
              ['experienced', t('options.firstRun.new.no')],
              ['unknown', t('options.firstRun.new.unknown')],
            ] as const
          ).map(([value, label]) => (
            <label key={value} class="bs-field">
              <input
                type="radio"
                name="experience"
                value={value}
                checked={answers.experience === value}
                onChange={() => setAnswers({ ...answers, experience: value as Experience })}
              />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
        <div class="bs-actions">
          <button type="submit" class="bs-button">
            {t('options.save')}
          </button>
          <button type="button" class="bs-button bs-button-quiet" onClick={() => onSave({ firstRunDone: true })}>
            {t('options.skip')}
          </button>
        </div>
      </form>
    </section>
  );
}
