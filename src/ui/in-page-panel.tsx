import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { wantsPanel } from '../background/evaluate-run';
import { isPanelUpdate, type Request, type ShownState, type TabState } from '../messages';
import { activityKey } from '../run/run-facts';
import { HEADLINE_SELECTORS } from '../sites/site-layout';
import { Panel } from './Panel';
import { panelPlacement } from './panel-position';

/** Element name of the panel's host: `<backstride-panel>`, part of the tested contract. */
export const PANEL_ELEMENT = 'backstride-panel';

const STARTED = Symbol.for('backstride.in-page-panel');
type IsolatedWorld = typeof globalThis & { [STARTED]?: boolean };

const activityOf = (state: ShownState) => activityKey(state.run);
/** Our background, or nothing once the extension is gone (reloaded, removed): never an error in the page. */
async function send(request: Request): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(request);
  } catch {
    return undefined;
  }
}

/**
 * Shows the panel for the tab's state and keeps it in step with the background's updates.
 * Injected on demand; injecting it again into the same page does nothing. It never takes
 * focus: the runner reaches it with the mouse or Tab.
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

  const show = (state: TabState | null) => {
    queue = queue.then(async () => {
      const stillClosed = (shown: ShownState) =>
        closed !== undefined && closed.activity === activityOf(shown) && shown.requested <= closed.requested;
      if (!wantsPanel(state) || stillClosed(state)) {
        ui?.remove();
        return;
      }
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
      const placement = panelPlacement(headlineBox(state), { width: window.innerWidth, height: window.innerHeight });
      render(
        <Panel
          state={state}
          top={placement.top}
          startCollapsed={placement.startCollapsed}
          onClose={close}
          onDismiss={() => {
            close();
            void send({ type: 'dismiss-run' });
          }}
          onOpenAllTips={async () => (await send({ type: 'open-side-panel' })) === true}
          onCheckIn={(answer) => send({ type: 'save-check-in', answer })}
        />,
        ui.uiContainer,
      );
    });
    // One failed step (the page pulled our host out mid-render) must not stop every later update.
    queue = queue.catch(() => undefined);
  };

  // Registered before anything is awaited, so the background's next update always finds us.
  // Answered with sendResponse, which both browsers' own APIs understand.
  let updates = 0;
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (response: unknown) => void) => {
    if (!isPanelUpdate(message) || ctx.isInvalid) return;
    updates++;
    show(message.state);
    sendResponse(true);
  });

  // The answer was read before it was sent: an update that came in meanwhile is newer.
  const updatesBefore = updates;
  // Nothing comes back once the extension is gone (reloaded, removed): nothing to show.
  const pulled = ((await send({ type: 'get-tab-state' })) ?? null) as TabState | null;
  if (updates === updatesBefore) show(pulled);
}

/** Where the page shows the run's headline numbers, in viewport coordinates at the top of the page. */
function headlineBox(state: ShownState) {
  const element = document.querySelector(HEADLINE_SELECTORS[state.run.site]);
  if (!element) return undefined;
  const rect = element.getBoundingClientRect();
  return { top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY, left: rect.left, right: rect.right };
}
