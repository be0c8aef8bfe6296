/**
 * The little the scenarios need from a browser, so the same user-visible checks run in
 * Chromium (Playwright) and Firefox (Puppeteer over WebDriver BiDi).
 */
export interface DriverPage {
  /** Runs a self-contained function in the page and returns its (serializable) result. */
  evaluate<T>(fn: () => T): Promise<T>;
  evaluateWith<A, T>(fn: (arg: A) => T, arg: A): Promise<T>;
  /** Evaluates a script's text in the page (even where the page's CSP forbids eval). */
  evaluateScript<T>(source: string): Promise<T>;
  /** Waits until the JavaScript expression is truthy in the page (web pages only: extension pages forbid eval). */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  /** Waits until an element matches the selector. */
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  textOf(selector: string): Promise<string>;
  /** A real, trusted click (it carries a user gesture). */
  click(selector: string): Promise<void>;
  /** A real click on an element inside the in-page panel's shadow root. */
  clickInPanel(selector: string): Promise<void>;
  /** Types into a field and leaves it, as a person would. */
  fill(selector: string, value: string): Promise<void>;
  /** Picks an option of a select, as a person would. */
  selectOption(selector: string, value: string): Promise<void>;
  emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  bringToFront(): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  name: string;
  /** Chrome's side panel can be opened from a click in the page; Firefox's sidebar cannot. */
  canOpenSidePanelFromPage: boolean;
  /** The color schemes pages can be shown in (emulateColorScheme accepts these). */
  colorSchemes: readonly ('light' | 'dark')[];
  /** Opens a web page and waits for its load event, or (`until`) for its document alone. */
  openPage(url: string, options?: OpenOptions): Promise<DriverPage>;
  /** Opens one of the extension's own pages (popup.html, sidepanel.html…) in a tab. */
  openExtensionPage(path: string): Promise<DriverPage>;
  /** The toolbar badge of the tab showing `pageUrl`. */
  badgeText(pageUrl: string): Promise<string>;
  /** Whether the browser's side panel is open (Chromium only). */
  sidePanelIsOpen(): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenOptions {
  until?: 'load' | 'domcontentloaded';
  /** The page's viewport (CSS pixels), set before it loads; else the browser's default. */
  viewport?: Viewport;
}

export interface Viewport {
  width: number;
  height: number;
}

export const DEFAULT_WAIT_MS = 10_000;

/** The few extension APIs the drivers call from inside the browser (as evaluated there). */
export interface ExtensionApi {
  tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
  action?: { getBadgeText(details: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]> };
}
