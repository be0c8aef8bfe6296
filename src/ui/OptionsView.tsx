import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { loadSettings, saveSettings } from '../settings/settings-item';
import { SafetyNote } from './SafetyNote';

interface ThresholdField {
  key: keyof Settings['thresholds'];
  label: string;
  unit: string;
  /** Stored value (SI) to the number shown in the form, and back. */
  toForm: (value: number) => number;
  fromForm: (value: number) => number;
}

const FIELDS: readonly ThresholdField[] = [
  {
    key: 'longDistanceM',
    label: 'A run is long from',
    unit: 'km',
    toForm: (m) => m / 1000,
    fromForm: (km) => km * 1000,
  },
  { key: 'longMovingTimeS', label: 'or from', unit: 'minutes', toForm: (s) => s / 60, fromForm: (min) => min * 60 },
  {
    key: 'fastPaceSPerKm',
    label: 'A run is fast at or under',
    unit: 'seconds per km',
    toForm: (s) => s,
    fromForm: (s) => s,
  },
];

/** Settings: what counts as long and fast, and whether folklore tips are shown. */
export function OptionsView() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);

  if (settings === undefined) return <main class="bs-page">Loading…</main>;

  const update = async (next: Settings) => {
    setSettings(next);
    await saveSettings(next);
    setStatus('Saved.');
  };

  return (
    <main class="bs-page bs-options" aria-label="Backstride settings">
      <h1 class="bs-brand">Backstride settings</h1>
      <form onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>What counts as long or fast</legend>
          {FIELDS.map((field) => (
            <label key={field.key} class="bs-field">
              <span>{field.label}</span>
              <input
                type="number"
                min="1"
                step="any"
                name={field.key}
                value={field.toForm(settings.thresholds[field.key])}
                onChange={(event) => {
                  const value = Number(event.currentTarget.value);
                  if (!Number.isFinite(value) || value <= 0) {
                    setStatus(`${field.label}: enter a number above zero.`);
                    return;
                  }
                  void update({
                    ...settings,
                    thresholds: { ...settings.thresholds, [field.key]: field.fromForm(value) },
                  });
                }}
              />
              <span>{field.unit}</span>
            </label>
          ))}
        </fieldset>
        <label class="bs-field">
          <input
            type="checkbox"
            name="showFolklore"
            checked={settings.showFolklore}
            onChange={(event) => void update({ ...settings, showFolklore: event.currentTarget.checked })}
          />
          <span>Show folklore tips (ideas with no evidence behind them, clearly labelled)</span>
        </label>
        <button type="button" onClick={() => void update(DEFAULT_SETTINGS)}>
          Restore defaults
        </button>
      </form>
      <p role="status">{status}</p>
      <SafetyNote />
    </main>
  );
}
