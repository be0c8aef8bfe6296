import { type Browser, browser } from 'wxt/browser';
import { parseImport } from '../data/import-data';
import { applyImport, deleteAllData } from '../data/stored-data';
import type { ReplyTo, RequestOf, RequestType } from '../messages';
import { runFactsFrom } from '../run/run-facts-from';
import { applySettingsChange } from '../settings/settings';
import { interpretPage } from '../sites/interpret-page';
import { activityKeyOf } from '../sites/match-patterns';
import type { Brain } from './brain';
import { judgeRun } from './judge-run';
import { offerLanguageTo } from './panel-language';
import { logListedRuns, saveCheckIn, setDismissal } from './tab-actions';
import { panelViewOf } from './views';
import { knownToBeRun, warmPanel } from './warm-panel';

type Sender = Browser.runtime.MessageSender;
type Handlers = { [K in RequestType]: (request: RequestOf<K>, sender: Sender) => Promise<ReplyTo<K>> | ReplyTo<K> };

/** What the background does for each request; the compiler holds every reply to its request's type. */
export function createRequestHandlers(brain: Brain): Handlers {
  return {
    'run-seen': async (request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || activityKeyOf(request.url) === null) return undefined;
      const run = request.run === null ? null : runFactsFrom(request.run);
      await brain.inTab(tabId, () => judgeRun(brain, tabId, { ...request, run }));
      return undefined;
    },
    'page-seen': async (request, sender) => {
      const tabId = sender.tab?.id;
      const reading = interpretPage(request.url, request.page, request.settled);
      if (tabId === undefined || reading === null) return 'not-yet';
      if (reading.verdict === 'not-yet') {
        // A run by what the page shows so far (its title): its panel comes in now, to be warm when the numbers are.
        const { run } = reading;
        if (knownToBeRun(run)) void brain.inTab(tabId, () => warmPanel(brain, tabId, request.url, run));
        return reading.verdict;
      }
      const seen = { ...request, run: reading.run ?? null, trace: reading.trace };
      await brain.inTab(tabId, () => judgeRun(brain, tabId, seen));
      return reading.verdict;
    },
    'page-left': async (_request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await brain.inTab(tabId, () => brain.replaceTabState(tabId, null));
      return undefined;
    },
    'runs-listed': async ({ runs, span }) => {
      await logListedRuns(brain, runs, 'list', span);
      return undefined;
    },
    'import-history': ({ runs, span }) => logListedRuns(brain, runs, 'import', span),
    'get-tab-state': (request) => brain.currentTabState(request.tabId),
    'get-panel-view': async ({ speaks }, sender) => {
      const tabId = sender.tab?.id;
      const [state, locale] = await Promise.all([
        tabId === undefined ? null : brain.currentTabState(tabId, sender.tab?.url),
        brain.panelLocale(),
      ]);
      const view = panelViewOf(state);
      // The runner chose another language since the panel's words were injected: inject theirs.
      if (view !== null && tabId !== undefined && speaks !== locale) {
        await offerLanguageTo(tabId, locale).catch(() => undefined);
      }
      return { view, locale };
    },
    'dismiss-run': async (_request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await brain.inTab(tabId, () => setDismissal(brain, tabId, true));
      return undefined;
    },
    'show-on-page': async ({ tabId }) => {
      await brain.inTab(tabId, () => setDismissal(brain, tabId, false));
      return undefined;
    },
    'open-side-panel': (_request, sender) => {
      // Chrome keeps the click's user gesture only while nothing else is awaited first.
      const tabId = sender.tab?.id;
      if (!browser.sidePanel || tabId === undefined) return false;
      return browser.sidePanel.open({ tabId }).then(
        () => true,
        () => false,
      );
    },
    'save-check-in': async (request, sender) => {
      const tabId = request.tabId ?? sender.tab?.id;
      if (tabId !== undefined) await brain.inTab(tabId, () => saveCheckIn(brain, tabId, request.answer));
      return undefined;
    },
    'change-settings': ({ change }) =>
      brain.store.update('settings', (settings) => applySettingsChange(settings, change)),
    'pause-site': ({ site, paused }) =>
      brain.store.update('settings', (settings) => {
        const others = settings.pausedSites.filter((kept) => kept !== site);
        return { ...settings, pausedSites: paused ? [...others, site] : others };
      }),
    'import-data': async ({ text }) => {
      const result = parseImport(text);
      if (!result.ok) return result;
      const outcome = await applyImport(brain.store, result.values);
      return {
        ok: true,
        outcome,
        runs: result.values.history?.length ?? 0,
        checkIns: result.values.checkIns?.length ?? 0,
      };
    },
    'delete-all': async () => {
      await deleteAllData(brain.store);
      return true as const;
    },
  };
}
