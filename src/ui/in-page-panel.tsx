import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ask } from '../ask';
import { isPanelUpdate, type PanelUpdate, type PanelUpdateAnswer } from '../messages';
import { activityKey } from '../run/run-facts';
import type { PanelView, ShownState } from '../view-state/tab-state';
import { type Language, speak } from '../words/language';
import { offeredLanguage, offeredLocale } from '../words/offered-language';
import { numbersBox } from './numbers-box';
import { Panel } from './Panel';
import { panelPlacement } from './panel-position';
import { takePushedView } from './pushed-view';

/** Element name of the panel's host: `<backstride-panel>`, part of the tested contract. */
export const PANEL_ELEMENT = 'backstride-panel';

/** Set while a panel runs in the page; pushed-view.ts looks for it by the same name. */
const STARTED = Symbol.for('backstride.in-page-panel');
type IsolatedWorld = typeof globalThis & { [STARTED]?: boolean };

const activityOf = (state: ShownState) => activityKey(state.run);

/**
 * Shows the panel for the tab's state and keeps it in step with the background's updates.
 * Injected on demand, maybe with its first view left beside it (then shown without asking);
 * injected again, it takes over from the copy already there, whose context WXT ends. It never
 * takes focus: the runner reaches it with the mouse or Tab.
 */
export async function startInPagePanel(ctx: ContentScriptContext, css: string): Promise<void> {
  const world = globalThis as IsolatedWorld;
  if (world[STARTED]) return;
  world[STARTED] = true;
  ctx.onInvalidated(() => {
    world[STARTED] = false;
  });

  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  // Closed (×, Escape) for this page view only, until the popup asks for the panel again;
  // "Not for this run" is the background's to remember.
  let closed: { activity: string | undefined; requested: number } | undefined;
  let queue = Promise.resolve();

  // What to show comes with the language to say it in.
  const show = ({ view, language }: { view: PanelView | null; language?: Language }) => {
    queue = queue.then(async () => {
      if (language) speak(language);
      const stillClosed = (shown: ShownState) =>
        closed !== undefined && closed.activity === activityOf(shown) && shown.requested <= closed.requested;
      if (view === null || stillClosed(view.state)) {
        ui?.remove();
        return;
      }
      const { state } = view;
      ui ??= await createShadowRootUi(ctx, {
        name: PANEL_ELEMENT,
        // The stylesheet's page-wide rules belong to the shadow root's host.
        css: css.replaceAll(':root', ':host'),
        position: 'inline',
        anchor: 'body',
        onMount: (container) => container,
        onRemove: (container) => container && render(null, container),
      });
      if (!ui.shadowHost.isConnected) ui.mount();
      const close = () => {
        closed = { activity: activityOf(state), requested: state.requested };
        ui?.remove();
      };
      const placement = panelPlacement(numbersBox(view.headlineSelector), {
        width: window.innerWidth,
        height: window.innerHeight,
      });
      render(
        <Panel
          state={state}
          top={placement.top}
          width={placement.width}
          startCollapsed={placement.startCollapsed}
          onClose={close}
          onDismiss={() => {
            close();
            void ask({ type: 'dismiss-run' });
          }}
          onOpenAllTips={async () => (await ask({ type: 'open-side-panel' })) === true}
          onCheckIn={(answer) => ask({ type: 'save-check-in', answer })}
        />,
        ui.uiContainer,
      );
    });
    // One failed step (the page pulled our host out mid-render) must not stop every later update.
    queue = queue.catch(() => undefined);
  };

  let updates = 0;
  /** Shows an update from the background, unless its words are missing. */
  const take = (update: PanelUpdate): PanelUpdateAnswer => {
    const language = update.view === null ? undefined : offeredLanguage(update.locale);
    if (update.view !== null && language === undefined) return 'needs-language';
    updates++;
    show({ view: update.view, language });
    return true;
  };
  // Registered before anything is awaited, so the background's next update always finds us.
  // Answered with sendResponse, which both browsers' own APIs understand.
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (response: unknown) => void) => {
    if (!isPanelUpdate(message) || ctx.isInvalid) return;
    sendResponse(take(message));
  });

  // The background left the first view with the panel's code: shown at once, nothing to ask.
  const pushed = takePushedView();
  if (pushed && take(pushed) === true) return;

  // The answer was read before it was sent: an update that came in meanwhile is newer.
  const updatesBefore = updates;
  // Nothing comes back once the extension is gone (reloaded, removed): nothing to show.
  const pulled = await ask({ type: 'get-panel-view', speaks: offeredLocale() });
  if (pulled === undefined || updates !== updatesBefore) return;
  const language = offeredLanguage(pulled.locale);
  // Without its words (their script could not be injected) the panel shows nothing rather than throw.
  if (pulled.view === null || language !== undefined) show({ view: pulled.view, language });
}
