import { useState } from 'preact/hooks';
import type { UnitSystem } from '../../run/format';
import type { Settings, SettingsChange } from '../../settings/settings';
import { THRESHOLD_FIELDS, type ThresholdField, thresholdProblem } from '../../settings/threshold-fields';
import { t } from '../../words/language';
import { thresholdLabel, thresholdProblemText, thresholdUnitLabel } from '../../words/settings-words';

interface ThresholdsFormProps {
  settings: Settings;
  units: UnitSystem;
  onSave: (change: SettingsChange) => void;
}

/** Each mark in the runner's units; a value is saved when it is valid, and explained when not. */
export function ThresholdsForm({ settings, units, onSave }: ThresholdsFormProps) {
  return (
    <fieldset class="bs-card">
      <legend>{t('options.thresholds')}</legend>
      {THRESHOLD_FIELDS.map((field) => (
        // A mark changed elsewhere (an import, another window) shows its stored value.
        <ThresholdInput
          key={`${field.key}-${units}-${settings.thresholds[field.key]}`}
          field={field}
          settings={settings}
          units={units}
          onSave={onSave}
        />
      ))}
    </fieldset>
  );
}

function ThresholdInput({ field, settings, units, onSave }: ThresholdsFormProps & { field: ThresholdField }) {
  const [text, setText] = useState(field.toText(settings.thresholds[field.key], units));
  const [problem, setProblem] = useState<string | undefined>();
  const problemId = `${field.key}-problem`;

  // Reads the field itself: a change can arrive before the last keystroke's render.
  const commit = (typed: string) => {
    setText(typed);
    const found = thresholdProblem(field, typed, units);
    setProblem(found && thresholdProblemText(found, field, units));
    const value = field.fromText(typed, units);
    if (found === undefined && value !== undefined) {
      onSave({ thresholds: { [field.key]: value } });
    }
  };

  return (
    <>
      <label class="bs-field">
        <span class="bs-field-label">{thresholdLabel(field)}</span>
        <input
          name={field.key}
          value={text}
          inputMode={field.key === 'fastPaceSPerKm' ? 'text' : 'decimal'}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? problemId : undefined}
          onInput={(event) => setText(event.currentTarget.value)}
          onChange={(event) => commit(event.currentTarget.value)}
        />
        <span>{thresholdUnitLabel(field.unit(units))}</span>
      </label>
      {problem && (
        <p id={problemId} class="bs-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
