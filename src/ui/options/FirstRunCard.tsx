import { useState } from 'preact/hooks';
import type { Experience } from '../../detect/classify';
import type { UnitSystem } from '../../run/format';
import { applyFirstRunAnswers, type FirstRunAnswers } from '../../settings/first-run';
import type { Settings } from '../../settings/settings';

interface FirstRunCardProps {
  settings: Settings;
  units: UnitSystem;
  onSave: (settings: Settings) => void;
}

/** Three optional questions that tune "long" and "fast" to this runner. Skippable. */
export function FirstRunCard({ settings, units, onSave }: FirstRunCardProps) {
  const [answers, setAnswers] = useState<FirstRunAnswers>({ typicalLongRun: '', easyPace: '', experience: 'unknown' });
  const [problems, setProblems] = useState<ReturnType<typeof applyFirstRunAnswers>['problems']>({});
  const distanceUnit = units === 'imperial' ? 'mi' : 'km';

  const save = (event: Event) => {
    event.preventDefault();
    const result = applyFirstRunAnswers(settings, answers, units);
    setProblems(result.problems);
    if (Object.keys(result.problems).length === 0) onSave(result.settings);
  };

  return (
    <section class="bs-card" aria-labelledby="first-run-title" data-testid="first-run">
      <h2 id="first-run-title">Tell Backstride about your running</h2>
      <p>Optional: it helps Backstride judge what is long or fast for you. Skip it and sensible defaults apply.</p>
      <form onSubmit={save} noValidate>
        <label class="bs-field">
          <span>A typical long run for you</span>
          <input
            name="typicalLongRun"
            inputMode="decimal"
            value={answers.typicalLongRun}
            aria-invalid={problems.typicalLongRun ? 'true' : undefined}
            aria-describedby={problems.typicalLongRun ? 'typical-long-run-problem' : undefined}
            onInput={(event) => setAnswers({ ...answers, typicalLongRun: event.currentTarget.value })}
          />
          <span>{distanceUnit}</span>
        </label>
        {problems.typicalLongRun && (
          <p id="typical-long-run-problem" class="bs-problem" role="alert">
            {problems.typicalLongRun}
          </p>
        )}
        <label class="bs-field">
          <span>Your easy pace</span>
          <input
            name="easyPace"
            placeholder="6:00"
            value={answers.easyPace}
            aria-invalid={problems.easyPace ? 'true' : undefined}
            aria-describedby={problems.easyPace ? 'easy-pace-problem' : undefined}
            onInput={(event) => setAnswers({ ...answers, easyPace: event.currentTarget.value })}
          />
          <span>min per {distanceUnit}</span>
        </label>
        {problems.easyPace && (
          <p id="easy-pace-problem" class="bs-problem" role="alert">
            {problems.easyPace}
          </p>
        )}
        <fieldset>
          <legend>Are you new to running?</legend>
          {(
            [
              ['new', 'Yes, I started in the last few months'],
              ['experienced', 'No, I have been running a while'],
              ['unknown', 'Rather not say'],
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
            Save
          </button>
          <button
            type="button"
            class="bs-button bs-button-quiet"
            onClick={() => onSave({ ...settings, firstRunDone: true })}
          >
            Skip
          </button>
        </div>
      </form>
    </section>
  );
}
