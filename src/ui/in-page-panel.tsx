import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { hasSomethingToShow } from '../background/evaluate-run';
import type { ShownState, TabState } from '../background/tab-state';
import { isPanelUpdate, type Request } from '../messages';
import { Panel } from './Panel';

const activityOf = (state: ShownState) => `${state.run.site}:${state.run.activityId}`;

/** Element name of the panel's host: `<backstride-panel>`, part of the tested contract. */
export const PANEL_ELEMENT = 'backstride-panel';

const STARTED = Symbol.for('backstride.in-page-panel');
type IsolatedWorld = typeof globalThis & { [STARTED]?: boolean };

/**
 * Shows the panel for the tab's state and keeps it in step with the background's updates.
 * Injected on demand; injecting it again into the same page does nothing.
 */
export async function startInPagePanel(ctx: ContentScriptContext): Promise<void> {
  const world = globalThis as IsolatedWorld;
  if (world[STARTED]) return;
  world[STARTED] = true;
  ctx.onInvalidated(() => {
    world[STARTED] = false;
  });

  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let closedActivity: string | null = null;
  let queue = Promise.resolve();

  const show = (state: TabState | null) => {
    queue = queue.then(async () => {
      if (!hasSomethingToShow(state) || activityOf(state) === closedActivity) {
        ui?.remove();
        return;
      }
      const activity = activityOf(state);
      ui ??= await createShadowRootUi(ctx, {
        name: PANEL_ELEMENT,
        position: 'inline',
        anchor: 'body',
        onMount: (container) => container,
        onRemove: (container) => container && render(null, container),
      });
      if (!ui.shadowHost.isConnected) ui.mount();
      const onClose = () => {
        closedActivity = activity;
        ui?.remove();
      };
      render(<Panel state={state} onClose={onClose} />, ui.uiContainer);
    });
  };

  // Registered before anything is awaited, so the background's next update always finds us.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isPanelUpdate(message) || ctx.isInvalid) return undefined;
    show(message.state);
    return Promise.resolve(true);
  });

  const request: Request = { type: 'get-tab-state' };
  show((await browser.runtime.sendMessage(request)) as TabState | null);
}
