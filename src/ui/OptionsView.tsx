import { useEffect, useState } from 'preact/hooks';
import { ask } from '../ask';
import type { UpdateOutcome } from '../data/store-writer';
import { SITE_IDS, SITE_NAMES, type SiteId } from '../run/run-facts';
import {
  applySettingsChange,
  DEFAULT_SETTINGS,
  resolveUnits,
  type Settings,
  type SettingsChange,
  type UnitsSetting,
} from '../settings/settings';
import { SETTINGS_ITEM } from '../settings/settings-item';
import { t } from '../words/language';
import { DataControls } from './options/DataControls';
import { FirstRunCard } from './options/FirstRunCard';
import { ImportHistory } from './options/ImportHistory';
import { LanguageChoice } from './options/LanguageChoice';
import { RunsSeen } from './options/RunsSeen';
import { ThresholdsForm } from './options/ThresholdsForm';
import { SafetyNote } from './SafetyNote';
import { useStored } from './use-stored';

// Restoring the defaults leaves paused sites and the language as they are: neither is a mark.
const { pausedSites: _kept, language: _spoken, ...RESTORED } = { ...DEFAULT_SETTINGS, firstRunDone: true };

const UNIT_CHOICES: readonly UnitsSetting[] = ['auto', 'km', 'mi'];

/** Settings: the first-run questions, units, what counts as long or fast, and folklore tips. */
export function OptionsView() {
  const stored = useStored(SETTINGS_ITEM);
  // What the form shows: what is stored, and a change at once while the background stores it.
  const [settings, setSettings] = useState<Settings | undefined>();
  const [status, setStatus] = useState('');
  // Bumped on "restore defaults" so every field shows the restored value.
  const [formVersion, setFormVersion] = useState(0);

  // Whoever changed the settings (this page, the popup, an import), the form shows what is stored.
  useEffect(() => {
    if (stored) setSettings(stored);
  }, [stored]);

  if (settings === undefined) return <main class="bs-page">{t('loading')}</main>;
  // Pages follow their own units; the form has to pick one when set to follow the page.
  const units = resolveUnits(settings.units, undefined);

  // The form shows the change at once; the background stores it and says how that went.
  const settle = async (request: Promise<UpdateOutcome | undefined>) => {
    const outcome = await request;
    if (outcome === 'saved' || outcome === 'unchanged') {
      setStatus(t('options.saved'));
      return;
    }
    // The form goes back to what is really stored, so the next change does not build on this one.
    if (stored) setSettings(stored);
    setFormVersion((version) => version + 1);
    setStatus(t(outcome === 'kept-newer' ? 'options.keptNewer' : 'options.saveFailed'));
  };
  const save = (change: SettingsChange) => {
    setSettings(applySettingsChange(settings, change));
    void settle(ask({ type: 'change-settings', change }));
  };
  const setSitePaused = (site: SiteId, paused: boolean) => {
    const others = settings.pausedSites.filter((kept) => kept !== site);
    setSettings({ ...settings, pausedSites: paused ? [...others, site] : others });
    void settle(ask({ type: 'pause-site', site, paused }));
  };

  return (
    <main class="bs-page bs-options" aria-labelledby="options-title">
      <h1 id="options-title" class="bs-brand">
        {t('options.title')}
      </h1>
      {!settings.firstRunDone && <FirstRunCard settings={settings} units={units} onSave={save} />}
      <form class="bs-stack" onSubmit={(event) => event.preventDefault()} key={formVersion}>
        <LanguageChoice chosen={settings.language} onChoose={(language) => save({ language })} />
        <fieldset class="bs-card">
          <legend>{t('options.units')}</legend>
          {UNIT_CHOICES.map((value) => (
            <label key={value} class="bs-field">
              <input
                type="radio"
                name="units"
                value={value}
                checked={settings.units === value}
                onChange={() => save({ units: value })}
              />
              <span>{t(`options.units.${value}`)}</span>
            </label>
          ))}
        </fieldset>
        <ThresholdsForm settings={settings} units={units} onSave={save} />
        <fieldset class="bs-card">
          <legend>{t('options.display')}</legend>
          <label class="bs-field">
            <input
              type="checkbox"
              name="showPanel"
              checked={settings.showPanel}
              onChange={(event) => save({ showPanel: event.currentTarget.checked })}
            />
            <span>{t('options.showPanel')}</span>
          </label>
        </fieldset>
        <fieldset class="bs-card">
          <legend>{t('options.sites')}</legend>
          {SITE_IDS.map((site) => (
            <label key={site} class="bs-field">
              <input
                type="checkbox"
                name={`site-${site}`}
                checked={!settings.pausedSites.includes(site)}
                onChange={(event) => setSitePaused(site, !event.currentTarget.checked)}
              />
              <span>{t('options.site', { site: SITE_NAMES[site] })}</span>
            </label>
          ))}
        </fieldset>
        <fieldset class="bs-card">
          <legend>{t('options.tips')}</legend>
          <label class="bs-field">
            <input
              type="checkbox"
              name="showFolklore"
              checked={settings.showFolklore}
              onChange={(event) => save({ showFolklore: event.currentTarget.checked })}
            />
            <span>{t('options.showFolklore')}</span>
          </label>
        </fieldset>
        <button
          type="button"
          class="bs-button bs-button-quiet"
          onClick={() => {
            save(RESTORED);
            setFormVersion(formVersion + 1);
          }}
        >
          {t('options.restoreDefaults')}
        </button>
      </form>
      <RunsSeen units={units} />
      <DataControls onStatus={setStatus} />
      <ImportHistory onStatus={setStatus} />
      <p role="status" data-testid="options-status">
        {status}
      </p>
      <SafetyNote />
    </main>
  );
}
