import { browser } from 'wxt/browser';
import { ask } from '../ask';
import { SITE_NAMES } from '../run/run-facts';
import { SETTINGS_ITEM } from '../settings/settings-item';
import { hasSomethingToShow } from '../view-state/tab-state';
import { t } from '../words/language';
import { NothingToShow } from './NothingToShow';
import { openSidePanel } from './open-side-panel';
import { PageReport } from './PageReport';
import { RunSummary } from './RunSummary';
import { SafetyNote } from './SafetyNote';
import { SignalChips } from './SignalChips';
import { useActiveTabState } from './use-active-tab-state';
import { useStored } from './use-stored';

/** The toolbar popup: the current tab's run at a glance, and what the runner can do about it. */
export function PopupView() {
  const view = useActiveTabState();
  const settings = useStored(SETTINGS_ITEM);
  if (view.status === 'loading' || !settings) {
    return (
      <main class="bs-page bs-popup" aria-label="Backstride">
        <p class="bs-empty">{t('loading')}</p>
      </main>
    );
  }
  const { state, tabId, windowId } = view;
  const site = state?.site;
  const paused = site !== undefined && settings.pausedSites.includes(site);
  const togglePause = () => {
    if (site) void ask({ type: 'pause-site', site, paused: !paused });
  };
  const showOnPage = () => {
    if (tabId !== undefined) void ask({ type: 'show-on-page', tabId }).then(() => window.close());
  };

  return (
    <main class="bs-page bs-popup" aria-labelledby="popup-title">
      <h1 id="popup-title" class="bs-brand">
        Backstride
      </h1>
      <section data-testid="popup-run" aria-label={t('popup.thisPage')}>
        {state?.run && !paused && <RunSummary run={state.run} units={state.units} />}
        {paused && site ? (
          <p class="bs-empty" data-testid="popup-paused">
            {t('popup.paused', { site: SITE_NAMES[site] })}
          </p>
        ) : (
          <NothingToShow state={state} />
        )}
        {state && <PageReport state={state} />}
        {hasSomethingToShow(state) && (
          <>
            <SignalChips signals={state.signals} units={state.units} />
            <p data-testid="popup-tip-count">
              {t(state.tips.length === 1 ? 'popup.tipCount.one' : 'popup.tipCount.other', { count: state.tips.length })}
            </p>
          </>
        )}
      </section>
      <div class="bs-actions bs-popup-actions">
        <button
          type="button"
          class="bs-button"
          data-action="open-side-panel"
          onClick={() => void openSidePanel(windowId).then(() => window.close())}
        >
          {t('popup.openSidePanel')}
        </button>
        {hasSomethingToShow(state) && (
          <button type="button" class="bs-button bs-button-quiet" data-action="show-on-page" onClick={showOnPage}>
            {t('popup.showOnPage')}
          </button>
        )}
        {site && (
          <button type="button" class="bs-button bs-button-quiet" data-action="pause" onClick={togglePause}>
            {t(paused ? 'popup.resume' : 'popup.pause', { site: SITE_NAMES[site] })}
          </button>
        )}
      </div>
      <SafetyNote />
      <button type="button" class="bs-link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popup.settings')}
      </button>
    </main>
  );
}
