import { type Browser, browser } from 'wxt/browser';
import { parseImport } from '../data/import-data';
import { applyImport, deleteAllData } from '../data/stored-data';
import type { ReplyTo, RequestOf, RequestType } from '../messages';
import type { ReadingTrace } from '../report/reading-trace';
import type { RunFacts } from '../run/run-facts';
import { runFactsFrom } from '../run/run-facts-from';
import { applySettingsChange } from '../settings/settings';
import { interpretPage } from '../sites/interpret-page';
import { activityKeyOf } from '../sites/match-patterns';
import type { Brain } from './brain';
import { checkPage } from './check-page';
import { offerLanguageTo, panelLocale } from './panel-language';
import { logListedRuns, logRun, saveCheckIn, setDismissal } from './tab-actions';
import { panelViewOf } from './views';

type Sender = Browser.runtime.MessageSender;
type Handlers = { [K in RequestType]: (request: RequestOf<K>, sender: Sender) => Promise<ReplyTo<K>> | ReplyTo<K> };

/** What the background does for each request; the compiler holds every reply to its request's type. */
export function createRequestHandlers(brain: Brain): Handlers {
  return {
    'run-seen': async (request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || activityKeyOf(request.url) === null) return undefined;
      const run = request.run === null ? null : runFactsFrom(request.run);
      await runSeen(brain, tabId, { ...request, run });
      return undefined;
    },
    'page-seen': async (request, sender) => {
      const tabId = sender.tab?.id;
      const reading = interpretPage(request.url, request.page, request.settled);
      if (tabId === undefined || reading === null) return 'not-yet';
      if (reading.verdict === 'not-yet') return reading.verdict;
      await runSeen(brain, tabId, { ...request, run: reading.run ?? null, trace: reading.trace });
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
        panelLocale(),
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

/** A failed reading's trace, with what the page itself had (the site's named checks). */
/** A run seen in a tab: judged, shown, and logged. */
async function runSeen(brain: Brain, tabId: number, seen: SeenRun): Promise<void> {
  await brain.inTab(tabId, async () => {
    let state = await brain.evaluate(seen.url, seen.run, 0, seen.trace);
    // Reading failed on a site that is not paused: the page's own checks go into the report.
    if (state.pageReport !== undefined)
      state = await brain.evaluate(seen.url, seen.run, 0, await withPageChecks(tabId, seen));
    await brain.replaceTabState(tabId, state, seen.firstInPage === true);
    await logRun(brain, state);
  });
}

interface SeenRun {
  url: string;
  run: RunFacts | null;
  trace?: ReadingTrace;
  firstInPage?: boolean;
}

async function withPageChecks(tabId: number, request: SeenRun) {
  if (request.trace === undefined) return undefined;
  const checks = await checkPage(tabId, request.url);
  return { ...request.trace, checks: { ...request.trace.checks, ...checks } };
}
